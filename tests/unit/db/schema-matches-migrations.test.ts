import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";

// Prisma's engine cannot diff here, so this compares the two descriptions of the database:
// schema.prisma (through Prisma's own schema parser) and what the migrations actually create.

type Column = { table: string; column: string; type: string; nullable: boolean };
const require = createRequire(import.meta.url);
const SCALAR_TO_SQL: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Json: "jsonb",
  Float: "double precision",
};

async function fromSchema() {
  const wasm = require("@prisma/prisma-schema-wasm");
  const schema = await readFile("prisma/schema.prisma", "utf8");
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] })));
  const enums = new Set<string>(dmmf.datamodel.enums.map((e: { name: string }) => e.name));
  const columns: Column[] = [];
  const uniques: string[] = [];
  for (const model of dmmf.datamodel.models) {
    const table = model.dbName ?? model.name;
    for (const field of model.fields) {
      if (field.kind === "object") continue;
      const native = field.nativeType?.[0];
      const type = native === "Date" ? "date" : enums.has(field.type) ? `enum:${field.type}` : (SCALAR_TO_SQL[field.type] ?? `unmapped:${field.type}`);
      columns.push({ table, column: field.dbName ?? field.name, type, nullable: !field.isRequired });
      if (field.isUnique) uniques.push(`${table}(${field.name})`);
    }
    for (const unique of model.uniqueFields) uniques.push(`${table}(${unique.join(",")})`);
    const id = model.primaryKey?.fields ?? model.fields.filter((f: { isId: boolean }) => f.isId).map((f: { name: string }) => f.name);
    uniques.push(`${table}(${id.join(",")})`);
  }
  const enumValues = Object.fromEntries(dmmf.datamodel.enums.map((e: { name: string; values: { name: string }[] }) => [e.name, e.values.map((v) => v.name)]));
  return { columns, uniques, enumValues };
}

async function fromMigrations() {
  const pglite = new PGlite();
  await pglite.transaction(async (tx) => applyMigrations(tx, await readMigrations()));
  const columns = await pglite.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>(`
    SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
  const uniques = await pglite.query<{ table: string; cols: string }>(`
    SELECT t.relname AS table, string_agg(a.attname, ',' ORDER BY k.ord) AS cols
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE i.indisunique AND n.nspname = 'public' AND t.relname <> '_prisma_migrations'
    GROUP BY i.indexrelid, t.relname`);
  const enums = await pglite.query<{ name: string; value: string }>(`
    SELECT t.typname AS name, e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY e.enumsortorder`);
  await pglite.close();
  const enumValues: Record<string, string[]> = {};
  for (const row of enums.rows) (enumValues[row.name] ??= []).push(row.value);
  return {
    columns: columns.rows.map((c) => ({
      table: c.table_name,
      column: c.column_name,
      type: c.data_type === "USER-DEFINED" ? `enum:${c.udt_name}` : c.data_type,
      nullable: c.is_nullable === "YES",
    })),
    uniques: uniques.rows.map((u) => `${u.table}(${u.cols})`),
    enumValues,
  };
}

const sortColumns = (columns: Column[]) => [...columns].sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));

describe("schema.prisma and prisma/migrations", async () => {
  const [schema, migrated] = await Promise.all([fromSchema(), fromMigrations()]);

  it("define the same tables, columns, types and nullability", () => {
    expect(sortColumns(migrated.columns)).toEqual(sortColumns(schema.columns));
  });

  it("define the same unique constraints and primary keys", () => {
    expect([...new Set(migrated.uniques)].sort()).toEqual([...new Set(schema.uniques)].sort());
  });

  it("define the same enums", () => {
    expect(migrated.enumValues).toEqual(schema.enumValues);
  });
});
