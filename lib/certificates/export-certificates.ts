import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { CSV_BOM, csvLine } from "@/lib/reports/csv";
import { certificateWhere } from "./certificate-report";

export type CertificateExportLabels = { header: string[]; status: { valid: string; revoked: string; replaced: string } };

type Row = {
  id: string;
  nameShown: string;
  country: string | null;
  issuedAt: Date;
  locale: string;
  contentVersion: string;
  replacedAt: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
};

/**
 * Every certificate under the report's filters as CSV, by the rules of the completion export:
 * coordinators only, no email addresses, cells that cannot run as formulas, and an audit entry
 * written before the file is made. Certificates are one per issue, so the file stays small enough
 * to build at once.
 */
export async function exportCertificatesCsv(filters: ReportFilters, labels: CertificateExportLabels): Promise<string> {
  const user = await requirePermission("reports:read");
  const prisma = await db();
  await prisma.auditEntry.create({
    data: { actorId: user.id, action: "report.exported", details: { report: "certificates", filters: JSON.parse(JSON.stringify(filters)) } },
  });
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT cert.id, cert."nameShown", u."countryCode" AS country, cert."issuedAt", cert.locale, cert."contentVersion",
           cert."replacedAt", cert."revokedAt", cert."revokedReason"
    FROM "Certificate" cert JOIN "User" u ON u.id = cert."userId"
    WHERE ${certificateWhere(filters)}
    ORDER BY cert."issuedAt", cert.id`;
  const lines = rows.map((row) =>
    csvLine([
      row.id,
      row.nameShown,
      row.country,
      row.issuedAt,
      row.locale,
      row.contentVersion,
      labels.status[row.revokedAt ? "revoked" : row.replacedAt ? "replaced" : "valid"],
      row.revokedAt,
      row.revokedReason,
    ]),
  );
  return CSV_BOM + csvLine(labels.header) + lines.join("");
}
