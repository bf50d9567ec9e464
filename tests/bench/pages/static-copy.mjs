// The reference: the lesson's HTML, as the member received it, saved once under public/ and served
// as a static file by the same `next start`. `next start` lists public/ when it starts, so a server
// we started is restarted once to see the file; against BASE_URL, restart your server and run again.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "../shared/server.mjs";

// Ignored by git (.gitignore: public/bench-static-*.html).
const FILE = "bench-static-lesson.html";

export async function staticCopy(app, lessonPath, cookie) {
  const response = await fetch(app.base + lessonPath, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`${lessonPath} answered ${response.status}`);
  writeFileSync(path.join(root, "public", FILE), await response.text());
  const url = `${app.base}/${FILE}`;
  if ((await fetch(url)).status !== 200) {
    if (!app.own) throw new Error(`public/${FILE} is written: restart the server at ${app.base} so it serves it, then run again.`);
    await app.restart();
  }
  if ((await fetch(url)).status !== 200) throw new Error(`${url} is not served`);
  return { path: `/${FILE}`, remove: () => app.own && rmSync(path.join(root, "public", FILE), { force: true }) };
}
