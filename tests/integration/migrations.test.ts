import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { PGlite } from "@electric-sql/pglite";
import { createUser } from "../setup/factories";

describe("migrations", () => {
  it("are recorded in _prisma_migrations as Prisma records them", async () => {
    const prisma = await db();
    const migrations = await readMigrations();
    const rows = await prisma.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }[]>`
      SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const row of rows) {
      expect(row.checksum).toBe(migrations.find((m) => m.name === row.migration_name)!.checksum);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("apply nothing the second time, and refuse an edited migration", async () => {
    const pglite = new PGlite();
    const migrations = await readMigrations();
    expect(await pglite.transaction((tx) => applyMigrations(tx, migrations))).toEqual(migrations.map((m) => m.name));
    expect(await pglite.transaction((tx) => applyMigrations(tx, migrations))).toEqual([]);
    const edited = migrations.map((m) => ({ ...m, checksum: "0".repeat(64) }));
    await expect(pglite.transaction((tx) => applyMigrations(tx, edited))).rejects.toThrow(/changed after it was applied/);
    await pglite.close();
  });

  it("keep the learning-event log append-only", async () => {
    const prisma = await db();
    const user = await createUser();
    const event = await prisma.learningEvent.create({ data: { userId: user.id, type: "SIGNED_IN" } });
    await expect(prisma.learningEvent.update({ where: { id: event.id }, data: { type: "LESSON_VIEWED" } })).rejects.toThrow();
    expect((await prisma.learningEvent.findUnique({ where: { id: event.id } }))?.type).toBe("SIGNED_IN");
  });
});

describe("reference data", () => {
  it("has every partner country the forms offer", async () => {
    const { PARTNER_COUNTRIES } = await import("@/lib/countries");
    const rows = await (await db()).country.findMany({ orderBy: { code: "asc" } });
    expect(rows.map((r) => r.code)).toEqual(PARTNER_COUNTRIES.map((c) => c.code).sort());
  });
});
