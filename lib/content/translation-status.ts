import type { Course } from "./load";
import type { TextOrigin } from "./translations";
import { countWords } from "./words";

/** For one part of the course in one language: files translated and current, translated but stale, and still English only. */
export type Tally = { translated: number; stale: number; missing: number; words: number };

function tally(pieces: { text: TextOrigin; words?: number }[], locale: string): Tally {
  const result: Tally = { translated: 0, stale: 0, missing: 0, words: 0 };
  for (const { text, words = 0 } of pieces) {
    if (text.language !== locale) result.missing += 1;
    else {
      result.words += words;
      if (text.stale) result.stale += 1;
      else result.translated += 1;
    }
  }
  return result;
}

/**
 * Per module, then the course-wide files, how much of `course` is in its language. Words: the
 * English words of the lessons and module pages that are translated (`english` is the course in English).
 */
export function translationStatus(course: Course, english: Course): { part: string; tally: Tally }[] {
  const { locale } = course;
  const rows = course.modules.map((module) => {
    const inEnglish = english.modules.find((m) => m.slug === module.slug);
    const englishWords = (slug: string) => inEnglish?.lessons.find((l) => l.slug === slug)?.words ?? 0;
    return {
      part: module.slug,
      tally: tally(
        [
          { text: module.text, words: countWords(inEnglish?.overview ?? "") },
          ...module.lessons.map((lesson) => ({ text: lesson.text, words: englishWords(lesson.slug) })),
          ...[module.checks, module.scenarios, module.risks].flatMap((files) => Object.values(files)),
          ...(module.glossary.length > 0 ? [{ text: module.glossaryText }] : []),
          ...(module.facilitator ? [{ text: module.facilitator.text }] : []),
          ...(module.memo ? [{ text: module.memo.text }] : []),
        ],
        locale,
      ),
    };
  });
  const test = course.courseTest;
  rows.push(
    { part: "course test", tally: tally(test ? [test, ...Object.values(test.pools)] : [], locale) },
    { part: "figures", tally: tally(Object.values(course.figureText).map((text) => ({ text })), locale) },
    { part: "job aids", tally: tally(course.jobAids.map((aid) => ({ text: aid.text, words: english.jobAids.find((a) => a.id === aid.id)?.words ?? 0 })), locale) },
    { part: "sources", tally: tally(course.sources.length > 0 ? [{ text: course.sourcesText }] : [], locale) },
  );
  return rows;
}
