import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { getCompletionReport } from "@/lib/reports/completion-report";
import { exportCompletionCsv } from "@/lib/reports/export-completion";
import { syncModuleProgress } from "@/lib/progress/sync-module-progress";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

afterEach(() => signInAs(null));

// A small network with answers worked out by hand: one cohort in Kyrgyz Republic (KG), four
// members, "fairness" assigned on 1 March with a due date of 10 March, looked at on 20 March.
const NOW = new Date("2026-03-20T12:00:00Z");
const day = (d: number) => new Date(Date.UTC(2026, 2, d));
let cohortId: string;
let names: string[];

beforeAll(async () => {
  const prisma = await db();
  const trainer = await createUser("TRAINER");
  const tag = randomUUID().slice(0, 6);
  const cohort = await prisma.cohort.create({
    data: {
      name: `Report cohort ${tag}`,
      countryCode: "KG",
      locale: "ru",
      createdById: trainer.id,
      assignments: { create: { moduleSlug: "fairness", dueOn: day(10), assignedById: trainer.id, createdAt: day(1) } },
    },
  });
  cohortId = cohort.id;
  names = [`Aigul ${tag}`, `=Bermet ${tag}`, `Cholpon ${tag}`, `Dinara ${tag}`];
  const members = [];
  for (const [i, displayName] of names.entries()) {
    members.push(
      await prisma.user.create({
        data: { email: `${tag}-${i}@test.local`, displayName, sector: i < 2 ? "JUDICIARY" : "CIVIL_SOCIETY", countryCode: "KG" },
      }),
    );
  }
  await prisma.cohortMember.createMany({ data: members.map((m) => ({ cohortId, userId: m.id, enrolledAt: day(1) })) });
  // Aigul: completed on 5 March (4 days), score 90. Bermet: completed on 11 March (10 days), score 70 then 100.
  // Cholpon: started on 8 March, 2 lessons, score 50. Dinara: nothing.
  const progress = async (userId: string, lessons: number, started: Date, completedAt?: Date, scores: number[] = []) => {
    for (let l = 0; l < lessons; l += 1) {
      await prisma.lessonProgress.create({ data: { userId, moduleSlug: "fairness", lessonSlug: `lesson-${l}`, startedAt: started, lastViewedAt: started, completedAt: started, contentVersion: "v" } });
    }
    for (const score of scores) {
      await prisma.checkAttempt.create({ data: { userId, moduleSlug: "fairness", checkId: "final", answers: {}, correctCount: 0, questionCount: 8, score, passed: score >= 80, contentVersion: "v" } });
    }
    if (completedAt) await prisma.moduleCompletion.create({ data: { userId, moduleSlug: "fairness", completedAt } });
    await syncModuleProgress(prisma, userId, "fairness");
  };
  await progress(members[0]!.id, 4, day(2), day(5), [90]);
  await progress(members[1]!.id, 4, day(3), day(11), [70, 100]);
  await progress(members[2]!.id, 2, day(8), undefined, [50]);
});

describe("completion report", () => {
  it("counts enrolled, started, completed, overdue, median days and average best score", async () => {
    signInAs((await createUser("COORDINATOR")).id);
    const report = await getCompletionReport({ cohort: cohortId }, NOW);
    const row = report.byModule.find((r) => r.key === "fairness")!;
    expect(row).toMatchObject({ enrolled: 4, started: 3, completed: 2, overdue: 2, completionRate: 0.5 });
    expect(row.medianDaysToComplete).toBeCloseTo(7, 5); // median of 4 and 10 days
    expect(row.averageScore).toBeCloseTo(80, 5); // best scores 90, 100 and 50
    expect(report.byCohort).toEqual([expect.objectContaining({ key: cohortId, enrolled: 4, country: "KG" })]);
  });

  it("applies sector and date filters", async () => {
    signInAs((await createUser("COORDINATOR")).id);
    const judiciary = await getCompletionReport({ cohort: cohortId, sector: "JUDICIARY" }, NOW);
    expect(judiciary.total).toMatchObject({ enrolled: 2, completed: 2 });
    const early = await getCompletionReport({ cohort: cohortId, to: day(6) }, NOW);
    expect(early.total).toMatchObject({ enrolled: 4, started: 2, completed: 1 });
  });

  it("streams the member-level CSV, neutralises formulas and writes the export to the audit log", async () => {
    const coordinator = await createUser("COORDINATOR");
    signInAs(coordinator.id);
    const labels = { locale: "en", header: ["country", "cohort", "member", "sector", "module", "status", "lessons", "started", "completed", "score", "due", "overdue", "memo"], status: { "not-started": "N", "in-progress": "I", completed: "C" }, memo: { none: "no", DRAFT: "D", SUBMITTED: "S", RETURNED: "R", ACCEPTED: "A" } };
    const aigul = await (await db()).user.findFirstOrThrow({ where: { displayName: names[0] } });
    await (await db()).riskMemo.create({ data: { userId: aigul.id, status: "ACCEPTED" } });
    const stream = await exportCompletionCsv({ cohort: cohortId }, labels, NOW);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFFcountry,cohort,")).toBe(true);
    const lines = text.slice(1).trim().split("\r\n").slice(1).sort();
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes("Aigul"))).toMatch(/^KG,Report cohort \w+,Aigul \w+,JUDICIARY,Fairness,C,4\/4,2026-03-02,2026-03-05,90,2026-03-10,0,A$/);
    expect(lines.find((l) => l.includes("Bermet"))).toContain(`,'=Bermet`);
    expect(lines.find((l) => l.includes("Dinara"))).toMatch(/,N,0\/4,,,,2026-03-10,1,no$/);
    const audit = await (await db()).auditEntry.findFirst({ where: { actorId: coordinator.id, action: "report.exported" } });
    expect(audit?.details).toMatchObject({ rows: 4, filters: { cohort: cohortId } });
  });

  it("is refused to trainers and members", async () => {
    signInAs((await createUser("TRAINER")).id);
    await expect(getCompletionReport({})).rejects.toThrow(ForbiddenError);
    await expect(exportCompletionCsv({}, { locale: "en", header: [], status: { "not-started": "", "in-progress": "", completed: "" }, memo: { none: "", DRAFT: "", SUBMITTED: "", RETURNED: "", ACCEPTED: "" } })).rejects.toThrow(ForbiddenError);
  });
});

describe("ModuleProgress", () => {
  it("matches what the source tables say after every kind of write", async () => {
    const prisma = await db();
    const rows = await prisma.moduleProgress.findMany({ where: { moduleSlug: "fairness", user: { cohortsJoined: { some: { cohortId } } } }, orderBy: [{ lessonsDone: "desc" }, { bestScore: "asc" }] });
    expect(rows.map((r) => [r.lessonsDone, r.bestScore, r.completedAt?.toISOString().slice(0, 10) ?? null])).toEqual([
      [4, 90, "2026-03-05"],
      [4, 100, "2026-03-11"],
      [2, 50, null],
    ]);
  });
});
