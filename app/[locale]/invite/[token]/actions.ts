"use server";

import { redirect } from "next/navigation";
import { withRefusals, type Refusal } from "@/lib/action-refusal";
import { acceptInvitation, type AcceptInvitationResult } from "@/lib/invitations/accept-invitation";
import { joinInvitedCohort, type JoinCohortResult } from "@/lib/invitations/join-cohort";

export type AcceptInvitationState = AcceptInvitationResult & { values: Record<string, string> };

/** Returns what she typed (never the passwords) so a rejected form is shown again filled in. */
export async function acceptInvitationAction(
  _previous: AcceptInvitationState | null,
  formData: FormData,
): Promise<AcceptInvitationState> {
  const result = await acceptInvitation(Object.fromEntries(formData));
  const keep = ["displayName", "countryCode", "sector", "organisation"] as const;
  const values = Object.fromEntries(keep.map((key) => [key, String(formData.get(key) ?? "")]));
  return { ...result, values };
}

export async function joinCohortAction(_previous: JoinCohortResult | Refusal | null, formData: FormData): Promise<JoinCohortResult | Refusal> {
  const result = await withRefusals(() => joinInvitedCohort(formData.get("token")));
  if (!result.ok) return result;
  redirect("/learn");
}
