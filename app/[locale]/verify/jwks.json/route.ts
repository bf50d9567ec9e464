import { connection } from "next/server";
import { publicIssuerKeys } from "@/lib/certificates/issuer-key";
import { db } from "@/lib/db/client";

/** The issuer's public keys as a JWK Set, at a stable address, for anyone checking a credential. */
export async function GET(): Promise<Response> {
  await connection();
  const keys = await publicIssuerKeys(await db());
  return Response.json({ keys }, { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
}
