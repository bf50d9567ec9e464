"use server";

import { redirect } from "next/navigation";
import { withRefusals } from "@/lib/action-refusal";
import { changePassword } from "@/lib/account/change-password";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";

export type ChangePasswordState = { ok: false; fieldErrors: Record<string, string>; message: string } | null;

/** On success every session of hers has ended, this one too: she signs in again. */
export async function changePasswordAction(_state: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const result = await withRefusals(() =>
    changePassword({
      currentPassword: formData.get("currentPassword"),
      newPassword: formData.get("newPassword"),
      confirmPassword: formData.get("confirmPassword"),
    }),
  );
  if (!result.ok) return result;
  redirect("/signin");
}

export async function signOutEverywhereAction(): Promise<void> {
  await withRefusals(() => signOutEverywhere());
  redirect("/signin");
}
