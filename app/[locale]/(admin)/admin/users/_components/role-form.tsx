"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useErrorText } from "@/components/ui/use-error-text";
import { changeRoleAction } from "../actions";

type Props = { userId: string; role: string; name: string; roles: { value: string; label: string }[] };

export function RoleForm({ userId, role, name, roles }: Props) {
  const t = useTranslations("users");
  const errorText = useErrorText();
  const [state, action, pending] = useActionState(changeRoleAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} aria-label={t("roleFor", { name })} className="rounded border border-slate-400 px-2 py-1">
        {roles.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-slate-400 px-2 py-1">
        {t("save")}
      </button>
      <span aria-live="polite" className="text-xs">
        {state?.ok && t("saved")}
        {state && !state.ok && <span className="text-red-700">{errorText(state.message)}</span>}
      </span>
    </form>
  );
}
