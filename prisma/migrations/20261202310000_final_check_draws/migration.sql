-- Final checks are drawn from a pool (issue 8): the open attempt's draw, and the draw each stored
-- attempt answered.
ALTER TABLE "CheckAttempt" ADD COLUMN "draw" JSONB;

CREATE TABLE "OpenCheckDraw" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "moduleSlug" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "draw" JSONB NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpenCheckDraw_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "OpenCheckDraw_userId_moduleSlug_checkId_key" ON "OpenCheckDraw"("userId", "moduleSlug", "checkId");

ALTER TABLE "OpenCheckDraw" ADD CONSTRAINT "OpenCheckDraw_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
