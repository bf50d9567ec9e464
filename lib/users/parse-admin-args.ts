export type AdminArgs = { ok: true; email: string; displayName: string } | { ok: false; message: string };

const USAGE = "Usage: npm run admin:create -- --email you@example.org [--name 'Your name']";

/**
 * The admin:create command line. A password is never accepted here: arguments end up in shell
 * history and in every user's `ps` listing, so it comes from the terminal or ADMIN_PASSWORD.
 */
export function parseAdminArgs(argv: string[]): AdminArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2);
    if (flag === "--password" || flag === "-p") {
      return { ok: false, message: "Do not put the password on the command line. Type it when asked, or set ADMIN_PASSWORD." };
    }
    if (flag !== "--email" && flag !== "--name") return { ok: false, message: `Unknown option ${flag}.\n${USAGE}` };
    const value = inline ?? argv[(i += 1)];
    if (value === undefined) return { ok: false, message: `${flag} needs a value.\n${USAGE}` };
    values[flag.slice(2)] = value;
  }
  if (!values.email) return { ok: false, message: USAGE };
  return { ok: true, email: values.email, displayName: values.name ?? "Administrator" };
}
