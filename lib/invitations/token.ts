import { createHash, randomBytes } from "node:crypto";

export const INVITATION_DAYS = 14;

/** 32 random bytes as base64url: 43 characters, unguessable. */
export const newToken = () => randomBytes(32).toString("base64url");

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
