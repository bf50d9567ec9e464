import { getCurrentUser } from "@/lib/auth/current-user";
import { navKeysFor } from "@/lib/auth/nav-links";

// The header's one personal fact, fetched by every page (pages themselves are the same for
// everyone): whether she is signed in and which links her role opens. No name, no email.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  return Response.json(user ? { signedIn: true, links: navKeysFor(user.role) } : { signedIn: false, links: [] }, {
    headers: { "cache-control": "private, no-store" },
  });
}
