import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

/** For route handlers: the expected refusals become their status with a plain message; anything else is rethrown. */
export function refusalResponse(error: unknown): Response {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError || error instanceof NotFoundError) {
    return new Response(error.message, { status: error.status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  throw error;
}
