import { describe, expect, it } from "vitest";
import { decideEligibility } from "@/lib/certificates/eligibility";
import { getCourse } from "@/lib/content/course";

describe("certificate eligibility", async () => {
  const course = await getCourse();
  const all = course.modules.map((module) => module.slug);

  it("needs every module and an accepted memo", () => {
    expect(decideEligibility(course, all, "ACCEPTED")).toMatchObject({ eligible: true, missingModules: [] });
    for (const status of [null, "DRAFT", "SUBMITTED", "RETURNED"] as const) {
      expect(decideEligibility(course, all, status).eligible).toBe(false);
    }
  });

  it("names the modules still missing, in course order", () => {
    const result = decideEligibility(course, all.slice(1, -1), "ACCEPTED");
    expect(result.eligible).toBe(false);
    expect(result.missingModules.map((m) => m.slug)).toEqual([all[0], all.at(-1)]);
  });

  it("ignores completions of modules the course no longer has", () => {
    expect(decideEligibility(course, ["retired-module"], "ACCEPTED").missingModules).toHaveLength(all.length);
  });
});
