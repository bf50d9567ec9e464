import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");

// Benchmarks run with the test set-up (tests/setup) so lib functions see a signed-in coordinator.
export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/bench/**/*.bench.ts"],
    setupFiles: ["tests/setup/vitest.setup.ts"],
    environment: "node",
    env: { DATABASE_DIR: "memory://", NODE_ENV: "test", OUTBOX_DIR: path.join(tmpdir(), "course-test-outbox") },
    testTimeout: 3_600_000,
    // The export's memory figure is measured after a forced collection.
    execArgv: ["--expose-gc"],
    hookTimeout: 600_000,
  },
});
