"use server";

import { refresh } from "next/cache";
import { withRefusals } from "@/lib/action-refusal";
import { changeRole } from "@/lib/users/change-role";
import { setUserActive } from "@/lib/users/set-user-active";

type UsersFormState = { ok: boolean; message?: string } | null;

export async function changeRoleAction(_state: UsersFormState, formData: FormData): Promise<UsersFormState> {
  const result = await withRefusals(() => changeRole({ userId: formData.get("userId"), role: formData.get("role") }));
  if (result.ok) refresh();
  return result;
}

export async function setUserActiveAction(_state: UsersFormState, formData: FormData): Promise<UsersFormState> {
  const result = await withRefusals(() => setUserActive({ userId: formData.get("userId"), active: formData.get("active") }));
  if (result.ok) refresh();
  return result;
}
