import "server-only";
import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "./config";

/**
 * Messages sent to the browser are a page's weight: the whole catalog is about 39 KB in every
 * page. The root layout sends the few namespaces every page's scripts may need (the header, error
 * and validation texts); a part of the site with its own client components adds its namespaces
 * through <ClientText> (components/layout/client-text.tsx), which sends only what it adds.
 */
export const BASE_CLIENT_NAMESPACES = ["layout", "errors", "validation"] as const;

/** The namespaces asked for, from a language's catalog. */
export async function clientMessages(locale: Locale, namespaces: readonly string[]): Promise<AbstractIntlMessages> {
  const all: AbstractIntlMessages = (await import(`./messages/${locale}.json`)).default;
  const wanted = new Set(namespaces);
  return Object.fromEntries(Object.entries(all).filter(([namespace]) => wanted.has(namespace)));
}
