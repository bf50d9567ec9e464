import { getFormatter, getTranslations } from "next-intl/server";
import type { MemberModule } from "@/lib/cohorts/cohort-progress";

export async function ProgressCell({ state }: { state: MemberModule }) {
  const t = await getTranslations("cohorts");
  const format = await getFormatter();
  return (
    <span className={state.overdue ? "text-red-700" : undefined}>
      {state.status === "completed" && state.completedAt
        ? t("cell.completed", { date: format.dateTime(state.completedAt, { dateStyle: "medium" }) })
        : state.status === "in-progress"
          ? t("cell.inProgress", { done: state.lessonsDone, total: state.lessonsTotal })
          : t("cell.notStarted")}
      {state.bestScore !== null && <span className="block text-xs text-slate-600">{t("cell.score", { score: state.bestScore })}</span>}
      {state.overdue && <span className="block text-xs font-medium">{t("cell.overdue")}</span>}
    </span>
  );
}
