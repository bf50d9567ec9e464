#!/usr/bin/env bash
# `npm test`: every test. Unit and integration tests (Vitest) against the embedded database, or
# PostgreSQL when DATABASE_URL is set; then the browser tests (Playwright, Debian's Chromium)
# against a production build. Ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium is missing: installing Debian's chromium package (a minute or two)…"
    { apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }; } >/dev/null 2>&1
  fi
  if [ ! -x "$chromium" ]; then
    echo "The browser tests need Chromium at $chromium. Install it (on Debian or Ubuntu: sudo apt-get install chromium)" >&2
    echo "or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again." >&2
    exit 1
  fi
fi
[ -d node_modules ] || npm ci

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
load_report=""

if [ -n "${DATABASE_URL:-}" ]; then database="PostgreSQL"; else database="embedded database"; fi
echo "== Unit and integration tests ($database)"
VITEST_JSON="$results/vitest.json" npx vitest run --config tests/vitest.config.ts || status=1

echo "== Production build for the browser tests"
if npm run build >"$results/build.log" 2>&1; then
  echo "== Browser tests"
  if [ -n "${DATABASE_URL:-}" ]; then
    # A fresh database: the Vitest run left its rows (and a certificate key sealed under its own
    # NEXTAUTH_SECRET) in DATABASE_URL's.
    e2e_url=$(node_modules/.bin/tsx tests/setup/e2e-database.ts create) || status=1
    DATABASE_URL="$e2e_url" PLAYWRIGHT_JSON="$results/playwright.json" npx playwright test --config tests/playwright.config.ts || status=1
    node_modules/.bin/tsx tests/setup/e2e-database.ts drop "$e2e_url" || true
  else
    PLAYWRIGHT_JSON="$results/playwright.json" npx playwright test --config tests/playwright.config.ts || status=1
  fi
  if [ -n "${DATABASE_URL:-}" ]; then
    # Two app instances on one PostgreSQL under a short load: fails on a lost or duplicated completion.
    echo "== Load check: two instances on PostgreSQL, 10 learners for 10 s"
    load_port=$(( ${E2E_PORT:-3100} + 40 ))
    LOAD_JSON="$results/load.json" LOAD_PORT=$load_port npm run --silent bench:load -- --check || status=1
    load_report="$results/load.json"
  fi
else
  cat "$results/build.log"
  echo "The build failed, so the browser tests did not run." >&2
  status=1
fi

node tests/summarise-results.mjs "$results/vitest.json" "$results/playwright.json" ${load_report:+"$load_report"} || status=1
exit $status
