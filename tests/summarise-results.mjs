// Adds up Vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
// A runner that left no report (it crashed or never started) counts as one failure, not zero.
import { readFileSync } from "node:fs";

function read(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

// The optional third report is the load check's (tests/bench/load.ts --check), one test.
const [vitestFile, playwrightFile, loadFile] = process.argv.slice(2);
const vitest = read(vitestFile);
const playwright = read(playwrightFile);
let passed = 0;
let failed = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0);
} else failed += 1;
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
} else failed += 1;
if (loadFile) {
  const load = read(loadFile);
  if (load?.passed === true) passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
