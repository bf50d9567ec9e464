import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { importJWK, jwtVerify, type JWK } from "jose";
import { DEMO_GRADUATES } from "../../../prisma/demo-graduates";
import { readPdf } from "../../unit/certificates/pdf-text";
import { account, signIn } from "../fixtures";

// A member who finished the course issues her certificate, takes the PDF and the Open Badge, and a
// stranger checks it; a coordinator revokes it and the check says so. Once per interface language.
const RUNS = [
  { locale: "en", dir: "ltr", graduate: DEMO_GRADUATES[0], name: "Soraya Ahmadi", valid: "Valid certificate", revoked: "Revoked certificate" },
  { locale: "ar", dir: "rtl", graduate: DEMO_GRADUATES[1], name: "ثريا منصور (Soraya Mansoor)", valid: "شهادة صالحة", revoked: "شهادة ملغاة" },
] as const;

async function inLanguage(browser: Browser, locale: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/signin");
  if (locale !== "en") await page.getByLabel("Language").selectOption(locale);
  // The switch is sent to the server and the page comes back in the new language: wait for it.
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  return page;
}

for (const run of RUNS) {
  test(`a graduate's certificate is issued, downloaded, verified and revoked (${run.locale})`, async ({ browser }) => {
    const member = await inLanguage(browser, run.locale);
    await signIn(member, run.graduate.email, account("MEMBER").password);
    await member.getByTestId("certificate-link").click();
    await expect(member).toHaveURL(/\/learn\/certificate$/);
    await expect(member.locator("html")).toHaveAttribute("dir", run.dir);
    await member.locator('input[name="nameShown"]').fill(run.name);
    await member.locator('main form button[type="submit"]').click();
    await expect(member.getByTestId("certificate-name")).toHaveText(run.name);
    await expect(member.getByTestId("certificate-sheet").locator("svg")).toBeVisible();

    const [pdfDownload] = await Promise.all([member.waitForEvent("download"), member.getByTestId("download-pdf").click()]);
    const pdf = await readFile((await pdfDownload.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = readPdf(pdf);
    expect(text.text).toContain("Soraya");
    if (run.locale === "ar") expect([...text.fontNames].some((font) => font.startsWith("Vazirmatn"))).toBe(true);

    const [badgeDownload] = await Promise.all([member.waitForEvent("download"), member.getByTestId("download-badge").click()]);
    const jwt = (await readFile((await badgeDownload.path())!, "utf8")).trim();
    const verifyHref = (await member.getByTestId("verify-link").getAttribute("href"))!;
    const id = verifyHref.split("/").pop()!;

    // A stranger, signed out, in the same language.
    const stranger = await inLanguage(browser, run.locale);
    const { keys } = (await (await stranger.request.get("/verify/jwks.json")).json()) as { keys: JWK[] };
    const { payload } = await jwtVerify(jwt, await importJWK(keys[0]!, "EdDSA"), { algorithms: ["EdDSA"] });
    expect(payload.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(payload.jti).toMatch(new RegExp(`/verify/${id}$`));

    await stranger.goto(verifyHref);
    await expect(stranger.locator("html")).toHaveAttribute("dir", run.dir);
    await expect(stranger.getByTestId("verify-status")).toHaveAttribute("data-status", "valid");
    await expect(stranger.getByRole("status")).toContainText(run.valid);
    await expect(stranger.getByText(run.name, { exact: true })).toBeVisible();
    await expect(stranger.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    expect(await stranger.locator("main").innerText()).not.toMatch(/@demo\.local|Afghanistan|أفغانستان|Law enforcement|إنفاذ القانون\s*$/);

    const coordinator = await inLanguage(browser, "en");
    await signIn(coordinator, account("COORDINATOR").email, account("COORDINATOR").password);
    await coordinator.goto(`/reports/certificates?q=${id}`);
    const row = coordinator.getByTestId(`certificate-${id}`);
    await row.locator('input[name="reason"]').fill("Issued in error during the pilot");
    await row.getByRole("button", { name: "Revoke" }).click();
    // The list is read again from the server: the row now says revoked, with the reason, and offers no form.
    await expect(row).toContainText("Revoked");
    await expect(row).toContainText("Issued in error during the pilot");
    await expect(row.locator('input[name="reason"]')).toHaveCount(0);

    await stranger.reload();
    await expect(stranger.getByTestId("verify-status")).toHaveAttribute("data-status", "revoked");
    await expect(stranger.getByRole("status")).toContainText(run.revoked);
    await expect(stranger.getByRole("status")).toContainText("Issued in error during the pilot");

    const unknown = await stranger.goto(`/verify/${"A".repeat(24)}`);
    expect(unknown?.status()).toBe(404);
    expect((await stranger.goto("/verify/not-an-id"))?.status()).toBe(404);
  });
}
