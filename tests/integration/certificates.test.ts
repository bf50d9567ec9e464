import { afterEach, describe, expect, it } from "vitest";
import { countCertificatesIssued, listCertificates } from "@/lib/certificates/certificate-report";
import { verifyCredential } from "@/lib/certificates/credential";
import { exportCertificatesCsv } from "@/lib/certificates/export-certificates";
import { findPublicCertificate } from "@/lib/certificates/find-certificate";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { publicIssuerKeys } from "@/lib/certificates/issuer-key";
import { revokeCertificate } from "@/lib/certificates/revoke-certificate";
import { allowVerification, VERIFY_LIMIT } from "@/lib/certificates/verify-limit";
import { getCourse } from "@/lib/content/course";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { MemoStatus } from "@/lib/generated/prisma/enums";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

afterEach(() => signInAs(null));

async function member({ modules = "all", memo = "ACCEPTED" }: { modules?: "all" | "all-but-one"; memo?: MemoStatus | null } = {}) {
  const prisma = await db();
  const user = await createUser("MEMBER");
  const slugs = (await getCourse()).modules.map((m) => m.slug);
  const done = modules === "all" ? slugs : slugs.slice(1);
  await prisma.moduleCompletion.createMany({ data: done.map((moduleSlug) => ({ userId: user.id, moduleSlug })) });
  if (memo) await prisma.riskMemo.create({ data: { userId: user.id, status: memo, acceptedAt: memo === "ACCEPTED" ? new Date() : null } });
  signInAs(user.id);
  return user;
}

describe("issuing certificates", () => {
  it("refuses the signed-out and members not yet eligible, and writes nothing", async () => {
    await expect(issueCertificate({ nameShown: "X" }, "en")).rejects.toThrow(UnauthenticatedError);
    const notDone = await member({ modules: "all-but-one" });
    expect(await issueCertificate({ nameShown: "Nadia" }, "en")).toMatchObject({ ok: false, message: "notEligible" });
    await member({ memo: "SUBMITTED" });
    expect(await issueCertificate({ nameShown: "Nadia" }, "en")).toMatchObject({ ok: false, message: "notEligible" });
    expect(await (await db()).certificate.count({ where: { userId: notDone.id } })).toBe(0);
  });

  it("refuses a blank or over-long name with a field message", async () => {
    await member();
    expect(await issueCertificate({ nameShown: "   " }, "en")).toMatchObject({ ok: false, fieldErrors: { nameShown: "nameShownInvalid" } });
    expect(await issueCertificate({ nameShown: "x".repeat(81) }, "en")).toMatchObject({ ok: false, fieldErrors: { nameShown: "nameShownInvalid" } });
  });

  it("issues one certificate with a signed credential, course, content version and locale", async () => {
    const user = await member();
    const result = await issueCertificate({ nameShown: "  Малика Рахимова " }, "ru");
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await (await db()).certificate.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ userId: user.id, nameShown: "Малика Рахимова", locale: "ru", courseId: "responsible-ai-law-enforcement" });
    expect(row.contentVersion).toMatch(/^[0-9a-f]{16}$/);
    const [jwk] = await publicIssuerKeys(await db());
    const { payload } = await verifyCredential(row.credentialJwt, jwk!);
    expect(payload.credentialSubject.identifier[0]!.identityHash).toBe("Малика Рахимова");
    expect(await findPublicCertificate(result.id)).toMatchObject({ status: "valid", nameShown: "Малика Рахимова" });
    // The same request again is the same certificate.
    expect(await issueCertificate({ nameShown: "Малика Рахимова" }, "ru")).toEqual(result);
  });

  it("gives one certificate to many simultaneous requests", async () => {
    const user = await member();
    const results = await Promise.all(Array.from({ length: 8 }, () => issueCertificate({ nameShown: "Parwana" }, "en")));
    const ids = new Set(results.map((r) => (r.ok ? r.id : "refused")));
    expect(ids.size).toBe(1);
    expect(ids.has("refused")).toBe(false);
    expect(await (await db()).certificate.count({ where: { userId: user.id } })).toBe(1);
  });

  it("gives one new certificate to simultaneous re-issues, and the old one reads as replaced", async () => {
    const user = await member();
    const first = await issueCertificate({ nameShown: "Fatima" }, "en");
    if (!first.ok) throw new Error("not issued");
    const again = await Promise.all(Array.from({ length: 6 }, () => issueCertificate({ nameShown: "F. Ahmadi" }, "ar")));
    const ids = new Set(again.map((r) => (r.ok ? r.id : "refused")));
    expect(ids.size).toBe(1);
    const [newId] = [...ids];
    expect(newId).not.toBe(first.id);
    expect(await (await db()).certificate.count({ where: { userId: user.id } })).toBe(2);
    expect(await findPublicCertificate(first.id)).toMatchObject({ status: "replaced", nameShown: "Fatima" });
    expect(await findPublicCertificate(newId!)).toMatchObject({ status: "valid", nameShown: "F. Ahmadi", locale: "ar" });
  });
});

