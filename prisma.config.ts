import path from "node:path";
import { defineConfig } from "prisma/config";

// The app applies migrations itself (lib/db/migrate.ts); this file serves `prisma generate` and,
// where Prisma's native engine exists, `prisma migrate status` against DATABASE_URL.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
