import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    setupFiles: ["tests/setup/vitest.setup.ts"],
    environment: "node",
    // Without DATABASE_URL each test file gets its own in-memory PGlite; with it, the PostgreSQL
    // database it names (tests make their own data and never assume empty tables).
    env: { DATABASE_DIR: "memory://", NODE_ENV: "test", OUTBOX_DIR: path.join(tmpdir(), "course-test-outbox") },
    // Generous: a password check at production scrypt parameters costs most of a second on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: process.env.VITEST_JSON ? ["default", ["json", { outputFile: process.env.VITEST_JSON }]] : ["default"],
  },
});
