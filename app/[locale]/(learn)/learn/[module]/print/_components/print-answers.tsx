import { getTranslations } from "next-intl/server";
import { textAttributes } from "@/lib/content/course-language";
import type { TextOrigin } from "@/lib/content/translations";
import type { CourseModule } from "@/lib/content/load";
import { optionLetter, practiceChecks } from "@/lib/content/print-module";
import type { Check } from "@/lib/content/schemas";
import { answersAnchor } from "./print-check";

/**
 * The practice checks' answers, kept apart from the questions so she can answer on paper first, and
 * grouped by lesson: many checks share a title such as "Check your understanding".
 */
export async function PrintAnswers({ module }: { module: CourseModule }) {
  const checks = practiceChecks(module);
  if (checks.length === 0) return null;
  const t = await getTranslations("print");
  const lessons = [...new Set(checks.map((check) => check.lesson))];
  return (
    <section id="answers" aria-labelledby="answers-title" className="print-part space-y-6 border-t border-slate-300 pt-8">
      <h2 id="answers-title" className="text-2xl font-bold">
        {t("answers")}
      </h2>
      <p>{t("answersIntro")}</p>
      {lessons.map((lesson) => (
        <section key={lesson} aria-labelledby={`answers-lesson-${lesson}`} className="space-y-3">
          <h3 id={`answers-lesson-${lesson}`} className="text-lg font-semibold">
            {lesson > 0 && <>{t("lesson", { number: lesson })}: </>}
            <span {...textAttributes(lesson > 0 ? module.lessons[lesson - 1]!.text : module.text)}>{lesson > 0 ? module.lessons[lesson - 1]!.frontmatter.title : module.frontmatter.title}</span>
          </h3>
          {checks
            .filter((check) => check.lesson === lesson)
            .map(({ id }) => (
              <CheckAnswers key={id} id={id} check={module.checks[id]!} />
            ))}
        </section>
      ))}
    </section>
  );
}

async function CheckAnswers({ id, check }: { id: string; check: Check & { text: TextOrigin } }) {
  const t = await getTranslations("print");
  const own = textAttributes(check.text);
  return (
    <div id={answersAnchor(id)}>
      <h4 {...own} className="font-semibold">
        {check.title}
      </h4>
      <ol className="mt-2 space-y-3">
        {check.questions.map((question, number) => (
          <li key={question.id} className="break-inside-avoid">
            <p className="font-medium">
              {number + 1}. {t("answer", { letter: optionLetter(question.options.findIndex((option) => option.correct)) })}
            </p>
            <ul {...own} className="mt-1 space-y-1 ps-5">
              {question.options.map((option, index) => (
                <li key={option.id}>
                  {optionLetter(index)}. {option.feedback}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
