"use server";

import { refresh } from "next/cache";
import { withRefusals, type Refusal } from "@/lib/action-refusal";
import { createInvitation, type CreateInvitationResult } from "@/lib/invitations/create-invitation";
import { resendInvitation, type ResendInvitationResult } from "@/lib/invitations/resend-invitation";

export type InvitationFormState = CreateInvitationResult | Refusal | null;

export async function createInvitationAction(_state: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  const result = await withRefusals(() => createInvitation({ email: formData.get("email"), role: formData.get("role") }));
  if (result.ok) refresh();
  return result;
}

export type ResendState = ResendInvitationResult | Refusal | null;

/** Used from the invitations page and from a cohort's page: the page it was used from shows the new state. */
export async function resendInvitationAction(_state: ResendState, formData: FormData): Promise<ResendState> {
  const result = await withRefusals(() => resendInvitation(formData.get("invitationId")));
  if (result.ok) {
    refresh();
  }
  return result;
}
