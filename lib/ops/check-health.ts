import { db } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";

export type Health = {
  ok: boolean;
  database: "reachable" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
  pending?: number;
};

/**
 * Whether this instance can serve: the database answers and every migration in prisma/migrations
 * is recorded as applied. Says nothing else (no versions, no addresses): the endpoint is public.
 */
export async function checkHealth(): Promise<Health> {
  let applied: Set<string>;
  try {
    const prisma = await db();
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    return { ok: false, database: "unreachable", migrations: "unknown" };
  }
  const pending = (await readMigrations()).filter((migration) => !applied.has(migration.name)).length;
  return pending === 0
    ? { ok: true, database: "reachable", migrations: "applied" }
    : { ok: false, database: "reachable", migrations: "pending", pending };
}
