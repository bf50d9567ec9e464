import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { authSecret } from "@/lib/auth/secret";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export type IssuerKey = { kid: string; publicJwk: JWK; privateKey: CryptoKey };

// The private key is kept encrypted (AES-256-GCM) under a key derived from NEXTAUTH_SECRET, which
// every server already shares and which never sits in the database: a stolen backup or a read-only
// SQL injection then yields no way to forge certificates. The cost: changing NEXTAUTH_SECRET makes
// the stored key unreadable, and issuing stops with a clear message (see README) until the old
// secret is restored; credentials already issued still verify, since their public key is stored in
// clear.
const FORMAT = "v1";

function wrappingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "certificate-issuer-key", FORMAT, 32));
}

export function encryptPrivateJwk(jwk: JWK, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", wrappingKey(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(jwk), "utf8"), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), body].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function decryptPrivateJwk(sealed: string, secret: string): JWK {
  const [format, iv, tag, body] = sealed.split(".");
  if (format !== FORMAT || !iv || !tag || !body) throw new Error("The stored certificate signing key has an unknown format.");
  try {
    const decipher = createDecipheriv("aes-256-gcm", wrappingKey(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return JSON.parse(Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8")) as JWK;
  } catch {
    throw new Error(
      "The certificate signing key cannot be decrypted: NEXTAUTH_SECRET differs from the one it was stored under. Restore the previous NEXTAUTH_SECRET to issue certificates again.",
    );
  }
}

// Any number advisory-locks the creation, so two servers starting together make one key, not two.
const CREATE_LOCK = 72707370;

async function createOrRead(prisma: PrismaClient, secret: string) {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CREATE_LOCK})`;
    const existing = await tx.issuerKey.findFirst({ orderBy: { createdAt: "asc" } });
    if (existing) return existing;
    const { publicKey, privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    return tx.issuerKey.create({
      data: { kid, publicJwk: { ...publicJwk, kid, alg: "EdDSA", use: "sig" }, encryptedPrivateJwk: encryptPrivateJwk(await exportJWK(privateKey), secret) },
    });
  });
}

let cached: Promise<IssuerKey> | undefined;

/** The deployment's signing key: made on first use, then read from the database and kept in memory. */
export function getIssuerKey(prisma: PrismaClient, secret = authSecret()): Promise<IssuerKey> {
  cached ??= (async () => {
    const row = (await prisma.issuerKey.findFirst({ orderBy: { createdAt: "asc" } })) ?? (await createOrRead(prisma, secret));
    const privateJwk = decryptPrivateJwk(row.encryptedPrivateJwk, secret);
    return { kid: row.kid, publicJwk: row.publicJwk as JWK, privateKey: (await importJWK(privateJwk, "EdDSA")) as CryptoKey };
  })().catch((error) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** The public keys, for anyone checking a credential: never the private part. */
export async function publicIssuerKeys(prisma: Db): Promise<JWK[]> {
  const rows = await prisma.issuerKey.findMany({ orderBy: { createdAt: "asc" }, select: { publicJwk: true } });
  return rows.map((row) => row.publicJwk as JWK);
}
