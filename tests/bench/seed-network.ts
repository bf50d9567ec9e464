import { loadCourse } from "@/lib/content/load";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// A synthetic network for the benchmark: members in cohorts of 25 across the partner countries,
// every module assigned, and lesson progress, completions and check attempts in a spread of states
// (about 30 lesson-progress rows per member). Inserted with set-based SQL: seconds, not minutes.
export async function seedNetwork(prisma: PrismaClient, members: number, prefix: string): Promise<void> {
  const course = await loadCourse();
  const lessons = course.modules.flatMap((m, mi) => m.lessons.map((l, li) => `('${m.slug}', '${l.slug}', ${mi}, ${li})`)).join(",");
  const modules = course.modules.map((m, mi) => `('${m.slug}', ${mi}, ${m.lessons.length})`).join(",");
  const cohorts = Math.ceil(members / 25);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, "displayName", role, "countryCode", sector, locale, "updatedAt", "passwordHash")
    SELECT '${prefix}t', '${prefix}trainer@bench.local', 'Bench trainer', 'TRAINER', 'TJ', NULL, 'en', now(), 'x'`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, "displayName", role, "countryCode", sector, locale, "updatedAt", "passwordHash")
    SELECT '${prefix}u' || g, '${prefix}' || g || '@bench.local', 'Member ' || g, 'MEMBER',
           (ARRAY['AF','IQ','PK','TJ','KZ','KG','UZ'])[1 + g % 7],
           (ARRAY['LAW_ENFORCEMENT','JUDICIARY','PROSECUTION','CIVIL_SOCIETY','INTERNATIONAL_ORGANISATION','OTHER'])[1 + g % 6]::"Sector",
           'en', now(), 'x'
    FROM generate_series(1, ${members}) g`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Cohort" (id, name, "countryCode", locale, "createdById")
    SELECT '${prefix}c' || k, 'Cohort ' || k, (ARRAY['AF','IQ','PK','TJ','KZ','KG','UZ'])[1 + k % 7], 'en', '${prefix}t'
    FROM generate_series(1, ${cohorts}) k`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "CohortTrainer" ("cohortId", "userId") SELECT '${prefix}c' || k, '${prefix}t' FROM generate_series(1, ${cohorts}) k`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "CohortMember" ("cohortId", "userId", "enrolledAt")
    SELECT '${prefix}c' || (1 + (g - 1) / 25), '${prefix}u' || g, now() - interval '120 days' FROM generate_series(1, ${members}) g`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ModuleAssignment" (id, "cohortId", "moduleSlug", "dueOn", "assignedById", "createdAt")
    SELECT '${prefix}a' || k || '-' || m.mi, '${prefix}c' || k, m.slug, (current_date + ((m.mi * 10) - 30 + k % 20)), '${prefix}t', now() - interval '100 days'
    FROM generate_series(1, ${cohorts}) k CROSS JOIN (VALUES ${modules}) AS m(slug, mi, lessons)`);
  // Member g reaches lesson li of module mi when (g + mi) % 16 (her pace in that module) covers it.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "LessonProgress" (id, "userId", "moduleSlug", "lessonSlug", "startedAt", "lastViewedAt", "completedAt", "contentVersion")
    SELECT '${prefix}p' || g || '-' || l.mi || '-' || l.li, '${prefix}u' || g, l.module, l.lesson,
           now() - ((90 - l.mi * 5 - l.li) || ' days')::interval, now() - ((80 - l.mi * 5 - l.li) || ' days')::interval,
           CASE WHEN (g + l.mi) % 16 > l.li THEN now() - ((80 - l.mi * 5 - l.li) || ' days')::interval END, 'v'
    FROM generate_series(1, ${members}) g CROSS JOIN (VALUES ${lessons}) AS l(module, lesson, mi, li)
    WHERE (g + l.mi) % 16 >= l.li`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "CheckAttempt" (id, "userId", "moduleSlug", "checkId", answers, "correctCount", "questionCount", score, passed, "contentVersion", "createdAt")
    SELECT '${prefix}q' || g || '-' || m.mi, '${prefix}u' || g, m.slug, 'final', '{}', 6, 8, 60 + (g % 5) * 10, (60 + (g % 5) * 10) >= 80, 'v', now() - ((70 - m.mi * 5) || ' days')::interval
    FROM generate_series(1, ${members}) g CROSS JOIN (VALUES ${modules}) AS m(slug, mi, lessons)
    WHERE (g + m.mi) % 16 >= m.lessons`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ModuleCompletion" (id, "userId", "moduleSlug", "completedAt")
    SELECT '${prefix}d' || g || '-' || m.mi, '${prefix}u' || g, m.slug, now() - ((60 - m.mi * 5 - g % 20) || ' days')::interval
    FROM generate_series(1, ${members}) g CROSS JOIN (VALUES ${modules}) AS m(slug, mi, lessons)
    WHERE (g + m.mi) % 16 >= m.lessons AND (60 + (g % 5) * 10) >= 80`);
  // The summary rows the app keeps on every write, built the way the migration backfills them.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ModuleProgress" ("userId", "moduleSlug", "startedAt", "lastViewedAt", "lessonsDone", "bestScore", "completedAt")
    SELECT l."userId", l."moduleSlug", MIN(l."startedAt"), MAX(l."lastViewedAt"), COUNT(l."completedAt")::int,
           (SELECT MAX(score) FROM "CheckAttempt" ca WHERE ca."userId" = l."userId" AND ca."moduleSlug" = l."moduleSlug" AND ca."checkId" = 'final'),
           (SELECT "completedAt" FROM "ModuleCompletion" mc WHERE mc."userId" = l."userId" AND mc."moduleSlug" = l."moduleSlug")
    FROM "LessonProgress" l WHERE l."userId" LIKE '${prefix}u%' GROUP BY 1, 2`);
}
