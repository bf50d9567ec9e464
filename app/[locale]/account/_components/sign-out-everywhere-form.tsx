"use client";

import { useTranslations } from "next-intl";
import { useRef, type FormEvent } from "react";
import { useFormStatus } from "react-dom";
import { clearDeviceStorage } from "@/lib/offline/clear-device-storage";
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
  const cleared = useRef(false);
  // With scripts, the pages and data kept on this device go first, then the form submits as
  // usual; without them the server action still runs (only this device keeps its pages then).
  const clearThenSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (cleared.current) return;
    event.preventDefault();
    const form = event.currentTarget;
    void clearDeviceStorage().then(() => {
      cleared.current = true;
      form.requestSubmit();
    });
  };
  return (
    <form action={signOutEverywhereAction} onSubmit={clearThenSubmit}>
      <Submit />
    </form>
  );
}
