"use server";

import { revalidatePath } from "next/cache";
import { withRefusals } from "@/lib/action-refusal";
import { changeRole, type ChangeRoleResult } from "@/lib/users/change-role";

export async function changeRoleAction(_state: ChangeRoleResult | null, formData: FormData): Promise<ChangeRoleResult> {
  const result = await withRefusals(() => changeRole({ userId: formData.get("userId"), role: formData.get("role") }));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
