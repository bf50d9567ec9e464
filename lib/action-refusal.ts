import { redirect } from "next/navigation";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

/** What a form shows when the server refuses: its message key, in the forms' result shape. */
export type Refusal = { ok: false; fieldErrors: Record<string, string>; message: "forbidden" | "notFound" };

/**
 * Runs a server action's work and turns the expected refusals into answers instead of a 500:
 * signed out goes to sign-in, forbidden and not found come back as a form-level message. Anything
 * else is a bug and still throws, to error.tsx.
 */
export async function withRefusals<T>(work: () => Promise<T>): Promise<T | Refusal> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect("/signin");
    if (error instanceof ForbiddenError) return { ok: false, fieldErrors: {}, message: "forbidden" };
    if (error instanceof NotFoundError) return { ok: false, fieldErrors: {}, message: "notFound" };
    // Logged once, with the request's id, by onRequestError in instrumentation.ts.
    throw error;
  }
}
