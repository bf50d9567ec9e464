import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  const user = await getCurrentUser();
  const links = user
    ? [
        { href: "/learn", label: t("nav.myLearning"), show: can(user.role, "learning:study") },
        { href: "/cohorts", label: t("nav.cohorts"), show: can(user.role, "cohorts:manage-own") },
        { href: "/guides", label: t("nav.guides"), show: can(user.role, "guides:read") },
        { href: "/invitations", label: t("nav.invitations"), show: can(user.role, "invitations:create") },
        { href: "/reviews", label: t("nav.reviews"), show: can(user.role, "memos:review") },
        { href: "/reports", label: t("nav.reports"), show: can(user.role, "reports:read") },
        { href: "/admin/users", label: t("nav.users"), show: can(user.role, "users:manage-roles") },
        { href: "/account", label: t("nav.account"), show: can(user.role, "account:manage-own") },
      ].filter((link) => link.show)
    : [];
  return (
    <header className="no-print border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href={user ? "/learn" : "/"} className="me-auto font-semibold">
          {t("productName")}
        </Link>
        <LanguageSwitcher />
        {user ? (
          <SignOutButton label={t("signOut")} />
        ) : (
          <Link href="/signin" className="rounded px-2 py-1 underline">
            {t("signIn")}
          </Link>
        )}
      </div>
      {links.length > 0 && (
        <nav aria-label={t("nav.label")} className="mx-auto max-w-3xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="underline-offset-4 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
