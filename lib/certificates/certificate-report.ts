import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { inRange } from "@/lib/reports/report-sql";
import type { CertificateStatus } from "./find-certificate";

// Certificates under the report's filters: country, cohort and sector select the holders (a
// member of any matching cohort), the dates select the day of issue. The module filter does not
// apply: a certificate covers the whole course.
export function certificateWhere(filters: ReportFilters, alias = Prisma.sql`cert`): Prisma.Sql {
  const parts: Prisma.Sql[] = [inRange(Prisma.sql`${alias}."issuedAt"`, filters)];
  if (filters.country || filters.cohort) {
    const cohort: Prisma.Sql[] = [Prisma.sql`cm."userId" = ${alias}."userId"`];
    if (filters.country) cohort.push(Prisma.sql`c."countryCode" = ${filters.country}`);
    if (filters.cohort) cohort.push(Prisma.sql`c.id = ${filters.cohort}`);
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "CohortMember" cm JOIN "Cohort" c ON c.id = cm."cohortId" WHERE ${Prisma.join(cohort, " AND ")})`);
  }
  if (filters.sector) parts.push(Prisma.sql`${alias}."userId" IN (SELECT id FROM "User" WHERE sector::text = ${filters.sector})`);
  return Prisma.join(parts, " AND ");
}

/**
 * How many members hold a certificate that stands (issued and not revoked). A certificate issued
 * again under another name replaces the first, so each member counts once.
 */
export async function countCertificatesIssued(filters: ReportFilters): Promise<number> {
  await requirePermission("reports:read");
  const [row] = await (await db()).$queryRaw<{ count: number }[]>`
    SELECT COUNT(*)::int AS count FROM "Certificate" cert
    WHERE cert."currentForUserId" IS NOT NULL AND cert."revokedAt" IS NULL AND ${certificateWhere(filters)}`;
  return row?.count ?? 0;
}

export type CertificateListRow = { id: string; nameShown: string; issuedAt: Date; status: CertificateStatus; revokedReason: string | null };

const LIST_LIMIT = 50;

/** For a coordinator to find one certificate (by its id or the name shown) and revoke it. */
export async function listCertificates(filters: ReportFilters, query = ""): Promise<CertificateListRow[]> {
  await requirePermission("reports:read");
  const text = query.trim().slice(0, 80);
  const match = text ? Prisma.sql`AND (cert.id = ${text} OR cert."nameShown" ILIKE ${`%${text.replace(/[\\%_]/g, "\\$&")}%`})` : Prisma.empty;
  const rows = await (await db()).$queryRaw<{ id: string; nameShown: string; issuedAt: Date; revokedAt: Date | null; replacedAt: Date | null; revokedReason: string | null }[]>`
    SELECT cert.id, cert."nameShown", cert."issuedAt", cert."revokedAt", cert."replacedAt", cert."revokedReason"
    FROM "Certificate" cert
    WHERE ${certificateWhere(filters)} ${match}
    ORDER BY cert."issuedAt" DESC, cert.id LIMIT ${LIST_LIMIT}`;
  return rows.map((row) => ({
    id: row.id,
    nameShown: row.nameShown,
    issuedAt: row.issuedAt,
    revokedReason: row.revokedReason,
    status: row.revokedAt ? "revoked" : row.replacedAt ? "replaced" : "valid",
  }));
}
