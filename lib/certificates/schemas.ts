import { z } from "zod";
import { lineText } from "@/lib/validation";
import { certificateIdSchema } from "./certificate-id";

// The name printed on her certificate: her display name by default, a pseudonym if she prefers.
export const issueCertificateSchema = z.object({
  nameShown: lineText(1, 80, "nameShownInvalid"),
});

export const revokeCertificateSchema = z.object({
  certificateId: certificateIdSchema,
  reason: lineText(5, 500, "revokeReasonRequired"),
});
