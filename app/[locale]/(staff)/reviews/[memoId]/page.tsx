import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MemoVersionView } from "@/components/memo/memo-version-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getMemoBrief } from "@/lib/content/memo-rubric";
import { NotFoundError } from "@/lib/errors";
import { getMemoForReview } from "@/lib/memos/get-memo-for-review";
import { markMemoAction } from "../actions";
import { MarkForm } from "./_components/mark-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews"))("title") };
}

type Props = { params: Promise<{ memoId: string }> };

async function findMemo(memoId: string) {
  try {
    return await getMemoForReview(memoId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function MarkMemoPage({ params }: Props) {
  const { memoId } = await params;
  await requirePageUser("memos:review", `/reviews/${memoId}`);
  const [memo, { rubric, hazards, language }, t, tm] = await Promise.all([
    findMemo(memoId),
    getMemoBrief(await getLocale()),
    getTranslations("reviews"),
    getTranslations("memo"),
  ]);
  const latest = memo.versions.at(-1)!;
  const earlier = memo.versions.slice(0, -1).reverse();
  const awaiting = memo.status === "SUBMITTED" && !latest.mark;
  return (
    <div className="space-y-6">
      <Link href="/reviews" className="text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("memoBy", { name: memo.memberName })}</h1>
      <p role="status" data-testid="memo-status" className="rounded bg-slate-100 p-3">
        <span className="font-semibold">{tm("statusLabel")}: {tm(`status.${memo.status}`)}.</span> {!awaiting && t("notAwaiting")}
      </p>
      <p className="text-sm text-slate-600">{t("privacy")}</p>
      <section className="space-y-3">
        <h2 className="sr-only">{t("toMark", { number: latest.number })}</h2>
        <MemoVersionView version={latest} rubric={rubric} hazards={hazards} language={language} />
      </section>
      {awaiting && <MarkForm memoId={memo.memoId} versionId={latest.id} rubric={rubric} textLanguage={language.brief} action={markMemoAction} />}
      {earlier.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold">{t("history")}</h2>
          {earlier.map((version) => (
            <MemoVersionView key={version.id} version={version} rubric={rubric} hazards={hazards} language={language} />
          ))}
        </section>
      )}
    </div>
  );
}
