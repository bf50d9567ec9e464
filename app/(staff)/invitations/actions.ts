"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { createInvitation, type CreateInvitationResult } from "@/lib/invitations/create-invitation";

export type InvitationFormState = (CreateInvitationResult & { link?: string }) | null;

export async function createInvitationAction(_state: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  const origin = `${protocol}://${host}`;
  const result = await createInvitation({ email: formData.get("email"), role: formData.get("role") }, origin);
  if (!result.ok) return result;
  revalidatePath("/invitations");
  return { ...result, link: `${origin}${result.path}` };
}
