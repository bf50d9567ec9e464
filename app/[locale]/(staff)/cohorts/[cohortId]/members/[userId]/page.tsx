import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getMemberHistory } from "@/lib/cohorts/member-history";
import { cohortIdSchema } from "@/lib/cohorts/schemas";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ cohortId: string; userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cohorts"))("history") };
}

export default async function MemberHistoryPage({ params }: Props) {
  const { cohortId, userId } = await params;
  await requirePageUser("cohorts:manage-own", `/cohorts/${cohortId}/members/${userId}`);
  if (!cohortIdSchema.safeParse(cohortId).success || !cohortIdSchema.safeParse(userId).success) notFound();
  const history = await getMemberHistory(cohortId, userId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("cohorts");
  const format = await getFormatter();
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "–");
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/cohorts" className="underline">
          {t("title")}
        </Link>{" "}
        /{" "}
        <Link href={`/cohorts/${history.cohort.id}`} className="underline">
          {history.cohort.name}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">{history.member.displayName}</h1>
      <p className="text-slate-600">
        {t("enrolledOn", { date: date(history.member.enrolledAt) })}
        {!history.member.activated && <> · {t("invitedNotJoined")}</>}
      </p>
      {history.modules.length === 0 && <p>{t("noActivity")}</p>}
      {history.modules.map((module) => (
        <section key={module.slug} className="space-y-2">
          <h2 className="text-lg font-semibold">
            {module.title}
            {module.completedAt && <span className="ms-2 text-sm font-normal text-emerald-800">{t("cell.completed", { date: date(module.completedAt) })}</span>}
          </h2>
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-1 text-start">{t("lesson")}</th>
                <th scope="col" className="py-1 text-start">{t("opened")}</th>
                <th scope="col" className="py-1 text-start">{t("completedCol")}</th>
              </tr>
            </thead>
            <tbody>
              {module.lessons.map((lesson) => (
                <tr key={lesson.slug} className="border-b border-slate-100">
                  <th scope="row" className="py-1 text-start font-normal">{lesson.title}</th>
                  <td className="py-1">{date(lesson.startedAt)}</td>
                  <td className="py-1">{date(lesson.completedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {module.attempts.length > 0 && (
            <p className="text-sm">
              {t("attempts")}:{" "}
              {module.attempts.map((attempt) => `${date(attempt.at)} ${attempt.score}%${attempt.passed ? " ✓" : ""}`).join(" · ")}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
