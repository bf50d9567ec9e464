import { describe, expect, it } from "vitest";
import type { CourseModule } from "@/lib/content/load";
import { isOverdue, summariseModule } from "@/lib/progress/summary";

const module = {
  slug: "intro",
  lessons: ["one", "two", "three"].map((slug) => ({ slug, version: `v-${slug}` })),
} as unknown as CourseModule;

const row = (lessonSlug: string, minutesAgo: number, done: boolean, version = `v-${lessonSlug}`) => ({
  lessonSlug,
  lastViewedAt: new Date(Date.now() - minutesAgo * 60_000),
  completedAt: done ? new Date() : null,
  contentVersion: version,
});

describe("summariseModule", () => {
  it("starts at the first lesson", () => {
    expect(summariseModule(module, [], false, false)).toMatchObject({ status: "not-started", resumeHref: "/learn/intro/one", lessonsDone: 0 });
  });

  it("resumes at the unfinished lesson she opened last", () => {
    const summary = summariseModule(module, [row("one", 30, true), row("three", 5, false), row("two", 20, false)], false, false);
    expect(summary).toMatchObject({ status: "in-progress", resumeHref: "/learn/intro/three", lessonsDone: 1 });
  });

  it("sends her to the check when every lesson is done", () => {
    const rows = ["one", "two", "three"].map((slug) => row(slug, 1, true));
    expect(summariseModule(module, rows, false, false).resumeHref).toBe("/learn/intro/check");
  });

  it("lists lessons completed on an earlier version", () => {
    const summary = summariseModule(module, [row("one", 1, true, "old"), row("two", 1, true)], false, false);
    expect(summary.changedLessons).toEqual(["one"]);
  });
});

describe("isOverdue", () => {
  const due = new Date("2026-03-10T00:00:00Z");
  it("is not overdue on the due day, and is the day after", () => {
    expect(isOverdue(due, "in-progress", new Date("2026-03-10T23:00:00Z"))).toBe(false);
    expect(isOverdue(due, "in-progress", new Date("2026-03-11T00:30:00Z"))).toBe(true);
  });
  it("is never overdue once complete or without a date", () => {
    expect(isOverdue(due, "completed", new Date("2027-01-01"))).toBe(false);
    expect(isOverdue(null, "not-started", new Date())).toBe(false);
  });
});
