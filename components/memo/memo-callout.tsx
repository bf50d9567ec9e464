import Link from "next/link";
import { useTranslations } from "next-intl";

/** Points the capstone's pages to the memo: its module page and its last lesson. */
export function MemoCallout() {
  const t = useTranslations("memo");
  return (
    <aside className="no-print rounded border border-brand-600 bg-brand-50 p-4">
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{t("moduleCallout")}</p>
      <Link href="/learn/memo" className="mt-3 inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("openMemo")}
      </Link>
    </aside>
  );
}
