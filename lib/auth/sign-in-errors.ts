// The error codes next-auth hands the sign-in form. Apart from lib/auth/schemas.ts so the form, a
// browser component, can read them without bringing zod (about 31 KB compressed) to the sign-in page.

/** The error code the sign-in form receives when sign-in is throttled (lib/auth/sign-in-limits.ts). */
export const THROTTLED_ERROR = "throttled";

/** The error code for "the server could not check": never the database's own message. */
export const UNAVAILABLE_ERROR = "unavailable";
