import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { loadCourse } from "../../../lib/content/load";
import { account, inviteNewMember, messagesOf, signIn } from "../fixtures";

const en = messagesOf("en");
const ru = messagesOf("ru");

test("a member reports a problem in a Russian lesson; a coordinator finds it in the list and in the CSV, without her name", async ({ browser }) => {
  test.setTimeout(90_000);
  const lesson = (await loadCourse(undefined, "ru")).modules.find((m) => m.slug === "lawfulness")!.lessons[0]!;
  expect(lesson.text.language).toBe("ru");
  const passage = `Фраза с ошибкой ${Date.now()}`;

  const member = await inviteNewMember(browser, "Parvina");
  await member.getByLabel(en.layout.language).selectOption("ru");
  await expect(member.locator("html")).toHaveAttribute("lang", "ru");
  await member.goto(`/learn/lawfulness/${lesson.slug}`);
  await member.getByRole("link", { name: ru.translation.report }).click();
  await expect(member).toHaveURL(`/learn/lawfulness/${lesson.slug}/report`);
  await expect(member.getByText(lesson.frontmatter.title)).toHaveAttribute("lang", "ru");

  // The comment is required: the browser keeps the form until it is written (the server checks again).
  await member.getByLabel(ru.translation.reportPassage).fill(passage);
  await member.getByRole("button", { name: ru.translation.reportSend }).click();
  expect(await member.getByLabel(ru.translation.reportComment).evaluate((field: HTMLTextAreaElement) => field.validity.valueMissing)).toBe(true);
  await member.getByLabel(ru.translation.reportComment).fill("Здесь должно быть «соразмерность».");
  await member.getByRole("button", { name: ru.translation.reportSend }).click();
  await expect(member.getByRole("status").filter({ hasText: ru.translation.reportSent })).toBeVisible();
  await member.context().close();

  const coordinator = await browser.newPage();
  await signIn(coordinator, account("COORDINATOR").email, account("COORDINATOR").password);
  await coordinator.goto("/reports");
  await coordinator.getByRole("link", { name: en.reports.translationsLink }).click();
  await coordinator.locator("main").getByLabel(en.translationReports.language).selectOption("ru");
  await coordinator.getByRole("button", { name: en.translationReports.show }).click();
  const row = coordinator.getByRole("row").filter({ hasText: passage });
  // Named by its English title, the same for every translator.
  await expect(row).toContainText((await loadCourse()).modules.find((m) => m.slug === "lawfulness")!.lessons[0]!.frontmatter.title);
  await expect(row).not.toContainText("Parvina");

  const [download] = await Promise.all([coordinator.waitForEvent("download"), coordinator.getByRole("link", { name: en.translationReports.download }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv).toContain(passage);
  expect(csv).not.toContain("Parvina");
  await coordinator.close();
});
