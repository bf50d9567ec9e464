import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { account, introduction, messagesOf, signIn } from "../fixtures";

// Issue 3's whole flow: a trainer builds a cohort, a member studies, a coordinator reports on it.
test("trainer creates a cohort, imports members, assigns a module; the coordinator's CSV shows the progress", async ({ browser }) => {
  const stamp = Date.now();
  const cohortName = `E2E cohort ${stamp}`;
  const trainer = await browser.newPage();
  await signIn(trainer, account("TRAINER").email, account("TRAINER").password);
  await trainer.goto("/cohorts");
  await trainer.getByLabel("Name", { exact: true }).fill(cohortName);
  await trainer.getByLabel("Partner country").selectOption("PK");
  await trainer.getByLabel("Cohort language").selectOption("ur");
  await trainer.getByRole("button", { name: "Create cohort" }).click();
  await expect(trainer.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();

  const first = `ayesha-${stamp}@test.local`;
  const second = `mahnoor-${stamp}@test.local`;
  const rows = (secondEmail: string) =>
    ["email,display name,sector,organisation,preferred language", `${first},Ayesha ${stamp},prosecution,,ur`, `${secondEmail},=Mahnoor ${stamp},civil society,Women's shelter,en`].join("\n");
  await trainer.getByText("Import a CSV file or paste one").click();
  await trainer.getByLabel("Or paste CSV text").fill(rows("not an email"));
  await trainer.getByRole("button", { name: "Check and import" }).last().click();
  const errors = trainer.getByTestId("import-errors");
  await expect(errors).toContainText("Line 3:");
  await expect(errors).toContainText("Enter a valid email address.");
  await expect(trainer.getByText("No members yet. Enrol people below.")).toBeVisible();

  await trainer.getByLabel("Or paste CSV text").fill(rows(second));
  await trainer.getByRole("button", { name: "Check and import" }).last().click();
  await expect(trainer.getByText("Done: 2 invitations created and queued for sending.")).toBeVisible();
  const links = (await trainer.getByTestId("invitation-links").inputValue()).split("\n");
  const linkOf = (email: string) => links.find((line) => line.startsWith(email))!.split(",")[1]!;
  // Until they accept, they are invitations with a mail on its way, not members.
  await trainer.reload();
  await expect(trainer.getByText("No members yet. Enrol people below.")).toBeVisible();
  const invitations = trainer.getByTestId("invitations");
  await expect(invitations.getByRole("row").filter({ hasText: first })).toContainText(/Queued|Mail sent/);

  await trainer.getByLabel(introduction.frontmatter.title).check();
  await trainer.getByLabel("Due date").fill("2031-12-31");
  await trainer.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(trainer.getByText("1 module assigned.")).toBeVisible();

  const member = await browser.newPage();
  await member.goto(new URL(linkOf(first)).pathname);
  await expect(member.getByLabel("Name shown in the course")).toHaveValue(`Ayesha ${stamp}`);
  await member.getByLabel("Password", { exact: true }).fill("ayesha password 1");
  await member.getByLabel("Password again").fill("ayesha password 1");
  await member.getByRole("button", { name: "Create my account" }).click();
  // The trainer's file said Urdu: her interface is Urdu from the start.
  const urdu = messagesOf("ur");
  await expect(member.locator("html")).toHaveAttribute("lang", "ur");
  await expect(member.getByRole("heading", { name: urdu.learn.assigned })).toBeVisible();
  const due = new Intl.DateTimeFormat("ur", { dateStyle: "medium", timeZone: "UTC" }).format(new Date("2031-12-31"));
  await expect(member.getByText(`${urdu.learn.due} ${due}`)).toBeVisible();
  await member.goto(`/learn/introduction/${introduction.lessons[0]!.slug}`);
  await member.getByRole("button", { name: urdu.lesson.complete }).click();
  await expect(member).toHaveURL(`/learn/introduction/${introduction.lessons[1]!.slug}`);

  const other = await browser.newPage();
  await other.goto(new URL(linkOf(second)).pathname);
  await expect(other.getByLabel("Name shown in the course")).toHaveValue(`=Mahnoor ${stamp}`);
  await other.getByLabel("Password", { exact: true }).fill("mahnoor password 1");
  await other.getByLabel("Password again").fill("mahnoor password 1");
  await other.getByRole("button", { name: "Create my account" }).click();
  await expect(other.getByRole("heading", { name: "Assigned to you" })).toBeVisible();

  await trainer.reload();
  await expect(trainer.getByTestId("invitations")).toHaveCount(0);
  const row = trainer.getByRole("row").filter({ hasText: `Ayesha ${stamp}` });
  await expect(row).toContainText(`1 of ${introduction.lessons.length} lessons`);
  // Which language each member studies in.
  await expect(row.getByRole("rowheader")).toContainText("Urdu");
  await expect(trainer.getByRole("row").filter({ hasText: `Mahnoor ${stamp}` }).getByRole("rowheader")).toContainText("English");

  const coordinator = await browser.newPage();
  await signIn(coordinator, account("COORDINATOR").email, account("COORDINATOR").password);
  await coordinator.goto("/reports");
  await coordinator.getByLabel("Country").selectOption("PK");
  await coordinator.getByRole("button", { name: "Apply filters" }).click();
  await expect(coordinator).toHaveURL(/country=PK/);
  await expect(coordinator.getByRole("link", { name: cohortName })).toBeVisible();
  const [download] = await Promise.all([coordinator.waitForEvent("download"), coordinator.getByTestId("export-csv").click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe("Country,Cohort,Member,Sector,Module,Status,Lessons done,Started,Completed,Best check score,Due,Overdue,Capstone memo");
  const mine = lines.filter((line) => line.includes(cohortName));
  expect(mine).toHaveLength(2);
  expect(mine.find((line) => line.includes(`Ayesha ${stamp}`))).toMatch(
    new RegExp(`^PK,${cohortName},Ayesha ${stamp},PROSECUTION,${introduction.frontmatter.title.replace(/[:]/g, "\\$&")},In progress,1/${introduction.lessons.length},\\d{4}-\\d{2}-\\d{2},,,2031-12-31,0,Not started$`),
  );
  // A name that starts with "=" is neutralised, so it cannot run as a formula in a spreadsheet.
  expect(mine.find((line) => line.includes(`Mahnoor ${stamp}`))).toContain(`,'=Mahnoor ${stamp},`);

  // The export route itself refuses other roles.
  const refused = await member.request.get("/reports/export");
  expect(refused.status()).toBe(403);
  const trainerRefused = await trainer.request.get("/reports/export?country=PK");
  expect(trainerRefused.status()).toBe(403);
});
