import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { addTrainer } from "@/lib/cohorts/add-trainer";
import { setCohortArchived } from "@/lib/cohorts/archive-cohort";
import { assignModules, removeAssignment } from "@/lib/cohorts/assignments";
import { getCohortProgress } from "@/lib/cohorts/cohort-progress";
import { createCohort } from "@/lib/cohorts/create-cohort";
import { enrolRoster } from "@/lib/cohorts/enrol-members";
import { listCohorts } from "@/lib/cohorts/list-cohorts";
import { getMemberHistory } from "@/lib/cohorts/member-history";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { joinInvitedCohort } from "@/lib/invitations/join-cohort";
import { completeLesson } from "@/lib/progress/complete-lesson";
import { getMyLearning } from "@/lib/progress/get-my-learning";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

afterEach(() => signInAs(null));
const unique = () => randomUUID().slice(0, 8);

async function trainerWithCohort(countryCode = "TJ") {
  const trainer = await createUser("TRAINER");
  signInAs(trainer.id);
  const result = await createCohort({ name: `Cohort ${unique()}`, countryCode, locale: "ru", startsOn: "2026-01-10", endsOn: "2026-06-30" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { trainer, cohortId: result.id };
}

describe("cohorts", () => {
  it("are created with a clear message for each bad field, and nothing written", async () => {
    signInAs((await createUser("TRAINER")).id);
    const before = await (await db()).cohort.count();
    const result = await createCohort({ name: "x", countryCode: "FR", locale: "de", startsOn: "2026-05-01", endsOn: "2026-04-01" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: "cohortNameLength", countryCode: "invalidChoice", locale: "invalidChoice" } });
    const dates = await createCohort({ name: "Dates wrong", countryCode: "TJ", locale: "ru", startsOn: "2026-05-01", endsOn: "2026-04-01" });
    expect(dates).toMatchObject({ ok: false, fieldErrors: { endsOn: "endBeforeStart" } });
    expect(await (await db()).cohort.count()).toBe(before);
  });

  it("are visible only to their own trainers; coordinators see all; members none", async () => {
    const a = await trainerWithCohort();
    const b = await trainerWithCohort("PK");
    signInAs(a.trainer.id);
    expect((await listCohorts()).map((c) => c.id)).toEqual([a.cohortId]);
    // Trainer A guessing trainer B's cohort id: every read and write finds nothing.
    await expect(getCohortProgress(b.cohortId)).rejects.toThrow(NotFoundError);
    await expect(assignModules({ cohortId: b.cohortId, moduleSlugs: ["fairness"] })).rejects.toThrow(NotFoundError);
    await expect(removeAssignment({ cohortId: b.cohortId, moduleSlug: "fairness" })).rejects.toThrow(NotFoundError);
    await expect(setCohortArchived(b.cohortId, true)).rejects.toThrow(NotFoundError);
    await expect(enrolRoster(b.cohortId, "email,display name\nx@y.org,Xy\n")).rejects.toThrow(NotFoundError);
    await expect(addTrainer({ cohortId: b.cohortId, email: "someone@x.org" })).rejects.toThrow(ForbiddenError);

    signInAs((await createUser("COORDINATOR")).id);
    const all = (await listCohorts()).map((c) => c.id);
    expect(all).toEqual(expect.arrayContaining([a.cohortId, b.cohortId]));
    expect((await getCohortProgress(b.cohortId)).cohort.id).toBe(b.cohortId);

    signInAs((await createUser("MEMBER")).id);
    await expect(listCohorts()).rejects.toThrow(ForbiddenError);
    await expect(getCohortProgress(a.cohortId)).rejects.toThrow(ForbiddenError);
    await expect(createCohort({ name: "Mine", countryCode: "TJ", locale: "en" })).rejects.toThrow(ForbiddenError);
  });

  it("let a coordinator add a trainer, who then sees the cohort", async () => {
    const { cohortId } = await trainerWithCohort();
    const second = await createUser("TRAINER");
    signInAs((await createUser("COORDINATOR")).id);
    expect(await addTrainer({ cohortId, email: second.email })).toEqual({ ok: true });
    const member = await createUser("MEMBER");
    expect(await addTrainer({ cohortId, email: member.email })).toMatchObject({ ok: false, fieldErrors: { email: "notATrainer" } });
    signInAs(second.id);
    expect((await listCohorts()).map((c) => c.id)).toContain(cohortId);
  });
});

describe("enrolment", () => {
  it("writes nothing when one row is bad, names every bad line, then imports the corrected file", async () => {
    const { trainer, cohortId } = await trainerWithCohort();
    const existing = await createUser("MEMBER");
    const fresh = `new-${unique()}@test.local`;
    const bad = [
      "email,display name,sector,organisation,preferred language",
      `${existing.email},Existing Member,judiciary,,ru`,
      `not-an-email,Someone,civil society,,fa`,
      `${fresh},Зарина,law enforcement,Border Police,tg`,
      `${fresh},Duplicate,other,,en`,
    ].join("\n");
    const rejected = await enrolRoster(cohortId, bad);
    expect(rejected.ok).toBe(false);
    expect(!rejected.ok && rejected.errors.map((e) => [e.line, e.code])).toEqual([
      [3, "emailInvalid"],
      [5, "duplicateInFile"],
    ]);
    const prisma = await db();
    expect(await prisma.cohortMember.count({ where: { cohortId } })).toBe(0);
    expect(await prisma.user.count({ where: { email: fresh } })).toBe(0);

    const good = bad.split("\n").filter((_, i) => i !== 2 && i !== 4).join("\n");
    const result = await enrolRoster(cohortId, good);
    expect(result).toMatchObject({ ok: true, invited: 2, mailed: false });
    const links = new Map(result.ok ? result.links.map((l) => [l.email, l.link.split("/").pop()!]) : []);
    // Nobody is a member, and no account is created, until she accepts.
    expect(await prisma.cohortMember.count({ where: { cohortId } })).toBe(0);
    expect(await prisma.user.count({ where: { email: fresh } })).toBe(0);
    expect(await prisma.outboxMail.count({ where: { invitation: { cohortId } } })).toBe(2);
    expect(await prisma.auditEntry.count({ where: { actorId: trainer.id, action: "cohort.roster-imported" } })).toBe(1);

    // The same file again: both have an open invitation, to be resent rather than duplicated.
    const again = await enrolRoster(cohortId, good);
    expect(!again.ok && again.errors.map((e) => [e.line, e.code])).toEqual([
      [2, "alreadyInvited"],
      [3, "alreadyInvited"],
    ]);

    // The newcomer sets her password and joins, with what the trainer's file said about her.
    const accepted = await acceptInvitation({ token: links.get(fresh), displayName: "Zarina", password: "her own password", confirmPassword: "her own password" });
    expect(accepted).toEqual({ ok: true, email: fresh });
    const joined = await prisma.user.findUniqueOrThrow({ where: { email: fresh } });
    expect(joined.passwordHash).not.toBeNull();
    expect(joined).toMatchObject({ displayName: "Zarina", locale: "tg", sector: "LAW_ENFORCEMENT", organisation: "Border Police", countryCode: "TJ", role: "MEMBER" });
    expect(await prisma.cohortMember.count({ where: { cohortId, userId: joined.id } })).toBe(1);

    // Once members, they count as in the cohort.
    const existingToken = links.get(existing.email)!;
    signInAs(existing.id);
    expect(await joinInvitedCohort(existingToken)).toMatchObject({ ok: true, cohortId });
    signInAs(trainer.id);
    const third = await enrolRoster(cohortId, good);
    expect(!third.ok && third.errors.map((e) => e.code)).toEqual(["alreadyInCohort", "alreadyInCohort"]);
  });

  it("answers the same for an address with an account and one without", async () => {
    const registered = await createUser("MEMBER", "a strong passphrase");
    const newcomer = `new-${unique()}@test.local`;
    const { cohortId: first } = await trainerWithCohort();
    const known = await enrolRoster(first, `email,name\n${registered.email},Someone\n`);
    const { cohortId: second } = await trainerWithCohort();
    const unknown = await enrolRoster(second, `email,name\n${newcomer},Someone\n`);
    const shape = (result: typeof known) =>
      JSON.stringify(result).replaceAll(registered.email, "EMAIL").replaceAll(newcomer, "EMAIL").replace(/\/invite\/[A-Za-z0-9_-]{43}/g, "/invite/TOKEN");
    expect(shape(known)).toBe(shape(unknown));
    const prisma = await db();
    const mails = await prisma.outboxMail.findMany({ where: { invitation: { cohortId: { in: [first, second] } } } });
    expect(mails).toHaveLength(2);
    expect(new Set(mails.map((m) => m.subject)).size).toBe(1);
    expect(await prisma.cohortMember.count({ where: { cohortId: { in: [first, second] } } })).toBe(0);
  });

  it("makes an existing account a member only when she accepts, signed in as herself", async () => {
    const { trainer, cohortId } = await trainerWithCohort();
    const member = await createUser("MEMBER", "a strong passphrase");
    const result = await enrolRoster(cohortId, `email,name\n${member.email},Renamed By Trainer\n`);
    const token = result.ok ? result.links[0]!.link.split("/").pop()! : "";
    const prisma = await db();
    expect(await prisma.cohortMember.count({ where: { cohortId } })).toBe(0);
    await expect(getMemberHistory(cohortId, member.id)).rejects.toThrow(NotFoundError);

    // Signed out, and signed in as someone else: she is told who invites her where, nothing joins.
    signInAs(null);
    expect(await findInvitation(token)).toMatchObject({ state: "join", email: member.email, inviterName: "Test trainer", viewer: "signedOut" });
    const stranger = await createUser("MEMBER");
    signInAs(stranger.id);
    expect(await findInvitation(token)).toMatchObject({ state: "join", viewer: "other" });
    expect(await joinInvitedCohort(token)).toMatchObject({ ok: false, message: "invitationForSomeoneElse" });
    // The account-creation form cannot take her account over.
    expect(await acceptInvitation({ token, displayName: "Intruder", password: "another passphrase", confirmPassword: "another passphrase" })).toMatchObject({ ok: false });

    signInAs(member.id);
    expect(await findInvitation(token)).toMatchObject({ state: "join", viewer: "invitee", staff: false });
    expect(await joinInvitedCohort(token)).toEqual({ ok: true, cohortId });
    expect(await joinInvitedCohort(token)).toMatchObject({ ok: false, message: "invitationUnusable" });
    const account = await prisma.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(account.displayName).toBe(member.displayName);
    expect(await prisma.cohortMember.count({ where: { cohortId, userId: member.id } })).toBe(1);
    signInAs(trainer.id);
    expect((await getCohortProgress(cohortId)).members.map((m) => m.userId)).toEqual([member.id]);
  });

  it("never makes a staff account a member, and tells the trainer nothing different", async () => {
    const { trainer, cohortId } = await trainerWithCohort();
    const colleague = await createUser("TRAINER", "a strong passphrase");
    const staff = await enrolRoster(cohortId, `email,name\n${colleague.email},Colleague\n`);
    expect(staff).toMatchObject({ ok: true, invited: 1, mailed: false });
    const token = staff.ok ? staff.links[0]!.link.split("/").pop()! : "";
    signInAs(colleague.id);
    expect(await findInvitation(token)).toMatchObject({ state: "join", viewer: "invitee", staff: true });
    expect(await joinInvitedCohort(token)).toMatchObject({ ok: false, message: "staffCannotJoin" });
    expect(await acceptInvitation({ token, displayName: "Colleague", password: "another passphrase", confirmPassword: "another passphrase" })).toMatchObject({ ok: false });
    const prisma = await db();
    expect(await prisma.cohortMember.count({ where: { cohortId } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: colleague.id } })).toMatchObject({ role: "TRAINER" });
    signInAs(trainer.id);
    expect((await getCohortProgress(cohortId)).members).toEqual([]);
  });

  it("imports 5,000 rows in one go", async () => {
    const { cohortId } = await trainerWithCohort();
    const tag = unique();
    const lines = ["email,display name,sector"];
    for (let i = 0; i < 5000; i += 1) lines.push(`bulk-${tag}-${i}@test.local,Member ${i},prosecution`);
    const result = await enrolRoster(cohortId, lines.join("\n"));
    expect(result.ok && result.invited).toBe(5000);
    const prisma = await db();
    expect(await prisma.invitation.count({ where: { cohortId } })).toBe(5000);
    expect(await prisma.outboxMail.count({ where: { invitation: { cohortId } } })).toBe(5000);
  }, 120_000);
});

