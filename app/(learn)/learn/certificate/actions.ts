"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { withRefusals } from "@/lib/action-refusal";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { isLocale } from "@/lib/i18n/config";

export type IssueCertificateState = { ok: true } | { ok: false; fieldErrors: Record<string, string>; message?: string } | null;

export async function issueCertificateAction(_state: IssueCertificateState, formData: FormData): Promise<IssueCertificateState> {
  const locale = await getLocale();
  const result = await withRefusals(() => issueCertificate({ nameShown: formData.get("nameShown") }, isLocale(locale) ? locale : "en"));
  if (!result.ok) return result;
  revalidatePath("/learn/certificate");
  return { ok: true };
}
