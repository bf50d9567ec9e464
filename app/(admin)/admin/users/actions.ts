"use server";

import { revalidatePath } from "next/cache";
import { changeRole, type ChangeRoleResult } from "@/lib/users/change-role";

export async function changeRoleAction(_state: ChangeRoleResult | null, formData: FormData): Promise<ChangeRoleResult> {
  const result = await changeRole({ userId: formData.get("userId"), role: formData.get("role") });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
