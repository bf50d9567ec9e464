import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { env } from "@/lib/env";
import { listReviewQueue } from "@/lib/memos/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewsPage({ searchParams }: Props) {
  const user = await requirePageUser("memos:review", "/reviews");
  const { marked } = await searchParams;
  const [queue, t, format] = await Promise.all([listReviewQueue(), getTranslations("reviews"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {(marked === "ACCEPTED" || marked === "RETURNED") && (
        <p role="status" className="rounded bg-emerald-50 p-3 font-medium text-emerald-900">
          {t(`marked${marked}`)}
        </p>
      )}
      <p>{t("intro", { days: env.MEMO_REVIEW_DAYS })}</p>
      {user.role === "COORDINATOR" && <p>{t("coordinatorIntro")}</p>}
      {queue.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-start">
                {(["member", "cohort", "version", "submitted", "due"] as const).map((column) => (
                  <th key={column} scope="col" className="p-2 text-start">
                    {t(`column.${column}`)}
                  </th>
                ))}
                <th scope="col" className="p-2">
                  <span className="sr-only">{t("mark")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {queue.map((memo) => (
                <tr key={memo.memoId} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-start font-medium">
                    {memo.memberName}
                  </th>
                  <td className="p-2">{memo.cohorts.join(", ") || t("noCohort")}</td>
                  <td className="p-2">{memo.version}</td>
                  <td className="p-2">{date(memo.submittedAt)}</td>
                  <td className="p-2">
                    {date(memo.dueOn)}
                    {memo.overdue && <span className="ms-2 rounded bg-red-100 px-2 py-0.5 font-medium text-red-900">{t("overdue")}</span>}
                  </td>
                  <td className="p-2">
                    <Link href={`/reviews/${memo.memoId}`} className="font-medium underline">
                      {t("mark")}
                      <span className="sr-only">: {memo.memberName}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
