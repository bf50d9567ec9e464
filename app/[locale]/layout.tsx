import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ServiceWorkerRegistration } from "@/components/offline/service-worker-registration";
import { BRAND_COLOURS } from "@/lib/brand-colours";
import { env } from "@/lib/env";
import { BASE_CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";
import { directionOf, isLocale, LOCALES } from "@/lib/i18n/config";
import "../globals.css";

// The locale is in the path, put there by proxy.ts from her choice (a cookie) or her browser's
// languages: the public address stays the same in every language. Having it in the path lets the
// pages that are the same for everyone (lessons, module pages, glossary, About, sign-in) be built
// once per language instead of rendered on every request.
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));
export const dynamicParams = false;

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "layout" });
  return {
    title: { default: t("productName"), template: `%s · ${t("productName")}` },
    description: t("tagline"),
    icons: {
      icon: [
        { url: "/favicon.svg", type: "image/svg+xml" },
        { url: "/icon-192.png", sizes: "192x192", type: "image/png" },
      ],
      apple: "/apple-touch-icon.png",
    },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: BRAND_COLOURS.header };

export default async function RootLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("layout");
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={await clientMessages(locale, BASE_CLIENT_NAMESPACES)} timeZone="UTC">
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-3xl px-4 py-6 sm:py-10">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
        {/* Off in development, where a worker serving yesterday's pages from its cache only confuses. */}
        <ServiceWorkerRegistration disabled={env.NODE_ENV === "development"} />
      </body>
    </html>
  );
}
