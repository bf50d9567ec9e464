import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MemoVersionView } from "@/components/memo/memo-version-view";
import { RubricTable } from "@/components/memo/rubric-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getMemoBrief } from "@/lib/content/memo-rubric";
import { getMyMemo } from "@/lib/memos/get-my-memo";
import { isEditable } from "@/lib/memos/state";
import type { MemoDraft } from "@/lib/memos/schemas";
import { LearnBreadcrumb } from "../_components/learn-breadcrumb";
import { writeMemoAction } from "./actions";
import { MemoForm, type MemoFormValues } from "./_components/memo-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("memo"))("title") };
}

const toFormValues = (draft: MemoDraft): MemoFormValues => ({
  ...draft,
  risks: draft.risks.map((risk) => ({ ...risk, hazardId: risk.hazardId, likelihood: risk.likelihood?.toString(), severity: risk.severity?.toString() })),
});

const STATUS_STYLE = {
  DRAFT: "bg-slate-100 text-slate-900",
  SUBMITTED: "bg-sky-50 text-sky-900",
  RETURNED: "bg-amber-50 text-amber-900",
  ACCEPTED: "bg-emerald-50 text-emerald-900",
} as const;

export default async function MemoPage() {
  await requirePageUser("learning:study", "/learn/memo");
  const [{ rubric, module, hazards, language }, memo, t, format] = await Promise.all([
    getMemoBrief(await getLocale()),
    getMyMemo(),
    getTranslations("memo"),
    getFormatter(),
  ]);
  const latest = memo.versions.at(-1);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <article className="space-y-8">
      <LearnBreadcrumb module={module} />
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p role="status" className={`rounded p-3 ${STATUS_STYLE[memo.status]}`} data-testid="memo-status">
          <span className="font-semibold">{t("statusLabel")}: {t(`status.${memo.status}`)}.</span>{" "}
          {memo.status === "SUBMITTED" && latest && t("submittedNote", { number: latest.number, date: date(latest.submittedAt) })}
          {memo.status === "RETURNED" && latest && t("returnedNote", { number: latest.number })}
          {memo.status === "ACCEPTED" && memo.acceptedAt && t("acceptedNote", { date: date(memo.acceptedAt) })}
        </p>
        {memo.status !== "ACCEPTED" && <p>{memo.markedBy === "coordinator" ? t("markedByCoordinator") : t("markedByTrainers")}</p>}
      </div>

      {memo.status === "RETURNED" && latest && <MemoVersionView version={latest} rubric={rubric} hazards={hazards} language={language} headingLevel="h2" />}

      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">{t("brief")}</h2>
        <div {...language.brief} className="space-y-2">
          <p className="text-xl font-medium">{rubric.title}</p>
          {rubric.introduction.split(/\n\s*\n/).map((paragraph) => (
            <p key={paragraph.slice(0, 40)}>{paragraph}</p>
          ))}
        </div>
        <p className="font-medium">{t("wordRange", { min: rubric.words.min, max: rubric.words.max })}</p>
      </section>

      {isEditable(memo.status) && (
        <section className="space-y-2">
          {memo.draftSavedAt && <p className="text-sm text-slate-600">{t("draftSavedAt", { date: date(memo.draftSavedAt) })}</p>}
          <MemoForm rubric={rubric} hazards={hazards} language={language} draft={toFormValues(memo.draft)} action={writeMemoAction} />
        </section>
      )}

      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">{t("rubric")}</h2>
        <RubricTable rubric={rubric} textLanguage={language.brief} />
      </section>

      {memo.versions.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-2xl font-semibold">{t("versions")}</h2>
          {[...memo.versions].reverse().map((version) => (
            <MemoVersionView key={version.id} version={version} rubric={rubric} hazards={hazards} language={language} />
          ))}
        </section>
      )}
    </article>
  );
}
