-- CreateTable
CREATE TABLE "ModuleProgress" (
    "userId" TEXT NOT NULL,
    "moduleSlug" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "lastViewedAt" TIMESTAMP(3) NOT NULL,
    "lessonsDone" INTEGER NOT NULL DEFAULT 0,
    "bestScore" INTEGER,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ModuleProgress_pkey" PRIMARY KEY ("userId","moduleSlug")
);

-- CreateIndex
CREATE INDEX "ModuleProgress_moduleSlug_idx" ON "ModuleProgress"("moduleSlug");

-- AddForeignKey
ALTER TABLE "ModuleProgress" ADD CONSTRAINT "ModuleProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill from the progress already recorded.
INSERT INTO "ModuleProgress" ("userId", "moduleSlug", "startedAt", "lastViewedAt", "lessonsDone", "bestScore", "completedAt")
SELECT k."userId", k."moduleSlug",
       COALESCE(l.started_at, s.first_attempt), COALESCE(l.last_seen, s.first_attempt),
       COALESCE(l.lessons_done, 0), s.best_score, mc."completedAt"
FROM (
    SELECT "userId", "moduleSlug" FROM "LessonProgress"
    UNION SELECT "userId", "moduleSlug" FROM "CheckAttempt" WHERE "checkId" = 'final'
) k
LEFT JOIN (
    SELECT "userId", "moduleSlug", MIN("startedAt") AS started_at, MAX("lastViewedAt") AS last_seen, COUNT("completedAt")::int AS lessons_done
    FROM "LessonProgress" GROUP BY 1, 2
) l ON l."userId" = k."userId" AND l."moduleSlug" = k."moduleSlug"
LEFT JOIN (
    SELECT "userId", "moduleSlug", MAX(score) AS best_score, MIN("createdAt") AS first_attempt
    FROM "CheckAttempt" WHERE "checkId" = 'final' GROUP BY 1, 2
) s ON s."userId" = k."userId" AND s."moduleSlug" = k."moduleSlug"
LEFT JOIN "ModuleCompletion" mc ON mc."userId" = k."userId" AND mc."moduleSlug" = k."moduleSlug";
