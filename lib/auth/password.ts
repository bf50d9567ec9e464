import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import pLimit from "p-limit";

// scrypt from node:crypto: no native add-on to build, parameters stored with each hash so they can
// be raised later without breaking old hashes. N=2^17, r=8, p=1 is OWASP's current recommendation
// (Password Storage Cheat Sheet); hashes made with older parameters are replaced at the next
// successful sign-in (lib/auth/authenticate.ts).
const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
// scrypt needs 128·N·r bytes (128 MiB here); Node refuses above 32 MiB unless maxmem allows it.
// Stored hashes with a larger N than ours are refused rather than allowed to exhaust memory.
const MAX_MEMORY = 2 * 128 * PARAMS.N * PARAMS.r;

// scrypt runs on libuv's thread pool (4 threads), the pool every other request also needs: the
// session cookie's key derivation, file reads. With 200 members signing in at once, each of those
// waited behind about fifty scrypt jobs and lesson pages took 10 s (bench:load). Two at a time
// leaves the other threads free and bounds memory at 2 × 128 MiB; further sign-ins wait their turn.
const twoAtATime = pLimit(2);

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return twoAtATime(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) }).catch(
    () => null,
  );
  return actual !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True for a hash made with other parameters than today's: sign-in then stores a new one. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split("$");
  return scheme !== "scrypt" || Number(n) !== PARAMS.N || Number(r) !== PARAMS.r || Number(p) !== PARAMS.p;
}

// Compared against when the email is unknown, so a failed sign-in takes as long either way and the
// response time does not reveal which emails have accounts. Same parameters as new hashes.
export const UNKNOWN_USER_HASH = `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;
