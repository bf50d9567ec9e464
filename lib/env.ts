import { z } from "zod";

// The only place that reads process.env. Empty strings count as unset, so `DATABASE_URL= npm test`
// means "embedded database", as a newcomer would expect.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXT_PHASE: optional(z.string()),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  ),
  // Folder of the embedded PGlite database, or "memory://" for a throw-away one (tests).
  DATABASE_DIR: z.string().default("data/pglite"),
  NEXTAUTH_SECRET: optional(z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters")),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")),
  MAIL_FROM: z.string().default("Responsible AI course <no-reply@localhost>"),
  OUTBOX_DIR: z.string().default("data/outbox"),
  // pino's levels; unset means "info", or "silent" under tests.
  LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
  // Set by Next in its server processes: a database that cannot open there stops the process.
  NEXT_RUNTIME: optional(z.string()),
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
