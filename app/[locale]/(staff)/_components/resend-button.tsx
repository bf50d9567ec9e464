"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useErrorText } from "@/components/ui/use-error-text";
import { resendInvitationAction } from "../invitations/actions";

/** New token, old link void, new mail; without a mail server the new link is shown here once. */
export function ResendButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("invitations");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(resendInvitationAction, null);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" disabled={pending} aria-busy={pending} aria-label={t("resendTo", { email })} className="text-sm underline disabled:opacity-60">
        {pending ? t("resending") : t("resend")}
      </button>
      <div aria-live="polite" className="text-sm">
        {state && !state.ok && <p className="text-red-700">{errorText(state.message)}</p>}
        {state?.ok && <p>{t("resent")}</p>}
        {state?.ok && state.link && (
          <input
            readOnly
            value={state.link}
            aria-label={t("newLink", { email })}
            data-testid="resent-link"
            onFocus={(event) => event.currentTarget.select()}
            className="block w-full min-w-64 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
          />
        )}
      </div>
    </form>
  );
}
