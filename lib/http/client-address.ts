import { env } from "@/lib/env";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

const read = (headers: HeaderBag, name: string) => {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
};

/**
 * The client's address, for throttling only.
 *
 * Each reverse proxy appends the address it received the request from to X-Forwarded-For, so with
 * TRUST_PROXY=n proxies in front of us the client is the n-th entry from the end; entries before it
 * were written by the client and are ignored.
 *
 * With TRUST_PROXY=0 the app faces clients itself. Next.js gives the app no socket address: its
 * server writes the socket address into X-Forwarded-For only when the request has none, so a
 * client can name any address there. We still use the last entry (honest clients, the usual case,
 * get their real address), and the per-account limits do not depend on it: a forged address lets a
 * client dodge the per-address limit, never exceed the per-account ceiling. Deployments behind a
 * proxy should set TRUST_PROXY.
 */
export function clientAddress(headers: HeaderBag, trustProxy = env.TRUST_PROXY): string {
  const hops = read(headers, "x-forwarded-for")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (hops.length === 0) return "unknown";
  const index = Math.max(0, hops.length - Math.max(trustProxy, 1));
  return hops[index]!.slice(0, 64).toLowerCase();
}
