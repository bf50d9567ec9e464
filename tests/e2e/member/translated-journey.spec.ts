import { expect, test } from "@playwright/test";
import { loadCourse } from "../../../lib/content/load";
import { answerCheck, answerFinalCheck, drawnQuestionIds, inviteNewMember, messagesOf } from "../fixtures";

const en = messagesOf("en");
const english = (await loadCourse()).modules.find((m) => m.slug === "introduction")!;

// The member's journey in Dari and in Russian: the introduction's lessons, checks and final check
// are translated (content/translations/<locale>/); what she sees comes from those files, what is
// scored from the English.
for (const [locale, language, dir] of [["fa-AF", "Dari", "rtl"], ["ru", "Russian", "ltr"]] as const) {
  test(`in ${language} she studies a translated lesson, gets feedback in ${language}, passes the translated final check, and switching to English keeps her progress`, async ({ browser }) => {
    test.setTimeout(120_000);
    const ui = messagesOf(locale);
    const translated = (await loadCourse(undefined, locale)).modules.find((m) => m.slug === "introduction")!;
    const page = await inviteNewMember(browser, language);
    await page.getByLabel(en.layout.language).selectOption(locale);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);

    for (const [index, lesson] of translated.lessons.entries()) {
      expect(lesson.text).toEqual({ language: locale, stale: false });
      await page.goto(`/learn/introduction/${lesson.slug}`);
      const title = page.getByRole("heading", { level: 1 });
      await expect(title).toHaveText(lesson.frontmatter.title);
      await expect(title).toHaveAttribute("lang", locale);
      await expect(page.locator("article .prose").first()).toHaveAttribute("dir", dir);

      if (index === 0) {
        // Practice check: scored on the server by ids, its feedback shown in her language.
        const practiceId = /<KnowledgeCheck id="([^"]+)"/.exec(lesson.body)![1]!;
        const practice = translated.checks[practiceId]!;
        await answerCheck(page, "introduction", practiceId, true);
        await page.getByRole("button", { name: ui.check.submit }).click();
        const rightOption = practice.questions[0]!.options.find((o) => o.correct)!;
        await expect(page.getByText(rightOption.feedback)).toBeVisible();

        // The English text beside hers, the interface still in her language; and back.
        await page.getByRole("link", { name: ui.translation.readInEnglish }).click();
        await expect(page).toHaveURL(`/learn/introduction/${lesson.slug}/english`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(english.lessons[0]!.frontmatter.title);
        await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
        await page.getByRole("link", { name: ui.translation.backToTranslation }).click();
        await expect(page).toHaveURL(`/learn/introduction/${lesson.slug}`);
      }
      await page.getByRole("button", { name: ui.lesson.complete }).click();
      await expect(page).not.toHaveURL(`/learn/introduction/${lesson.slug}`);

      if (index === 0) {
        // Mid-module, she switches to English: the lesson she completed in her language is done there too.
        await page.getByLabel(ui.layout.language).selectOption("en");
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
        await page.goto("/learn/introduction");
        const firstInEnglish = `1. ${english.lessons[0]!.frontmatter.title}`;
        await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: firstInEnglish }) })).toContainText(en.module.done);
        await page.getByLabel(en.layout.language).selectOption(locale);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
      }
    }

    // The final check's questions in her language; every right answer (by id) passes.
    await page.goto("/learn/introduction/check");
    await page.getByRole("button", { name: ui.check.start }).click();
    const [firstId] = await drawnQuestionIds(page);
    await expect(page.getByText(translated.checks.final!.questions.find((q) => q.id === firstId)!.prompt)).toBeVisible();
    await answerFinalCheck(page, "introduction", true);
    await page.getByRole("button", { name: ui.check.submit }).click();
    await expect(page.getByText(ui.module.moduleComplete)).toBeVisible();
    await page.context().close();
  });
}
