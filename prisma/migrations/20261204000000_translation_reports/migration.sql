-- Report a translation problem (issue 11): the passage and her comment, stored with the lesson, its
-- language and the hash of the translated text she read. Not who sent it.
CREATE TABLE "TranslationReport" (
    "id" TEXT NOT NULL,
    "moduleSlug" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "passage" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationReport_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "TranslationReport_locale_createdAt_idx" ON "TranslationReport"("locale", "createdAt");
