import { closeDb, db } from "@/lib/db/client";
import { seedNetwork } from "./tests/bench/seed-network";
import { factsCte, inRange } from "@/lib/reports/report-sql";
import { Prisma } from "@/lib/generated/prisma/client";
const prisma = await db();
if ((await prisma.user.count()) < 100) await seedNetwork(prisma, 10000, "e");
const f = {};
const q = Prisma.sql`EXPLAIN (ANALYZE, BUFFERS OFF) WITH ${factsCte(f)}
    SELECT
      CASE WHEN GROUPING(module) = 0 THEN 'module' ELSE 'total' END AS level,
      module, country, cohort_id, MIN(cohort_name) AS cohort_name,
      COUNT(*)::int AS enrolled,
      (COUNT(*) FILTER (WHERE ${inRange(Prisma.sql`started_at`, f)}))::int AS started,
      (COUNT(*) FILTER (WHERE ${inRange(Prisma.sql`completed_at`, f)}))::int AS completed,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (completed_at - assigned_at)) / 86400)
        FILTER (WHERE completed_at IS NOT NULL))::float8 AS median_days,
      (AVG(best_score) FILTER (WHERE best_score IS NOT NULL))::float8 AS avg_score
    FROM facts
    GROUP BY GROUPING SETS ((module), (country), (country, cohort_id), ())`;
const rows = await prisma.$queryRaw<{ "QUERY PLAN": string }[]>(q);
console.log(rows.map(r => r["QUERY PLAN"]).join("\n"));
await closeDb();
