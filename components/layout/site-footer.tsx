import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="no-print mx-auto max-w-3xl border-t border-slate-200 px-4 py-6 text-sm text-slate-600">
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link href="/about" prefetch={false} className="underline">
            {t("about")}
          </Link>
        </li>
        <li>
          <Link href="/glossary" prefetch={false} className="underline">
            {t("glossary")}
          </Link>
        </li>
        <li>
          <Link href="/sources" prefetch={false} className="underline">
            {t("sources")}
          </Link>
        </li>
      </ul>
    </footer>
  );
}
