"use client";

import { NextIntlClientProvider, useLocale, useMessages, useTimeZone, type AbstractIntlMessages } from "next-intl";
import { useMemo } from "react";

/**
 * Adds catalog namespaces to those the client components above already have. A provider inside
 * another replaces its messages, so without this each part of the site would send the root
 * layout's namespaces a second time, in every page and every navigation.
 */
export function AddClientText({ messages, children }: { messages: AbstractIntlMessages; children: React.ReactNode }) {
  const inherited = useMessages();
  const merged = useMemo(() => ({ ...inherited, ...messages }), [inherited, messages]);
  return (
    <NextIntlClientProvider locale={useLocale()} timeZone={useTimeZone()} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
