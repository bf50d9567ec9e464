import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answersSchema } from "@/lib/progress/schemas";

// Every zod schema that reads input from outside (lib/**/schemas.ts, lib/validation.ts and the
// schemas beside them), found by file so a new one is covered without being listed. Whatever
// arrives, parsing answers with success or issues: it never throws, and what it accepts is free of
// the characters PostgreSQL refuses.

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

const files = import.meta.glob<Record<string, unknown>>(
  ["../../../lib/**/schemas.ts", "../../../lib/validation.ts", "../../../lib/users/change-role.ts"],
  { eager: true },
);
const sampleCheck = {
  title: "Sample",
  questions: [
    { id: "q1", prompt: "?", options: [{ id: "a", text: "a", feedback: "f", correct: true as const }, { id: "b", text: "b", feedback: "f" }, { id: "c", text: "c", feedback: "f" }] },
  ],
};
const schemas = Object.entries(files).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ label: `${file.replace("../../../", "")} ${name}`, schema })),
);
schemas.push({ label: "lib/progress/schemas.ts answersSchema(check)", schema: answersSchema(sampleCheck) });

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom("", "\u0000", "2027-02-30", "0000-01-01", "constructor", "__proto__", "x".repeat(10_000), "a@b.c"),
);
const input = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
  text,
  fc.dictionary(fc.oneof(fc.constantFrom("email", "name", "cohortId", "dueOn", "q1", "text", "__proto__"), fc.string()), fc.oneof(text, fc.integer(), fc.constant(null))),
);

// Zod's own refusals are the expected answer; what is accepted is checked for NUL bytes, except in
// passwords, which are only ever hashed and may contain anything.
const hasNul = (value: unknown): boolean =>
  typeof value === "string"
    ? value.includes("\u0000")
    : value !== null && typeof value === "object"
      ? Object.entries(value).some(([key, inner]) => !/password/i.test(key) && hasNul(inner))
      : false;

describe("every input schema under generated input", () => {
  it("finds the schemas", () => expect(schemas.length).toBeGreaterThanOrEqual(15));

  for (const { label, schema } of schemas) {
    it(`${label}: ${RUNS} inputs, never throws, never accepts a NUL byte`, () => {
      fc.assert(
        fc.property(input, (value) => {
          const parsed = schema.safeParse(value);
          if (parsed.success && !/password/i.test(label)) expect(hasNul(parsed.data)).toBe(false);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});
