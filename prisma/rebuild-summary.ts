// Recomputes the ModuleProgress summary that reports read, from the progress facts, in one
// transaction. The app keeps it current on every write; this is the repair if it is ever in doubt.
import { db } from "@/lib/db/client";
import { rebuildModuleProgress } from "@/lib/progress/rebuild-module-progress";
import { runScript } from "./run-script";

async function main() {
  const started = Date.now();
  const rows = await rebuildModuleProgress(await db());
  console.log(`Rebuilt ${rows} module-progress rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

runScript(main);
