import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { backupEmbedded } from "@/lib/db/backup-embedded";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { currentOwner } from "@/lib/db/pglite-lock";
import { restoreEmbedded } from "@/lib/db/restore-embedded";
import { signInAs } from "../setup/session";

// Backups and the move to PostgreSQL must carry every row, and must refuse to run where they could
// lose data: under a running server, over an existing database, into a used PostgreSQL database.
const folder = () => mkdtempSync(path.join(tmpdir(), "backup-"));

async function migratedDatabase(dir: string, users = 3): Promise<void> {
  const pglite = new PGlite(dir);
  await pglite.transaction(async (tx) => applyMigrations(tx, await readMigrations()));
  for (let i = 0; i < users; i += 1) {
    await pglite.query(`INSERT INTO "User" (id, email, "displayName", "updatedAt") VALUES ($1, $2, 'B', now())`, [`u${i}`, `u${i}@backup.test`]);
  }
  await pglite.close();
}

describe("db:backup and db:restore (embedded database)", () => {
  it("round-trips every row, and refuses to restore over a database without --force", async () => {
    const root = folder();
    await migratedDatabase(path.join(root, "source"));
    const backup = await backupEmbedded({ dir: path.join(root, "source"), file: path.join(root, "b.tar.gz") });
    expect(backup.tables).toMatchObject({ User: 3, Country: 7 });
    expect(existsSync(path.join(root, "source.lock"))).toBe(false);

    const restored = await restoreEmbedded({ file: backup.file, dir: path.join(root, "target") });
    expect(restored.tables).toEqual(backup.tables);
    await expect(restoreEmbedded({ file: backup.file, dir: path.join(root, "target") })).rejects.toThrow(/already holds a database/);
    const forced = await restoreEmbedded({ file: backup.file, dir: path.join(root, "target"), force: true });
    expect(forced.previousMovedTo && readdirSync(forced.previousMovedTo).length).toBeGreaterThan(0);
    expect(existsSync(path.join(root, "target.lock"))).toBe(false);
  }, 180_000);

  it("refuses while another process holds the database", async () => {
    const root = folder();
    const dir = path.join(root, "held");
    await migratedDatabase(dir, 0);
    writeFileSync(`${dir}.lock`, JSON.stringify({ ...currentOwner(), pid: process.ppid, startTime: null }));
    await expect(backupEmbedded({ dir, file: path.join(root, "b.tar.gz") })).rejects.toThrow(/already open in process/);
    await expect(restoreEmbedded({ file: path.join(root, "b.tar.gz"), dir })).rejects.toThrow();
    expect(existsSync(path.join(root, "b.tar.gz"))).toBe(false);
  }, 60_000);
});

// Runs where a PostgreSQL server is given (npm test with DATABASE_URL). The coordinator report is
// computed by the app's own code on the embedded database, then on PostgreSQL after the move.
describe.skipIf(!process.env.DATABASE_URL)("db:move-to-postgres", () => {
  async function appOn(env: Record<string, string>) {
    const previous = (await import("@/lib/db/client")).closeDb;
    await previous();
    Object.assign(process.env, env);
    vi.resetModules();
    return {
      client: await import("@/lib/db/client"),
      report: await import("@/lib/reports/completion-report"),
      sync: await import("@/lib/progress/sync-module-progress"),
      session: await import("../setup/session"),
    };
  }

  it("copies every row into an empty database, gives the same coordinator report, and refuses a used one", async () => {
    const serverUrl = process.env.DATABASE_URL!;
    const dir = path.join(folder(), "pglite");
    const embedded = await appOn({ DATABASE_URL: "", DATABASE_DIR: dir });
    const prisma = await embedded.client.db();
    const coordinator = await prisma.user.create({ data: { email: "c@move.test", displayName: "C", role: "COORDINATOR" } });
    const trainer = await prisma.user.create({ data: { email: "t@move.test", displayName: "T", role: "TRAINER" } });
    const cohort = await prisma.cohort.create({
      data: { name: "Move", countryCode: "TJ", locale: "ru", createdById: trainer.id, assignments: { create: { moduleSlug: "fairness", assignedById: trainer.id } } },
    });
    for (let i = 0; i < 5; i += 1) {
      const member = await prisma.user.create({ data: { email: `m${i}@move.test`, displayName: `M${i}`, countryCode: "TJ", sector: "JUDICIARY" } });
      await prisma.cohortMember.create({ data: { cohortId: cohort.id, userId: member.id } });
      for (let l = 0; l < i; l += 1) {
        await prisma.lessonProgress.create({ data: { userId: member.id, moduleSlug: "fairness", lessonSlug: `l${l}`, completedAt: new Date(), contentVersion: "v" } });
        await prisma.learningEvent.create({ data: { userId: member.id, type: "LESSON_COMPLETED", moduleSlug: "fairness", lessonSlug: `l${l}` } });
      }
      await prisma.checkAttempt.create({ data: { userId: member.id, moduleSlug: "fairness", checkId: "final", answers: { q1: [1] }, correctCount: i, questionCount: 4, score: i * 25, passed: i > 2, contentVersion: "v" } });
      if (i > 2) await prisma.moduleCompletion.create({ data: { userId: member.id, moduleSlug: "fairness" } });
      await embedded.sync.syncModuleProgress(prisma, member.id, "fairness");
    }
    // The session mock reads the setup's module, which a module reset does not replace: sign in on both.
    signInAs(coordinator.id);
    embedded.session.signInAs(coordinator.id);
    const before = await embedded.report.getCompletionReport({});
    expect(before.byModule.find((row) => row.key === "fairness")).toMatchObject({ enrolled: 5, completed: 2 });
    await embedded.client.closeDb();

    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const name = `move_test_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    try {
      const { moveToPostgres } = await import("@/lib/db/move-to-postgres");
      const moved = await moveToPostgres({ dir, databaseUrl: url.toString() });
      expect(moved.copied).toMatchObject({ User: 7, Cohort: 1, CohortMember: 5, LessonProgress: 10, LearningEvent: 10, CheckAttempt: 5, ModuleCompletion: 2, ModuleProgress: 5 });
      await expect(moveToPostgres({ dir, databaseUrl: url.toString() })).rejects.toThrow(/not empty/);

      const postgres = await appOn({ DATABASE_URL: url.toString() });
      signInAs(coordinator.id);
      postgres.session.signInAs(coordinator.id);
      expect(await postgres.report.getCompletionReport({})).toEqual(before);
      // New rows get fresh ids after the copied ones.
      const event = await (await postgres.client.db()).learningEvent.create({ data: { userId: coordinator.id, type: "SIGNED_IN" } });
      expect(event.id).toBe(11n);
      await postgres.client.closeDb();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      process.env.DATABASE_URL = serverUrl;
    }
  }, 120_000);
});
