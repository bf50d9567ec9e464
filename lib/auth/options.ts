import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/http/client-address";
import { authenticate } from "./authenticate";
import { isSessionCurrent } from "./check-session";
import { safeCallbackPath } from "./safe-callback";
import { authSecret } from "./secret";
import { THROTTLED_ERROR, UNAVAILABLE_ERROR } from "./sign-in-errors";

// Thrown by the jwt callback for a session that is no longer current; next-auth then clears the
// cookie. Expected, so not logged as an error on every request a stale cookie makes.
const SESSION_ENDED = "Session is no longer current";

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        let result;
        try {
          result = await authenticate(credentials, { address: clientAddress(req?.headers ?? {}) });
        } catch (error) {
          // next-auth puts a thrown message into the error URL: a database error would show its
          // host and query there. Log it here, send only a code.
          console.error("Sign-in could not be checked:", error instanceof Error ? error.name : "unknown error");
          throw new Error(UNAVAILABLE_ERROR);
        }
        if (result.ok) return result.user;
        // next-auth passes a thrown message to the sign-in form as its error code.
        if (result.reason === "throttled") throw new Error(THROTTLED_ERROR);
        return null;
      },
    }),
  ],
  logger: {
    error(code, metadata) {
      const message = metadata instanceof Error ? metadata.message : (metadata as { message?: string })?.message;
      if (code === "JWT_SESSION_ERROR" && message === SESSION_ENDED) return;
      console.error(`[next-auth] ${code}`, message ?? "");
    },
  },
  callbacks: {
    // The token carries the user's id and the session version she signed in with. Every read of the
    // session (getServerSession, /api/auth/session) checks the version against the database, and a
    // session that is no longer current is ended: next-auth clears the cookie when this throws.
    // Role and name are re-read per request (lib/auth/current-user.ts).
    async jwt({ token, user }) {
      if (user) return { sub: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0 };
      let current: boolean;
      try {
        current = await isSessionCurrent(token.sub, token.sv);
      } catch {
        // The database did not answer (a restart, say): keep the cookie rather than sign everyone
        // out. Nothing is served without the database, and lib/auth/current-user.ts checks the
        // version again before any data is read.
        return { sub: token.sub, sv: token.sv };
      }
      if (!current) throw new Error(SESSION_ENDED);
      return { sub: token.sub, sv: token.sv };
    },
    session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub, sessionVersion: token.sv } }),
    // Where next-auth sends her after signing in or out: the same rule as the sign-in page.
    redirect: ({ url, baseUrl }) => new URL(safeCallbackPath(url, baseUrl, "/"), baseUrl).toString(),
  },
};
