import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, type Env } from "@/lib/env";

type SecretConfig = Pick<Env, "NEXTAUTH_SECRET" | "NODE_ENV" | "DATABASE_URL" | "NEXT_PHASE">;

const defaultFile = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), "data", "auth-secret");

/**
 * next-auth signs sessions with this secret. A production server on PostgreSQL must set
 * NEXTAUTH_SECRET: there may be several servers, and a secret each invents for itself would sign
 * sessions the others reject. A single-machine install on the embedded database may leave it unset:
 * it gets a random secret kept beside its database, so sessions survive a restart and no shared
 * default secret ever exists. `next build` signs nothing and must not leave a file behind, so it
 * gets a throw-away value.
 */
export function authSecret(config: SecretConfig = env, file = defaultFile()): string {
  if (config.NEXTAUTH_SECRET) return config.NEXTAUTH_SECRET;
  if (config.NEXT_PHASE === "phase-production-build") return randomBytes(32).toString("base64url");
  if (config.NODE_ENV === "production" && config.DATABASE_URL) {
    throw new Error(
      "NEXTAUTH_SECRET is required in production with DATABASE_URL: set it to the same random value (32 characters or more) on every server, e.g. `openssl rand -base64 32`.",
    );
  }
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim(); // another worker wrote it first
    }
  }
}
