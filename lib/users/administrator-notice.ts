import { db } from "@/lib/db/client";

export const NO_ADMINISTRATOR_NOTICE = [
  "No administrator account exists yet. Create one with:",
  "",
  "  npm run admin:create -- --email you@example.org --name 'Your name'",
  "",
  "It asks for the password on the terminal without showing it (or reads ADMIN_PASSWORD).",
  "On the embedded database, stop this server first: only one process may open it.",
].join("\n");

/**
 * Public, for the server's start (instrumentation.ts): the notice to print when no active
 * administrator exists, so a fresh production install says how to get in; null otherwise.
 */
export async function administratorNotice(): Promise<string | null> {
  const admins = await (await db()).user.count({ where: { role: "ADMIN", deactivatedAt: null } });
  return admins === 0 ? NO_ADMINISTRATOR_NOTICE : null;
}
