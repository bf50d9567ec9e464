import { headers } from "next/headers";

/** The address the member used to reach us, for links we hand out (invitations). */
export async function requestOrigin(): Promise<string> {
  const requestHeaders = await headers();
  const protocol = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${protocol}://${requestHeaders.get("host") ?? "localhost:3000"}`;
}
