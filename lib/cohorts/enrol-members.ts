import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { issueInvitations, type IssuedInvitation } from "@/lib/invitations/issue-invitations";
import { pokeMailWorker } from "@/lib/mail/background-worker";
import { mailDelivery } from "@/lib/mail/mail-delivery";
import { findScopedCohort } from "./access";
import { CsvSyntaxError, parseCsv } from "./csv-parse";
import { validateRoster, type RosterError } from "./roster";

export type NewInvitation = { email: string; link: string };
export type EnrolResult =
  | { ok: true; invited: number; mailed: boolean; links: NewInvitation[] }
  | { ok: false; errors: RosterError[] };

/**
 * Invites a roster into a cohort. The whole file is checked first; one bad row and nothing is
 * written. Then every row, with or without an account, becomes the same thing: an invitation to
 * this cohort and its mail, all in one transaction. Nobody joins until she accepts (a new person
 * creates her account; an existing one signs in and joins), so the answer says nothing about who
 * is registered, and a trainer cannot pull someone's account, or history, into her cohort.
 * Links come back (once) only when no mail server sends them.
 */
export async function enrolRoster(cohortId: string, csv: string): Promise<EnrolResult> {
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
  const now = new Date();
  const [members, open] = await Promise.all([
    prisma.cohortMember.findMany({ where: { cohortId: cohort.id }, select: { user: { select: { email: true } } } }),
    prisma.invitation.findMany({
      where: { cohortId: cohort.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { email: true },
    }),
  ]);
  const roster = validateRoster(
    table,
    new Set(members.map((member) => member.user.email)),
    new Set(open.map((invitation) => invitation.email)),
  );
  if (!roster.ok) return roster;

  const issued: IssuedInvitation[] = await prisma.$transaction(
    async (tx) => {
      const drafts = roster.rows.map((row) => ({
        email: row.email,
        role: "MEMBER" as const,
        cohortId: cohort.id,
        displayName: row.displayName,
        sector: row.sector,
        organisation: row.organisation,
        locale: row.preferredLanguage ?? cohort.locale,
      }));
      const invitations = await issueInvitations(tx, user, drafts, cohort.name, now);
      await tx.auditEntry.create({
        data: { actorId: user.id, action: "cohort.roster-imported", details: { cohortId: cohort.id, invited: invitations.length } },
      });
      return invitations;
    },
    { timeout: 60_000 },
  );
  pokeMailWorker();
  const mailed = mailDelivery() === "smtp";
  return { ok: true, invited: issued.length, mailed, links: mailed ? [] : issued.map(({ email, link }) => ({ email, link })) };
}
