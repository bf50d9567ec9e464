-- The capstone risk memo's state, one row per member (issue 8). Versions and marks come in their
-- own migration.
CREATE TYPE "MemoStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

CREATE TABLE "RiskMemo" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "MemoStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),

    CONSTRAINT "RiskMemo_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "RiskMemo_userId_key" ON "RiskMemo"("userId");
CREATE INDEX "RiskMemo_status_idx" ON "RiskMemo"("status");

ALTER TABLE "RiskMemo" ADD CONSTRAINT "RiskMemo_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