describe("assignments and the trainer's view", () => {
  it("shows members their assignments and the trainer their progress", async () => {
    const { trainer, cohortId } = await trainerWithCohort();
    const member = await createUser("MEMBER");
    await (await db()).cohortMember.create({ data: { cohortId, userId: member.id } });
    expect(await assignModules({ cohortId, moduleSlugs: ["introduction", "fairness"], dueOn: "2020-01-01" })).toEqual({ ok: true, assigned: 2 });
    expect(await assignModules({ cohortId, moduleSlugs: ["no-such-module"] })).toMatchObject({ ok: false, fieldErrors: { moduleSlugs: "invalidChoice" } });

    signInAs(member.id);
    const mine = await getMyLearning();
    expect(mine.slice(0, 2).map((m) => [m.slug, m.assigned, m.overdue])).toEqual([
      ["introduction", true, true],
      ["fairness", true, true],
    ]);
    await completeLesson({ moduleSlug: "introduction", lessonSlug: mine[0]!.resumeHref.split("/").pop()! });

    signInAs(trainer.id);
    const view = await getCohortProgress(cohortId, "activity");
    const row = view.members.find((m) => m.userId === member.id)!;
    expect(row.modules.introduction).toMatchObject({ status: "in-progress", lessonsDone: 1, overdue: true });
    expect(row.modules.fairness).toMatchObject({ status: "not-started", overdue: true });
    expect(row.overdueCount).toBe(2);
    expect(row.lastActivity).toBeInstanceOf(Date);

    // What she studies outside the modules this trainer's cohorts assign is not shown to the trainer.
    signInAs(member.id);
    await completeLesson({ moduleSlug: "lawfulness", lessonSlug: (await getMyLearning()).find((m) => m.slug === "lawfulness")!.resumeHref.split("/").pop()! });
    signInAs(trainer.id);
    const history = await getMemberHistory(cohortId, member.id);
    expect(history.modules.map((m) => m.slug)).toEqual(["introduction"]);
    signInAs((await createUser("COORDINATOR")).id);
    expect((await getMemberHistory(cohortId, member.id)).modules.map((m) => m.slug)).toEqual(["introduction", "lawfulness"]);
    signInAs(trainer.id);
    expect(history.modules[0]!.lessons[0]!.completedAt).toBeInstanceOf(Date);
    const stranger = await createUser("MEMBER");
    await expect(getMemberHistory(cohortId, stranger.id)).rejects.toThrow(NotFoundError);

    await removeAssignment({ cohortId, moduleSlug: "fairness" });
    expect((await getCohortProgress(cohortId)).modules.map((m) => m.slug)).toEqual(["introduction"]);

    await setCohortArchived(cohortId, true);
    signInAs(member.id);
    expect((await getMyLearning()).filter((m) => m.assigned)).toEqual([]);
  });
});
