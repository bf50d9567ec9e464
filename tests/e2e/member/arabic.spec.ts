import { expect, test } from "@playwright/test";
import { loadCourse } from "../../../lib/content/load";
import { account, answerCheck, introduction, messagesOf, signIn } from "../fixtures";

const ps = messagesOf("ps");

test("the language switcher turns the whole interface to Arabic, right to left, and it is remembered", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByLabel("Language").selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { name: "تسجيل الدخول" })).toBeVisible();
  await expect(page.getByLabel("اللغة")).toHaveValue("ar");

  await signIn(page, account("MEMBER").email, account("MEMBER").password);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "تعلّمي" })).toBeVisible();

  const [first, second] = introduction.lessons;
  await page.goto(`/learn/introduction/${first!.slug}`);
  await expect(page.getByText(`الدرس 1 من ${introduction.lessons.length}`)).toBeVisible();
  // The introduction is translated: its text is Arabic, marked so, right to left.
  const lessonText = page.locator("article .prose").first();
  await expect(lessonText).toHaveAttribute("dir", "rtl");
  await expect(lessonText).toHaveAttribute("lang", "ar");
  await expect(lessonText.locator("section[aria-labelledby^=check-]").first()).toHaveAttribute("dir", "rtl");
  const practiceId = /<KnowledgeCheck id="([^"]+)"/.exec(first!.body)![1]!;
  await answerCheck(page, "introduction", practiceId, true);
  await page.getByRole("button", { name: /تحقّقي من إجاباتي/ }).click();
  await expect(page.getByText("صحيح.").first()).toBeVisible();
  await page.getByRole("button", { name: /علّميه مكتملاً وتابعي|تابعي/ }).click();
  await expect(page).toHaveURL(`/learn/introduction/${second!.slug}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // Logical properties: in right-to-left the lesson's "complete" button sits at the left edge.
  const button = page.getByRole("button", { name: /علّميه مكتملاً وتابعي|تابعي/ });
  const box = (await button.boundingBox())!;
  expect(box.x).toBeLessThan((page.viewportSize()!.width / 2));

  // A language whose lessons are not translated yet (Pashto, also right to left): the lesson is shown
  // in English, said so in Pashto, and its text is marked English and left to right.
  const inPashto = (await loadCourse(undefined, "ps")).modules.find((m) => m.slug === "introduction")!;
  expect(inPashto.lessons[0]!.text.language, "the introduction's first lesson has no Pashto translation yet").toBe("en");
  await page.getByLabel("اللغة").selectOption("ps");
  await expect(page.locator("html")).toHaveAttribute("lang", "ps");
  await page.goto(`/learn/introduction/${first!.slug}`);
  await expect(page.getByText(ps.translation.notTranslated)).toBeVisible();
  const englishText = page.locator("article .prose").first();
  await expect(englishText).toHaveAttribute("dir", "ltr");
  await expect(englishText).toHaveAttribute("lang", "en");
  await page.getByLabel(ps.layout.language).selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");

  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
