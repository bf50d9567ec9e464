"use client";

import { useTranslations } from "next-intl";

/** Turns an error key from a lib schema or result into text in her language. */
export function useErrorText(): (key: string | undefined) => string | undefined {
  const t = useTranslations("validation");
  return (key) => (key === undefined ? undefined : t.has(key) ? t(key) : t("invalid"));
}
