import { useTranslations } from "next-intl";
import { COURSE_TEXT, type TextAttributes } from "@/lib/content/course-language";
import type { MemoRubric } from "@/lib/content/schemas";

/** The published rubric, criteria by levels: the same table for the member and her marker. */
export function RubricTable({ rubric, textLanguage = COURSE_TEXT }: { rubric: MemoRubric; textLanguage?: TextAttributes }) {
  const t = useTranslations("memo");
  const acceptLevel = rubric.levels.find((level) => level.id === rubric.acceptFrom)!;
  return (
    <div className="space-y-2">
      <p>{t("rubricIntro", { level: acceptLevel.title })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 p-2 text-start">
                {t("criterion")}
              </th>
              {rubric.levels.map((level) => (
                <th key={level.id} {...textLanguage} scope="col" className="border border-slate-300 p-2 text-start">
                  {level.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody {...textLanguage}>
            {rubric.criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row" className="border border-slate-300 p-2 text-start align-top font-medium">
                  {criterion.title}
                </th>
                {rubric.levels.map((level) => (
                  <td key={level.id} className="border border-slate-300 p-2 align-top">
                    {criterion.levels[level.id]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
