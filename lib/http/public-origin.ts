import { env } from "@/lib/env";

const DEVELOPMENT_ORIGIN = "http://localhost:3000";

/**
 * The origin links in mail point to: PUBLIC_URL, else NEXTAUTH_URL. Never the request's Host
 * header, which whoever sends the request chooses (a forged one would put a stranger's address in
 * an invitation). Outside production it falls back to the address `next dev` serves on.
 */
export function publicOrigin(): string {
  const configured = env.PUBLIC_URL ?? env.NEXTAUTH_URL;
  // A trailing slash is dropped so "/invite/..." can be appended; a path (a sub-folder) is kept.
  if (configured) return configured.replace(/\/+$/, "");
  if (env.NODE_ENV !== "production") return DEVELOPMENT_ORIGIN;
  throw new Error("Set PUBLIC_URL (or NEXTAUTH_URL) to the address people use to reach the app: invitation links are built from it.");
}
