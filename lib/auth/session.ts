import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export type SessionClaims = { userId: string; sessionVersion: number };

/** Who the session cookie says is signed in, and at which session version. Tests replace this module. */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  const { id, sessionVersion } = session?.user ?? {};
  return id && typeof sessionVersion === "number" ? { userId: id, sessionVersion } : null;
}
