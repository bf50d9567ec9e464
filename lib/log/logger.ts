import pino from "pino";
import { env } from "@/lib/env";
import { REDACTED_FIELDS } from "./redact";

// One JSON line per event on stdout, for the platform's log collector. Fields named in
// REDACTED_FIELDS are replaced wherever they appear, as a net under the rule of not logging them.
export const log = pino({
  level: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "course" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: REDACTED_FIELDS, censor: "[redacted]" },
  formatters: { level: (label) => ({ level: label }) },
});
