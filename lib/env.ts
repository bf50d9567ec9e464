import { z } from "zod";

// The only place that reads process.env. Empty strings count as unset, so `DATABASE_URL= npm test`
// means "embedded database", as a newcomer would expect.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXT_PHASE: optional(z.string()),
  // Set to "nodejs" by the `next` command: tells the server process from scripts and tests.
  NEXT_RUNTIME: optional(z.string()),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  ),
  // Folder of the embedded PGlite database, or "memory://" for a throw-away one (tests).
  DATABASE_DIR: z.string().default("data/pglite"),
  NEXTAUTH_SECRET: optional(z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters")),
  // The address people use to reach the app: links in mail are built from it, never from a
  // request's Host header (which a client chooses). PUBLIC_URL wins over NEXTAUTH_URL.
  PUBLIC_URL: optional(z.url({ protocol: /^https?$/, message: "PUBLIC_URL must be an http(s):// URL" })),
  NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, message: "NEXTAUTH_URL must be an http(s):// URL" })),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")),
  MAIL_FROM: z.string().default("Responsible AI course <no-reply@localhost>"),
  // Without SMTP_URL, mail is written here as text files. Outside production that is the default
  // (data/outbox); in production only when set explicitly (the demo does), because the files
  // hold one-time links.
  OUTBOX_DIR: optional(z.string()),
  // How many reverse proxies in front of the app append to X-Forwarded-For. 0: none, the app faces
  // clients itself (lib/http/client-address.ts says what that means for sign-in throttling).
  TRUST_PROXY: z.preprocess(
    (value) => (value === "" || value === undefined ? 0 : value === "true" ? 1 : value === "false" ? 0 : Number(value)),
    z.number({ message: "TRUST_PROXY must be a number of proxies (0, 1, 2...)" }).int().min(0).max(10),
  ),
  // How long a member waits after three failed final-check attempts in a row (issue 8).
  FINAL_CHECK_COOLDOWN_HOURS: z.preprocess(
    (value) => (value === "" || value === undefined ? 24 : Number(value)),
    z.number({ message: "FINAL_CHECK_COOLDOWN_HOURS must be a number of hours" }).min(0).max(24 * 30),
  ),
  // For `npm run admin:create` only: the new administrator's password, so it never appears in a
  // command line (the script asks on the terminal when this is unset).
  ADMIN_PASSWORD: optional(z.string()),
  // Days a trainer has to mark a submitted capstone memo; the review queue flags it overdue after.
  MEMO_REVIEW_DAYS: z.coerce.number({ message: "MEMO_REVIEW_DAYS must be a number of days" }).int().min(1).max(90).default(7),
  // pino's levels; unset means "info", or "silent" under tests.
  LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv();
