-- The pre- and post-course test (issue 8): one sitting per member and kind.
CREATE TYPE "CourseTestKind" AS ENUM ('PRE', 'POST');

CREATE TABLE "CourseTestSitting" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "CourseTestKind" NOT NULL,
    "draw" JSONB NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "answers" JSONB,
    "results" JSONB,
    "score" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "skippedAt" TIMESTAMP(3),

    CONSTRAINT "CourseTestSitting_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "CourseTestSitting_userId_kind_key" ON "CourseTestSitting"("userId", "kind");

ALTER TABLE "CourseTestSitting" ADD CONSTRAINT "CourseTestSitting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
