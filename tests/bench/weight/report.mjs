// The weight table and the targets.
import os from "node:os";

const LESSON_FIRST_VISIT_MAX_RATIO = 1.15;
const LESSON_FIRST_VISIT_MAX_KB = 165;
const LESSON_TO_LESSON_MAX_KB = 20;
const kb = (bytes) => bytes / 1024;

/** rows: [name, figures][], the floor first, then the lesson's first visit, ..., lesson to lesson last. */
export function printWeights(rows, base) {
  const floor = rows[0][1];
  console.log(`\nBytes on the wire (KB = 1024 bytes), Chromium with a Pixel 7 viewport, against ${base}; load average ${os.loadavg()[0].toFixed(1)}`);
  console.log(["page".padEnd(52), "requests", "total KB", "JS KB", "HTML/RSC KB", "CSS KB", "other KB", "x floor"].join("  "));
  for (const [name, f] of rows) {
    const cells = [f.requests, kb(f.total), kb(f.bytes.js), kb(f.bytes.html), kb(f.bytes.css), kb(f.bytes.other)];
    const widths = [8, 8, 5, 11, 6, 8];
    const shown = cells.map((value, i) => (i === 0 ? String(value) : value.toFixed(1)).padStart(widths[i]));
    console.log([name.padEnd(52), ...shown, (f.total / floor.total).toFixed(2).padStart(7)].join("  "));
  }
  if (process.env.BENCH_VERBOSE) for (const [name, f] of rows) for (const r of f.list) console.log(`  ${name}: ${r.type} ${r.bytes} ${r.url}`);
  const lesson = rows[1][1];
  const move = rows.at(-1)[1];
  const ratio = lesson.total / floor.total;
  const firstOk = ratio <= LESSON_FIRST_VISIT_MAX_RATIO && kb(lesson.total) <= LESSON_FIRST_VISIT_MAX_KB;
  console.log(
    `\n${firstOk ? "PASS" : "FAIL"} lesson first visit ${kb(lesson.total).toFixed(1)} KB = ${ratio.toFixed(2)}x floor` +
      ` (target <= ${LESSON_FIRST_VISIT_MAX_RATIO}x and <= ${LESSON_FIRST_VISIT_MAX_KB} KB)`,
  );
  const moveOk = kb(move.total) <= LESSON_TO_LESSON_MAX_KB;
  console.log(`${moveOk ? "PASS" : "FAIL"} lesson to lesson ${kb(move.total).toFixed(1)} KB (target <= ${LESSON_TO_LESSON_MAX_KB} KB)`);
}
