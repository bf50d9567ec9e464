import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { invitationExpiry, invitationMail } from "@/lib/invitations/invitation-mail";
import { hashToken, INVITATION_DAYS, newToken } from "@/lib/invitations/token";
import { sendMail } from "@/lib/mail/send-mail";
import { findScopedCohort } from "./access";
import { CsvSyntaxError, parseCsv } from "./csv-parse";
import { validateRoster, type RosterError, type RosterRow } from "./roster";

export type NewInvitation = { email: string; link: string };
export type EnrolResult =
  | { ok: true; enrolled: number; invited: NewInvitation[] }
  | { ok: false; errors: RosterError[] };

/**
 * Enrols a roster into a cohort. The whole file is checked first; one bad row and nothing is
 * written. People with an account are enrolled; new people get an account without a password,
 * enrolled at once, and a one-time link (returned here once, and mailed) to set it.
 */
export async function enrolRoster(cohortId: string, csv: string, origin: string): Promise<EnrolResult> {
  const user = await requirePermission("cohorts:manage-own");
  const cohort = await findScopedCohort(user, cohortId);
  if (cohort.archivedAt) return { ok: false, errors: [{ line: 0, code: "cohortArchived" }] };

  let table: string[][];
  try {
    table = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, errors: [{ line: error.line, code: "csvSyntax" }] };
    throw error;
  }
  const prisma = await db();
  const members = await prisma.cohortMember.findMany({ where: { cohortId: cohort.id }, select: { user: { select: { email: true } } } });
  const roster = validateRoster(table, new Set(members.map((member) => member.user.email)));
  if (!roster.ok) return roster;

  const now = new Date();
  const expiresAt = invitationExpiry(now, INVITATION_DAYS);
  const { enrolled, invited } = await prisma.$transaction(
    async (tx) => {
      const emails = roster.rows.map((row) => row.email);
      const existing = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
      const known = new Set(existing.map((account) => account.email));
      const newcomers = roster.rows.filter((row) => !known.has(row.email));
      const created = await tx.user.createManyAndReturn({
        data: newcomers.map((row: RosterRow) => ({
          email: row.email,
          displayName: row.displayName,
          sector: row.sector,
          organisation: row.organisation,
          locale: row.preferredLanguage ?? cohort.locale,
          countryCode: cohort.countryCode,
        })),
        select: { id: true, email: true },
      });
      await tx.cohortMember.createMany({
        data: [...existing, ...created].map((account) => ({ cohortId: cohort.id, userId: account.id })),
        skipDuplicates: true,
      });
      const tokens = created.map((account) => ({ email: account.email, token: newToken() }));
      await tx.invitation.createMany({
        data: tokens.map(({ email, token }) => ({
          tokenHash: hashToken(token),
          email,
          role: "MEMBER" as const,
          invitedById: user.id,
          cohortId: cohort.id,
          expiresAt,
        })),
      });
      await tx.auditEntry.create({
        data: { actorId: user.id, action: "cohort.roster-imported", details: { cohortId: cohort.id, enrolled: existing.length, invited: created.length } },
      });
      return { enrolled: existing.length, invited: tokens.map(({ email, token }) => ({ email, link: `${origin}/invite/${token}` })) };
    },
    { timeout: 60_000 },
  );
  for (const invitation of invited) await sendMail(invitationMail(invitation.email, user.displayName, invitation.link, expiresAt));
  return { ok: true, enrolled, invited };
}
