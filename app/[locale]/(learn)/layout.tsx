import { ClientText } from "@/components/layout/client-text";
import { OfflineQueuePanel } from "@/components/offline/offline-queue-panel";
import type { Locale } from "@/lib/i18n/config";

// What lessons, module pages and checks use (their MDX may hold any of the course's components).
// The certificate, course test and memo pages add their own (their layout.tsx): every lesson and
// every move between lessons carries what is listed here.
const NAMESPACES = ["lesson", "module", "check", "scenario", "risk", "reflection", "offline"];

/** Her learning pages: with what she did offline, and its fate, above each one. */
export default async function LearnLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return (
    <ClientText locale={locale as Locale} namespaces={NAMESPACES}>
      <OfflineQueuePanel />
      {children}
    </ClientText>
  );
}
