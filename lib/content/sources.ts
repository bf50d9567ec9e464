import { getCourse } from "./course";
import { COURSE_TEXT, textAttributes, type TextAttributes } from "./course-language";
import type { Course, CourseModule } from "./load";
import type { Source } from "./schemas";
import { attr, tags } from "./tags";

/**
 * A source as a page in one language shows it. `language`: of its description, short name and
 * issuer; `titleLanguage`: of its title, which is the real document's and stays English unless the
 * document has an official title in that language.
 */
export type SourceText = Source & { language: TextAttributes; titleLanguage: TextAttributes };

const inLatinLetters = (text: string) => /^[\u0000-\u024F\u2000-\u206F]*$/.test(text);

/** The course's sources by id in `locale`, for <Source> citations, further reading and the Sources page. */
export async function getSources(locale = "en"): Promise<Map<string, SourceText>> {
  const course = await getCourse(locale);
  const language = textAttributes(course.sourcesText);
  return new Map(
    course.sources.map((source) => [source.id, { ...source, language, titleLanguage: inLatinLetters(source.title) ? COURSE_TEXT : language }]),
  );
}

// Content is read once per process (lib/content/course.ts), so this is worked out once per course.
const usesByCourse = new WeakMap<Course, Map<string, CourseModule[]>>();

/** The modules that cite each source in a lesson or list it as further reading, by source id. */
export function sourceUses(course: Course): Map<string, CourseModule[]> {
  const known = usesByCourse.get(course);
  if (known) return known;
  const uses = new Map<string, CourseModule[]>();
  for (const module of course.modules) {
    const ids = new Set(module.frontmatter.furtherReading ?? []);
    for (const body of [module.overview, ...module.lessons.map((lesson) => lesson.body)]) {
      for (const tag of tags(body, "Source")) ids.add(attr(tag, "id") ?? "");
    }
    for (const id of ids) uses.set(id, [...(uses.get(id) ?? []), module]);
  }
  usesByCourse.set(course, uses);
  return uses;
}
