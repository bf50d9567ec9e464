"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { signOutEverywhereAction } from "../actions";

function Submit() {
  const t = useTranslations("account");
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className="rounded border border-slate-400 px-4 py-2 font-medium disabled:opacity-60">
      {pending ? t("signingOut") : t("signOutEverywhereSubmit")}
    </button>
  );
}

export function SignOutEverywhereForm() {
  return (
    <form action={signOutEverywhereAction}>
      <Submit />
    </form>
  );
}
