import { expect, test } from "@playwright/test";
import { loadCourse } from "../../../lib/content/load";
import { answerCheck, answerFinalCheck, drawnQuestionIds, inviteNewMember, messagesOf } from "../fixtures";

const en = messagesOf("en");
const fa = messagesOf("fa-AF");

// The member's journey in Dari: the introduction's lessons, checks and final check are translated
// (content/translations/fa-AF/); what she sees comes from those files, what is scored from the English.
const dari = (await loadCourse(undefined, "fa-AF")).modules.find((m) => m.slug === "introduction")!;

test("in Dari she studies a translated lesson, gets Dari feedback, passes the translated final check, and switching to English keeps her progress", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await inviteNewMember(browser, "Dari");
  await page.getByLabel(en.layout.language).selectOption("fa-AF");
  await expect(page.locator("html")).toHaveAttribute("lang", "fa-AF");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  for (const [index, lesson] of dari.lessons.entries()) {
    expect(lesson.text).toEqual({ language: "fa-AF", stale: false });
    await page.goto(`/learn/introduction/${lesson.slug}`);
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveText(lesson.frontmatter.title);
    await expect(title).toHaveAttribute("lang", "fa-AF");
    await expect(page.locator("article .prose").first()).toHaveAttribute("dir", "rtl");

    if (index === 0) {
      // Practice check: scored on the server by ids, its feedback shown in Dari.
      const practiceId = /<KnowledgeCheck id="([^"]+)"/.exec(lesson.body)![1]!;
      const practice = dari.checks[practiceId]!;
      await answerCheck(page, "introduction", practiceId, true);
      await page.getByRole("button", { name: fa.check.submit }).click();
      const rightOption = practice.questions[0]!.options.find((o) => o.correct)!;
      await expect(page.getByText(rightOption.feedback)).toBeVisible();

      // The English text beside hers, the interface still Dari; and back.
      await page.getByRole("link", { name: fa.translation.readInEnglish }).click();
      await expect(page).toHaveURL(`/learn/introduction/${lesson.slug}/english`);
      const english = (await loadCourse()).modules.find((m) => m.slug === "introduction")!.lessons[0]!;
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(english.frontmatter.title);
      await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
      await page.getByRole("link", { name: fa.translation.backToTranslation }).click();
      await expect(page).toHaveURL(`/learn/introduction/${lesson.slug}`);
    }
    await page.getByRole("button", { name: fa.lesson.complete }).click();
    await expect(page).not.toHaveURL(`/learn/introduction/${lesson.slug}`);

    if (index === 0) {
      // Mid-module, she switches to English: the lesson she completed in Dari is done there too.
      await page.getByLabel(fa.layout.language).selectOption("en");
      await page.goto("/learn/introduction");
      const firstInEnglish = `1. ${(await loadCourse()).modules[0]!.lessons[0]!.frontmatter.title}`;
      await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: firstInEnglish }) })).toContainText(en.module.done);
      await page.getByLabel(en.layout.language).selectOption("fa-AF");
      await expect(page.locator("html")).toHaveAttribute("lang", "fa-AF");
    }
  }

  // The final check's questions in Dari; every right answer (by id) passes.
  await page.goto("/learn/introduction/check");
  await page.getByRole("button", { name: fa.check.start }).click();
  const [firstId] = await drawnQuestionIds(page);
  await expect(page.getByText(dari.checks.final!.questions.find((q) => q.id === firstId)!.prompt)).toBeVisible();
  await answerFinalCheck(page, "introduction", true);
  await page.getByRole("button", { name: fa.check.submit }).click();
  await expect(page.getByText(fa.module.moduleComplete)).toBeVisible();
  await page.context().close();
});
