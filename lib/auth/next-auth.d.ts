import "next-auth";
import "next-auth/jwt";

// The session carries only the user's id and session version; everything else is read from the
// database per request.
declare module "next-auth" {
  interface Session {
    user: { id?: string; sessionVersion?: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's sessionVersion when she signed in (lib/auth/check-session.ts). */
    sv?: number;
  }
}
