-- Study offline (issue 10): each queued item a member's device sends is recorded once, with the
-- answer she was given, so a replayed send gets the same answer and writes nothing.
CREATE TYPE "OfflineSendStatus" AS ENUM ('ACCEPTED', 'REFUSED');

CREATE TABLE "OfflineSend" (
    "userId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "bodyHash" TEXT NOT NULL,
    "status" "OfflineSendStatus" NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfflineSend_pkey" PRIMARY KEY ("userId","clientId")
);

ALTER TABLE "OfflineSend" ADD CONSTRAINT "OfflineSend_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
