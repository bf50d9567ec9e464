import "server-only";
import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "./config";

/**
 * Messages sent to the browser are a page's weight: the whole catalog is about 39 KB in every
 * page. The root layout sends the few namespaces every page's scripts may need (the header, error
 * and validation texts); a part of the site with its own client components adds its namespaces
 * through <ClientText> (components/layout/client-text.tsx).
 */
export const BASE_CLIENT_NAMESPACES = ["layout", "errors", "validation"] as const;

export async function clientMessages(locale: Locale, namespaces: readonly string[] = []): Promise<AbstractIntlMessages> {
  const all: AbstractIntlMessages = (await import(`./messages/${locale}.json`)).default;
  const wanted = new Set<string>([...BASE_CLIENT_NAMESPACES, ...namespaces]);
  return Object.fromEntries(Object.entries(all).filter(([namespace]) => wanted.has(namespace)));
}
