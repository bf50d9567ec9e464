import { importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from "jose";
import type { IssuerKey } from "./issuer-key";
import { COURSE_CRITERIA, COURSE_DESCRIPTION, COURSE_ID, COURSE_TITLE, ISSUER_NAME } from "./programme";

export type CredentialInput = {
  id: string;
  nameShown: string;
  contentVersion: string;
  locale: string;
  issuedAt: Date;
};

export const verifyUrl = (origin: string, id: string) => `${origin}/verify/${id}`;

/**
 * An Open Badges 3.0 OpenBadgeCredential (VC Data Model 2.0, OB context 3.0.3). The holder is
 * named by the name she chose to show, as an unhashed "name" identifier: no email or account id
 * leaves the platform.
 */
export function buildCredential(input: CredentialInput, origin: string) {
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    id: verifyUrl(origin, input.id),
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: COURSE_TITLE,
    issuer: { id: `${origin}/about`, type: ["Profile"], name: ISSUER_NAME, url: `${origin}/about` },
    validFrom: input.issuedAt.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [{ type: "IdentityObject", identityType: "name", hashed: false, identityHash: input.nameShown }],
      achievement: {
        id: `${origin}/about#${COURSE_ID}`,
        type: ["Achievement"],
        achievementType: "Course",
        name: COURSE_TITLE,
        description: COURSE_DESCRIPTION,
        criteria: { narrative: COURSE_CRITERIA },
        version: input.contentVersion,
        inLanguage: input.locale,
      },
    },
  };
}

/** The credential as a VC-JWT: the registered claims mirror the credential, as OB 3.0 requires. */
export async function signCredential(input: CredentialInput, origin: string, key: IssuerKey): Promise<string> {
  const credential = buildCredential(input, origin);
  return new SignJWT(credential as unknown as JWTPayload)
    .setProtectedHeader({ alg: "EdDSA", typ: "JWT", kid: key.kid })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setNotBefore(Math.floor(input.issuedAt.getTime() / 1000))
    .setIssuedAt(Math.floor(input.issuedAt.getTime() / 1000))
    .sign(key.privateKey);
}

/** Checks the signature against a published key; throws when the token was altered or signed by another key. */
export async function verifyCredential(jwt: string, publicJwk: JWK) {
  const { payload, protectedHeader } = await jwtVerify(jwt, await importJWK(publicJwk, "EdDSA"), { algorithms: ["EdDSA"] });
  return { payload: payload as JWTPayload & ReturnType<typeof buildCredential>, kid: protectedHeader.kid };
}
