-- A trainer's import no longer creates accounts: what it knows about a new person waits on the
-- invitation until she accepts.
ALTER TABLE "Invitation" ADD COLUMN "displayName" TEXT;
ALTER TABLE "Invitation" ADD COLUMN "sector" "Sector";
ALTER TABLE "Invitation" ADD COLUMN "organisation" TEXT;
ALTER TABLE "Invitation" ADD COLUMN "locale" TEXT;

-- The cohort page lists a cohort's open invitations.
CREATE INDEX "Invitation_cohortId_idx" ON "Invitation"("cohortId");
