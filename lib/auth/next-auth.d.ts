import "next-auth";

// The session carries only the user's id; everything else is read from the database per request.
declare module "next-auth" {
  interface Session {
    user: { id?: string };
  }
}
