import { randomBytes } from "node:crypto";
import { z } from "zod";

// A certificate's id is public: it is printed, put in the QR code and in the verify link. It must
// not be guessable (a cuid is partly a timestamp and a counter), so it is 18 random bytes (144
// bits) from the operating system's generator, base64url-encoded: 24 URL-safe characters.
const ID_BYTES = 18;

export const newCertificateId = (): string => randomBytes(ID_BYTES).toString("base64url");

/** What a certificate id looks like; anything else is not looked up at all. */
export const certificateIdSchema = z.string().regex(/^[A-Za-z0-9_-]{24}$/);
