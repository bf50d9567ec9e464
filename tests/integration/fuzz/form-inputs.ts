import fc from "fast-check";

// Form bodies as an attacker or a broken client might send them: the field names the app's forms
// use (so inputs reach past the first check) plus made-up ones, with values that have broken the
// app before (NUL bytes, impossible dates, Object's own property names, huge text) mixed with
// plausible ones taken from the fixture (real slugs and ids).

export const FIELD_NAMES = [
  "moduleSlug", "lessonSlug", "checkId", "promptId", "text", "cohortId", "moduleSlugs", "dueOn", "archived",
  "email", "name", "countryCode", "locale", "startsOn", "endsOn", "csv", "mode", "file", "displayName", "sector",
  "organisation", "preferredLanguage", "role", "userId", "token", "password", "confirmPassword", "currentPassword",
  "newPassword", "invitationId", "callbackUrl",
];

const NASTY = [
  "", " ", "\u0000", "a\u0000b", "constructor", "__proto__", "toString", "hasOwnProperty", "final", "0", "-1", "99",
  "1e309", "NaN", "2027-02-30", "0000-01-01", "9999-12-31", "2026-13-01", "2026-1-1", "x".repeat(5001), "x".repeat(70_000),
  "../../etc/passwd", "%ff", "'; DROP TABLE \"User\"; --", "=cmd|' /C calc'!A0", "x;=cmd|'/C calc'!A0", "\u202Eevil",
  "نور", "Зарина", "\uD800", "true", "false", "MEMBER", "ADMIN", "TJ", "ZZ", "en", "ar", "paste", "single",
  "email,displayName\nnew@example.org,New Person\n", "email\n\u0000@example.org\n", "\"unterminated", "a@b.c",
];

export function formBodies(plausible: string[]) {
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FIELD_NAMES) },
    { weight: 2, arbitrary: fc.constantFrom("answer.q1", "answer.constructor", "answer.", "$ACTION_ID_x") },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 4, arbitrary: fc.constantFrom(...plausible) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer().map(String) },
  );
  const file = fc.record({ name: fc.constantFrom("roster.csv", "x.exe", ""), content: fc.oneof(fc.constantFrom(...NASTY), value) });
  return fc.array(fc.oneof({ weight: 9, arbitrary: fc.tuple(name, value) }, { weight: 1, arbitrary: fc.tuple(fc.constant("file"), file) }), {
    maxLength: 10,
  });
}

export function toFormData(fields: [string, string | { name: string; content: string }][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, new File([value.content], value.name, { type: "text/csv" }));
  }
  return form;
}
