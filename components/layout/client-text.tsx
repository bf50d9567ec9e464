import { clientMessages } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/config";
import { AddClientText } from "./add-client-text";

/**
 * Gives the client components below it the catalog namespaces they use, on top of those given
 * above it (the root layout's few, a route group's). The locale is passed in, not read from the
 * request, so that pages built ahead of time (lessons, module pages) stay static.
 */
export async function ClientText({ locale, namespaces, children }: { locale: Locale; namespaces: readonly string[]; children: React.ReactNode }) {
  return <AddClientText messages={await clientMessages(locale, namespaces)}>{children}</AddClientText>;
}

type LayoutProps = { children: React.ReactNode; params: Promise<{ locale: string }> };

/** A route group's layout that only adds its catalog namespaces: `export default clientTextLayout([...])`. */
export function clientTextLayout(namespaces: readonly string[]) {
  return async function ClientTextLayout({ children, params }: LayoutProps) {
    const { locale } = await params;
    return (
      <ClientText locale={locale as Locale} namespaces={namespaces}>
        {children}
      </ClientText>
    );
  };
}
