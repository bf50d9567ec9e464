"use server";

import { headers } from "next/headers";
import { requestPasswordReset, type RequestPasswordResetResult } from "@/lib/account/request-password-reset";
import { clientAddress } from "@/lib/http/client-address";
import { requestOrigin } from "@/lib/http/request-origin";

export async function requestPasswordResetAction(
  _state: RequestPasswordResetResult | null,
  formData: FormData,
): Promise<RequestPasswordResetResult> {
  return requestPasswordReset(
    { email: formData.get("email") },
    { origin: await requestOrigin(), address: clientAddress(await headers()) },
  );
}
