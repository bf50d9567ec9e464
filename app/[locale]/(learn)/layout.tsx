import { ClientText } from "@/components/layout/client-text";
import { OfflineQueuePanel } from "@/components/offline/offline-queue-panel";
import type { Locale } from "@/lib/i18n/config";

const NAMESPACES = ["lesson", "module", "check", "scenario", "risk", "reflection", "courseTest", "certificate", "memo", "offline"];

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
