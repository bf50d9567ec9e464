-- The capstone memo's drafts, submitted versions and marks (issue 8). Versions and marks are only
-- ever inserted; the memo row keeps her draft and where the memo stands.
ALTER TABLE "RiskMemo" ADD COLUMN "draft" JSONB,
ADD COLUMN "draftSavedAt" TIMESTAMP(3);

CREATE TYPE "MemoDecision" AS ENUM ('ACCEPTED', 'RETURNED');

CREATE TABLE "RiskMemoVersion" (
    "id" TEXT NOT NULL,
    "memoId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskMemoVersion_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MemoReview" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "MemoDecision" NOT NULL,
    "levels" JSONB NOT NULL,
    "comments" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoReview_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "RiskMemoVersion_memoId_number_key" ON "RiskMemoVersion"("memoId", "number");
CREATE UNIQUE INDEX "MemoReview_versionId_key" ON "MemoReview"("versionId");
CREATE INDEX "MemoReview_reviewerId_idx" ON "MemoReview"("reviewerId");

ALTER TABLE "RiskMemoVersion" ADD CONSTRAINT "RiskMemoVersion_memoId_fkey" FOREIGN KEY ("memoId") REFERENCES "RiskMemo"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MemoReview" ADD CONSTRAINT "MemoReview_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "RiskMemoVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MemoReview" ADD CONSTRAINT "MemoReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
