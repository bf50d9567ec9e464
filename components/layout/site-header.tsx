import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "./account-nav";
import { LanguageSwitcher } from "./language-switcher";

/**
 * The same for everyone, so pages that use it can be built ahead of time; AccountNav adds hers.
 * Links on every page (here, in AccountNav, the footer and the breadcrumb) are not prefetched:
 * she pays for her data, and fetching ahead the pages they lead to added about 30 KB to each
 * lesson she opened (bench:weight), for pages she mostly does not open next.
 */
export async function SiteHeader() {
  const t = await getTranslations("layout");
  return (
    <header className="no-print border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 pt-3 pb-2">
        <Link href="/" prefetch={false} className="me-auto font-semibold">
          {t("productName")}
        </Link>
        <LanguageSwitcher />
        <AccountNav />
        <noscript>
          <p className="flex w-full gap-x-4 text-sm">
            <Link href="/learn" className="underline">
              {t("nav.myLearning")}
            </Link>
            <Link href="/account" className="underline">
              {t("nav.account")}
            </Link>
          </p>
        </noscript>
      </div>
    </header>
  );
}
