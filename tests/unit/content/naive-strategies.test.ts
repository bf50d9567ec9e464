import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { cueFigures, expectedScore, NAIVE_STRATEGIES, passProbability } from "@/lib/content/question-cues";
import { NAIVE_PASS_LIMIT } from "@/lib/content/verify";

// What a member who does not read the course would score on each final check by answering on
// surface features alone. Printed for the record (the issue asks for the figures) and held under
// the pass mark: each strategy's expected score and its chance of passing a drawn attempt.
const course = await loadCourse();
const finals = course.modules.flatMap((module) => (module.checks.final ? [[module.slug, module.checks.final] as const] : []));
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

describe("naive strategies on the final checks", () => {
  it("prints each strategy's expected score and pass chance per final check", () => {
    const rows = finals.map(([slug, check]) => {
      const row: Record<string, string | number> = { module: slug, pool: check.questions.length, shown: check.show ?? check.questions.length };
      for (const [name, pick] of Object.entries(NAIVE_STRATEGIES)) {
        row[name] = `${percent(expectedScore(check, pick))} (pass ${percent(passProbability(check, pick))})`;
      }
      row["right is longest"] = percent(cueFigures(check.questions).longest);
      return row;
    });
    const all = finals.flatMap(([, check]) => check.questions);
    console.log("Naive strategies: expected score (chance of passing an attempt)");
    console.table(rows);
    console.log(`Right option is the single longest in ${percent(cueFigures(all).longest)} of ${all.length} final-check questions`);
    expect(rows).toHaveLength(course.modules.length);
  });

  it.each(finals)("no naive strategy reaches the pass mark on %s", (_slug, check) => {
    for (const pick of Object.values(NAIVE_STRATEGIES)) {
      expect(expectedScore(check, pick) * 100).toBeLessThan(check.passMark ?? 100);
      expect(passProbability(check, pick)).toBeLessThan(NAIVE_PASS_LIMIT);
    }
  });
});
