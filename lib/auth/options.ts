import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { THROTTLED_ERROR } from "./schemas";
import { authSecret } from "./secret";

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const result = await authenticate(credentials);
        if (result.ok) return result.user;
        // next-auth passes a thrown message to the sign-in form as its error code.
        if (result.reason === "throttled") throw new Error(THROTTLED_ERROR);
        return null;
      },
    }),
  ],
  callbacks: {
    // The token carries only the user's id: role and name are re-read from the database on every
    // request (lib/auth/current-user.ts), so a role change or deactivation takes effect at once.
    jwt: ({ token, user }) => (user ? { sub: user.id } : { sub: token.sub }),
    session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub } }),
  },
};
