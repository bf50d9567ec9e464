import { calculateJwkThumbprint, decodeJwt, exportJWK, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { signCredential, verifyCredential } from "@/lib/certificates/credential";
import { decryptPrivateJwk, encryptPrivateJwk, type IssuerKey } from "@/lib/certificates/issuer-key";

async function key(): Promise<IssuerKey> {
  const pair = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const publicJwk = await exportJWK(pair.publicKey);
  return { kid: await calculateJwkThumbprint(publicJwk), publicJwk, privateKey: pair.privateKey };
}

const input = { id: "AbCdEfGhIjKlMnOpQrStUvWx", nameShown: "Zarghuna خان", contentVersion: "0123456789abcdef", locale: "ar", issuedAt: new Date("2026-12-02T10:00:00Z") };
const origin = "https://course.example.org";

describe("Open Badges credentials", () => {
  it("are OpenBadgeCredentials signed with EdDSA that verify against the published key", async () => {
    const issuer = await key();
    const jwt = await signCredential(input, origin, issuer);
    const { payload, kid } = await verifyCredential(jwt, issuer.publicJwk);
    expect(kid).toBe(issuer.kid);
    expect(payload.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(payload.id).toBe(`${origin}/verify/${input.id}`);
    expect(payload.jti).toBe(payload.id);
    expect(payload.iss).toBe(payload.issuer.id);
    expect(payload.nbf).toBe(Date.parse(payload.validFrom) / 1000);
    expect(payload.credentialSubject.identifier[0]!.identityHash).toBe("Zarghuna خان");
    expect(payload.credentialSubject.achievement.version).toBe(input.contentVersion);
    expect(JSON.stringify(payload)).not.toMatch(/[\w.-]+@[\w-]+\.\w|email/i);
  });

  it("fail when the payload is altered or another key signed them", async () => {
    const issuer = await key();
    const jwt = await signCredential(input, origin, issuer);
    const [header, , signature] = jwt.split(".");
    const forged = { ...decodeJwt(jwt), name: "Another course" };
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`;
    await expect(verifyCredential(tampered, issuer.publicJwk)).rejects.toThrow(/signature/i);
    await expect(verifyCredential(jwt, (await key()).publicJwk)).rejects.toThrow(/signature/i);
  });

  it("keep the private key readable only with the secret it was sealed under", async () => {
    const jwk = await exportJWK((await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true })).privateKey);
    const sealed = encryptPrivateJwk(jwk, "a".repeat(32));
    expect(sealed).not.toContain(jwk.d!);
    expect(decryptPrivateJwk(sealed, "a".repeat(32))).toEqual(jwk);
    expect(() => decryptPrivateJwk(sealed, "b".repeat(32))).toThrow(/NEXTAUTH_SECRET/);
  });
});
