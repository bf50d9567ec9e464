// The floor: tests/bench/floor-app (an empty App Router page with a small compiled MDX text), built
// with the repository's own next and react. It is copied to a temporary folder with a node_modules
// link to the repository's and built there, so it never becomes part of the app's build or
// typecheck (its files are .jsx, which tsconfig.json does not include). The build is reused while
// the floor's sources and the next version are unchanged.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import path from "node:path";
import { root, startNext } from "../shared/server.mjs";

const source = path.join(root, "tests/bench/floor-app");
const target = path.join(tmpdir(), `bench-floor-${createHash("sha256").update(root).digest("hex").slice(0, 8)}`);

function stamp() {
  const hash = createHash("sha256");
  for (const file of ["next.config.mjs", "app/layout.jsx", "app/page.jsx"]) hash.update(readFileSync(path.join(source, file)));
  hash.update(readFileSync(path.join(root, "node_modules/next/package.json")));
  return hash.digest("hex");
}

export function buildFloor() {
  const wanted = stamp();
  const stampFile = path.join(target, ".floor-stamp");
  if (existsSync(path.join(target, ".next/BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === wanted) return;
  console.log("weight: building the floor app (once; about a minute)");
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(target, "node_modules"));
  const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: target,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`The floor app did not build:\n${build.stdout}\n${build.stderr}`);
  writeFileSync(stampFile, wanted);
}

/** Starts the built floor app; returns its address and its child process. */
export async function startFloor(port) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const child = await startNext(target, port, env, path.join(target, "server.log"));
  return { base: `http://127.0.0.1:${port}`, child };
}
