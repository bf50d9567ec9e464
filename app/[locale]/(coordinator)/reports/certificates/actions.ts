"use server";

import { refresh } from "next/cache";
import { withRefusals } from "@/lib/action-refusal";
import { revokeCertificate } from "@/lib/certificates/revoke-certificate";

export type RevokeState = { ok: true } | { ok: false; fieldErrors: Record<string, string>; message?: string } | null;

export async function revokeCertificateAction(_state: RevokeState, formData: FormData): Promise<RevokeState> {
  const result = await withRefusals(() => revokeCertificate({ certificateId: formData.get("certificateId"), reason: formData.get("reason") }));
  if (!result.ok) return result;
  refresh();
  return { ok: true };
}