describe("revoking certificates", () => {
  async function issued() {
    await member();
    const result = await issueCertificate({ nameShown: "Shirin" }, "en");
    if (!result.ok) throw new Error("not issued");
    return result.id;
  }

  it("is refused to members and trainers", async () => {
    const id = await issued();
    await expect(revokeCertificate({ certificateId: id, reason: "Her own attempt" })).rejects.toThrow(ForbiddenError);
    signInAs((await createUser("TRAINER")).id);
    await expect(revokeCertificate({ certificateId: id, reason: "Not a trainer's call" })).rejects.toThrow(ForbiddenError);
    expect(await findPublicCertificate(id)).toMatchObject({ status: "valid" });
  });

  it("needs a reason, and is audited with the change; a second revocation keeps the first reason", async () => {
    const id = await issued();
    const coordinator = await createUser("COORDINATOR");
    signInAs(coordinator.id);
    expect(await revokeCertificate({ certificateId: id, reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: "revokeReasonRequired" } });
    expect(await findPublicCertificate(id)).toMatchObject({ status: "valid" });
    expect(await revokeCertificate({ certificateId: id, reason: "Memo found to be copied" })).toEqual({ ok: true });
    expect(await revokeCertificate({ certificateId: id, reason: "Another reason" })).toEqual({ ok: true });
    expect(await findPublicCertificate(id)).toMatchObject({ status: "revoked", revokedReason: "Memo found to be copied" });
    const audit = await (await db()).auditEntry.findMany({ where: { actorId: coordinator.id, action: "certificate.revoked" } });
    expect(audit.map((entry) => entry.details)).toEqual([{ certificateId: id, reason: "Memo found to be copied" }]);
  });

  it("cannot be undone by the member re-issuing under another name", async () => {
    const id = await issued();
    const owner = (await (await db()).certificate.findUniqueOrThrow({ where: { id } })).userId;
    signInAs((await createUser("COORDINATOR")).id);
    await revokeCertificate({ certificateId: id, reason: "Issued in error" });
    signInAs(owner);
    expect(await issueCertificate({ nameShown: "Someone else" }, "en")).toMatchObject({ ok: false, message: "certificateRevoked" });
    expect(await findPublicCertificate(id)).toMatchObject({ status: "revoked" });
  });

  it("answers not found for an unknown certificate", async () => {
    signInAs((await createUser("COORDINATOR")).id);
    await expect(revokeCertificate({ certificateId: "A".repeat(24), reason: "No such thing" })).rejects.toThrow(/not found/);
  });
});

describe("certificates in the coordinator's reports", () => {
  it("count members holding a standing certificate, under the cohort filters, and list them for revoking", async () => {
    const prisma = await db();
    const holder = await member();
    await issueCertificate({ nameShown: "Report holder" }, "en");
    const renamed = await issueCertificate({ nameShown: "Report holder R." }, "en");
    if (!renamed.ok) throw new Error("not issued");
    const coordinator = await createUser("COORDINATOR");
    const cohort = await prisma.cohort.create({
      data: { name: `Certificates ${holder.id}`, countryCode: "PK", locale: "en", createdById: coordinator.id, members: { create: { userId: holder.id } } },
    });
    signInAs(coordinator.id);
    expect(await countCertificatesIssued({ cohort: cohort.id })).toBe(1);
    expect(await countCertificatesIssued({ cohort: cohort.id, from: new Date(Date.now() + 2 * 86_400_000) })).toBe(0);
    const listed = await listCertificates({ cohort: cohort.id });
    expect(listed.map((row) => [row.nameShown, row.status])).toEqual(
      expect.arrayContaining([["Report holder", "replaced"], ["Report holder R.", "valid"]]),
    );
    expect((await listCertificates({}, renamed.id)).map((row) => row.id)).toEqual([renamed.id]);
    await revokeCertificate({ certificateId: renamed.id, reason: "Testing the count" });
    expect(await countCertificatesIssued({ cohort: cohort.id })).toBe(0);
  });

  it("export as CSV for coordinators only, audited, with names that cannot run as formulas", async () => {
    const prisma = await db();
    const holder = await member();
    await issueCertificate({ nameShown: "=HYPERLINK(1)" }, "ru");
    const coordinator = await createUser("COORDINATOR");
    const cohort = await prisma.cohort.create({
      data: { name: `CSV ${holder.id}`, countryCode: "UZ", locale: "ru", createdById: coordinator.id, members: { create: { userId: holder.id } } },
    });
    const labels = { header: ["id", "name", "country", "issued", "locale", "version", "status", "revoked", "reason"], status: { valid: "Valid", revoked: "Revoked", replaced: "Replaced" } };
    signInAs((await createUser("TRAINER")).id);
    await expect(exportCertificatesCsv({ cohort: cohort.id }, labels)).rejects.toThrow(ForbiddenError);
    signInAs(coordinator.id);
    const csv = await exportCertificatesCsv({ cohort: cohort.id }, labels);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("'=HYPERLINK(1)");
    expect(lines[1]).toContain(",ru,");
    expect(csv).not.toContain("@test.local");
    const audit = await prisma.auditEntry.findFirst({ where: { actorId: coordinator.id, action: "report.exported" } });
    expect(audit?.details).toMatchObject({ report: "certificates", filters: { cohort: cohort.id } });
  });
});

describe("the public verify page's limit", () => {
  it("lets one address check a few certificates, then refuses it and not another address", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    const now = new Date();
    for (let i = 0; i < VERIFY_LIMIT.max; i += 1) expect(await allowVerification(address, now)).toBe(true);
    expect(await allowVerification(address, now)).toBe(false);
    expect(await allowVerification(`${address}-other`, now)).toBe(true);
    expect(await allowVerification(address, new Date(now.getTime() + VERIFY_LIMIT.windowMs + 1))).toBe(true);
  });
});
