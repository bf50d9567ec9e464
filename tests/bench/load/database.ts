import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { readMigrations } from "@/lib/db/migrate";
import { migratePostgres } from "@/lib/db/postgres";

// The bench's own database: created fresh on the PostgreSQL server named by the base URL,
// migrated with the app's runner, and given LEARNERS members who share one password.

export const LEARNER_PASSWORD = "bench-learner-pass";
export const learnerEmail = (i: number) => `learner${i}@bench.local`;

export async function seedLearners(databaseUrl: string, count: number): Promise<void> {
  await migratePostgres(databaseUrl, await readMigrations());
  const hash = await hashPassword(LEARNER_PASSWORD);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", role, "displayName", "updatedAt")
     SELECT 'bench-' || i, 'learner' || i || '@bench.local', $1, 'MEMBER', 'Learner ' || i, now()
     FROM generate_series(0, $2::int - 1) AS i ON CONFLICT (email) DO NOTHING`,
    [hash, count],
  );
  await client.end();
}

export type Stored = { completions: Set<string>; eventCounts: Map<string, number> };

/** Completed lessons and LESSON_COMPLETED events of the bench's learners, keyed user/module/lesson. */
export async function readStored(databaseUrl: string): Promise<Stored> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const progress = await client.query<{ key: string }>(
    `SELECT "userId" || '/' || "moduleSlug" || '/' || "lessonSlug" AS key FROM "LessonProgress"
     WHERE "completedAt" IS NOT NULL AND "userId" LIKE 'bench-%'`,
  );
  const events = await client.query<{ key: string; n: number }>(
    `SELECT "userId" || '/' || "moduleSlug" || '/' || "lessonSlug" AS key, count(*)::int AS n FROM "LearningEvent"
     WHERE type = 'LESSON_COMPLETED' AND "userId" LIKE 'bench-%' GROUP BY 1`,
  );
  await client.end();
  return {
    completions: new Set(progress.rows.map((row) => row.key)),
    eventCounts: new Map(events.rows.map((row) => [row.key, row.n])),
  };
}
