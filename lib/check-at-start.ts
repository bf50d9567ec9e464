import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { administratorNotice } from "@/lib/users/administrator-notice";

/**
 * Two checks an operator must see when the server starts rather than at the first visitor's
 * request: the session secret is configured (a production server on PostgreSQL without
 * NEXTAUTH_SECRET refuses to start), and an administrator exists (a fresh production install says
 * how to create one).
 */
export async function checkAtStart(): Promise<void> {
  if (env.NEXT_PHASE === "phase-production-build") return;
  try {
    authSecret();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  try {
    const notice = await administratorNotice();
    if (notice) console.log(`\n${notice}\n`);
  } catch (error) {
    // The database may not be reachable yet; pages say so on their own. Never its message here.
    console.error("Could not check for an administrator at start:", error instanceof Error ? error.name : "unknown error");
  }
}
