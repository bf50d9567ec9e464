"use server";

import { headers } from "next/headers";
import { requestPasswordReset, type RequestPasswordResetResult } from "@/lib/account/request-password-reset";
import { clientAddress } from "@/lib/http/client-address";
import { publicOrigin } from "@/lib/http/public-origin";

export async function requestPasswordResetAction(
  _state: RequestPasswordResetResult | null,
  formData: FormData,
): Promise<RequestPasswordResetResult> {
  return requestPasswordReset(
    { email: formData.get("email") },
    { origin: publicOrigin(), address: clientAddress(await headers()) },
  );
}
