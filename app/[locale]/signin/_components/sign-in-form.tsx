"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInWithPassword } from "@/lib/auth/browser-session";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { THROTTLED_ERROR, UNAVAILABLE_ERROR } from "@/lib/auth/sign-in-errors";

export function SignInForm() {
  const t = useTranslations("signIn");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? "")).catch(() => undefined);
    if (result?.ok) {
      // Only a same-site path may follow sign-in, so a crafted link cannot send her elsewhere. A
      // full page load, not a client navigation: the header and every page's own state then load
      // as the signed-in member.
      const callback = new URLSearchParams(window.location.search).get("callbackUrl");
      window.location.replace(safeCallbackPath(callback, window.location.origin));
      return;
    }
    setPending(false);
    const messages: Record<string, string> = { [THROTTLED_ERROR]: t("throttled"), [UNAVAILABLE_ERROR]: t("unavailable") };
    setError(!result ? t("network") : (messages[result.error] ?? t("failed")));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <FormAlert>
          {error}
        </FormAlert>
      )}
      <Field label={t("email")} name="email" type="email" autoComplete="username" required />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
