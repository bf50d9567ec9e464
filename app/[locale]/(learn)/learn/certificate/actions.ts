"use server";

import { refresh } from "next/cache";
import { withRefusals } from "@/lib/action-refusal";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";

export type IssueCertificateState = { ok: true } | { ok: false; fieldErrors: Record<string, string>; message?: string } | null;

// The certificate records the interface language she issued it in.
export async function issueCertificateAction(_state: IssueCertificateState, formData: FormData): Promise<IssueCertificateState> {
  const locale = (await getLocale()) as Locale;
  const result = await withRefusals(() => issueCertificate({ nameShown: formData.get("nameShown") }, locale));
  if (!result.ok) return result;
  refresh();
  return { ok: true };
}
