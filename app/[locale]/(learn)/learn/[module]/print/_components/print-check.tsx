import { getTranslations } from "next-intl/server";
import { textAttributes } from "@/lib/content/course-language";
import type { TextOrigin } from "@/lib/content/translations";
import { optionLetter } from "@/lib/content/print-module";
import type { Check } from "@/lib/content/schemas";
import { interfaceText } from "./interface-text";

export const answersAnchor = (checkId: string) => `answers-${checkId}`;

/** A practice check on paper: each question with lettered options. Its answers wait at the end of the module. */
export async function PrintCheck({ checkId, check }: { checkId: string; check: Check & { text: TextOrigin } }) {
  const t = await getTranslations("print");
  const headingId = `check-${checkId}`;
  const own = textAttributes(check.text);
  return (
    <section {...await interfaceText()} aria-labelledby={headingId} className="not-prose my-8 rounded border border-slate-300 p-3 sm:p-5">
      <h3 {...own} id={headingId} className="text-lg font-semibold">
        {check.title}
      </h3>
      <ol className="mt-3 space-y-4">
        {check.questions.map((question, number) => (
          <li key={question.id} className="break-inside-avoid">
            <p {...own} className="font-medium">
              {number + 1}. {question.prompt}
            </p>
            <ol {...own} className="mt-1 space-y-1 ps-5">
              {question.options.map((option, index) => (
                <li key={option.id}>
                  {optionLetter(index)}. {option.text}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <p className="mt-4 text-sm">
        <a href={`#${answersAnchor(checkId)}`} className="underline">
          {t("answersAtEnd")}
        </a>
      </p>
    </section>
  );
}
