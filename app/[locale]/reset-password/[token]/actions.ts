"use server";

import { resetPassword, type ResetPasswordResult } from "@/lib/account/reset-password";

export async function resetPasswordAction(_state: ResetPasswordResult | null, formData: FormData): Promise<ResetPasswordResult> {
  return resetPassword({
    token: formData.get("token"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
}
