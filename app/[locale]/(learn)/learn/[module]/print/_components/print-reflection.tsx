import { getTranslations } from "next-intl/server";
import type { TextAttributes } from "@/lib/content/course-language";
import { interfaceText } from "./interface-text";

/** A reflection prompt with ruled lines to write on. Notes written online stay private and are not printed. */
export async function PrintReflection({ prompt, language }: { prompt: string; language: TextAttributes }) {
  const t = await getTranslations("reflection");
  return (
    <div {...await interfaceText()} className="not-prose my-8 break-inside-avoid">
      <p className="font-medium">
        {t("label")}: <span {...language}>{prompt}</span>
      </p>
      <div aria-hidden="true" className="writing-lines mt-2 h-48" />
    </div>
  );
}
