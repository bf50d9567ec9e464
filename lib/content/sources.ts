import { getCourse } from "./course";
import type { Course, CourseModule } from "./load";
import type { Source } from "./schemas";
import { attr, tags } from "./tags";

/** The course's sources by id, for <Source> citations, further reading and the Sources page. */
export async function getSources(): Promise<Map<string, Source>> {
  return new Map((await getCourse()).sources.map((source) => [source.id, source]));
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
