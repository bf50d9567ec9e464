"use server";

import { revalidatePath } from "next/cache";
import { withRefusals } from "@/lib/action-refusal";
import { requestOrigin } from "@/lib/http/request-origin";
import { createInvitation, type CreateInvitationResult } from "@/lib/invitations/create-invitation";

export type InvitationFormState = (CreateInvitationResult & { link?: string }) | null;

export async function createInvitationAction(_state: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  const origin = await requestOrigin();
  const result = await withRefusals(() => createInvitation({ email: formData.get("email"), role: formData.get("role") }, origin));
  if (!result.ok) return result;
  revalidatePath("/invitations");
  return { ...result, link: `${origin}${result.path}` };
}
