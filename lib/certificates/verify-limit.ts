import { hitLimits } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";

// The verify page is public: a client may check a few certificates, but not walk through ids
// (144 random bits make guessing hopeless anyway; this keeps scrapers from loading the database).
export const VERIFY_LIMIT = { max: 60, windowMs: 10 * 60_000 };

export async function allowVerification(address: string, now = new Date()): Promise<boolean> {
  return hitLimits(await db(), [{ key: `verify:${address}`, max: VERIFY_LIMIT.max }], VERIFY_LIMIT.windowMs, now);
}
