import { vi } from "vitest";
import { actingAs } from "./session";

// server-only throws outside React's server environment; the lib code is tested directly here.
vi.mock("server-only", () => ({}));

// The session cookie is next-auth's business; tests say who is asking with actingAs().
vi.mock("@/lib/auth/session", () => ({
  getSessionClaims: async () => (actingAs.userId ? { userId: actingAs.userId, sessionVersion: actingAs.sessionVersion } : null),
}));

// React's cache() memoises per request; outside a request it must not carry a user across tests.
vi.mock("react", async (importOriginal) => ({ ...(await importOriginal<typeof import("react")>()), cache: <T>(fn: T) => fn }));
