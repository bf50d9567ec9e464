"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { NAV_LINKS, type NavKey } from "@/lib/auth/nav-links";
import { isSignedInOnlyPath } from "@/lib/auth/signed-in-only";
import { SignOutButton } from "./sign-out-button";

type Me = { signedIn: boolean; links: NavKey[] };

/**
 * The header's personal part. Pages are built once for everyone, so who is signed in is asked
 * here (GET /api/me) after the page shows, and again on a move within the site that may follow a
 * change (she may have just signed in or out without a full page load). A move between course
 * pages asks nothing: proxy.ts lets only the signed-in reach them, and lesson to lesson is the move
 * she makes most. Both rows keep their height while it loads, so nothing below them moves.
 * Without JavaScript, <noscript> links stand in.
 */
export function AccountNav() {
  const t = useTranslations("layout");
  const [me, setMe] = useState<Me | null>(null);
  const signedIn = useRef(false);
  const pathname = usePathname();
  useEffect(() => {
    if (signedIn.current && isSignedInOnlyPath(pathname)) return;
    let live = true;
    fetch("/api/me", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<Me>) : null))
      .catch(() => null)
      .then((value) => {
        if (!live) return;
        signedIn.current = value?.signedIn ?? false;
        setMe(value ?? { signedIn: false, links: [] });
      });
    return () => {
      live = false;
    };
  }, [pathname]);
  const links = NAV_LINKS.filter((link) => me?.links.includes(link.key));
  return (
    <>
      <div className="flex min-h-8 min-w-20 items-center justify-end">
        {me?.signedIn && <SignOutButton label={t("signOut")} />}
        {me && !me.signedIn && (
          <Link href="/signin" prefetch={false} className="rounded px-2 py-1 underline">
            {t("signIn")}
          </Link>
        )}
      </div>
      <nav aria-label={t("nav.label")} className="min-h-7 w-full text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {links.map((link) => (
            <li key={link.key}>
              <Link href={link.href} prefetch={false} className="underline-offset-4 hover:underline">
                {t(`nav.${link.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
