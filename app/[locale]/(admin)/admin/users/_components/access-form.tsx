"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useErrorText } from "@/components/ui/use-error-text";
import { setUserActiveAction } from "../actions";

type Props = { userId: string; name: string; active: boolean };

export function AccessForm({ userId, name, active }: Props) {
  const t = useTranslations("users");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(setUserActiveAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={active ? t("deactivateFor", { name }) : t("reactivateFor", { name })}
        className="rounded border border-slate-400 px-2 py-1"
      >
        {active ? t("deactivate") : t("reactivate")}
      </button>
      <span aria-live="polite" className="text-xs">
        {state && !state.ok && <span className="text-red-700">{errorText(state.message)}</span>}
      </span>
    </form>
  );
}
