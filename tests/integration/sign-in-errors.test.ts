import { describe, expect, it, vi } from "vitest";
import { requirePermission } from "@/lib/auth/current-user";
import { authOptions } from "@/lib/auth/options";
import { UNAVAILABLE_ERROR } from "@/lib/auth/sign-in-errors";
import { signInAs } from "../setup/session";

// The database is down, and its driver's message names the host, as Prisma's do.
vi.mock("@/lib/db/client", () => ({
  db: async () => {
    throw new Error("Can't reach database server at `db.internal.example:5432` (PrismaClientInitializationError)");
  },
}));

describe("sign-in when the database is down", () => {
  it("gives next-auth a generic code, never the database's message", async () => {
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } };
    const silence = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const attempt = provider.options.authorize(
      { email: "someone@example.org", password: "a password" },
      { headers: { "x-forwarded-for": "203.0.113.9" } },
    );
    await expect(attempt).rejects.toThrow(new Error(UNAVAILABLE_ERROR));
    expect(JSON.stringify(silence.mock.calls)).not.toContain("db.internal.example");
    silence.mockRestore();
  });

  it("keeps the session cookie through an outage, but serves her nothing without the database", async () => {
    const jwt = authOptions.callbacks!.jwt!;
    // A database restart must not sign every member out...
    await expect(jwt({ token: { sub: "someone", sv: 0 } } as never)).resolves.toEqual({ sub: "someone", sv: 0 });
    // ...and no data is read on the strength of the cookie alone: the user is looked up again.
    signInAs("someone");
    await expect(requirePermission("learning:study")).rejects.toThrow(/Can't reach database server/);
    signInAs(null);
  });
});
