import { loadCourse, type Course, type CourseModule, type JobAid, type Lesson } from "./load";

// Content ships with the build and does not change while a server runs, so it is read once per
// process and language. In development it is re-read on each request so authors see their edits.
// Scoring, progress and versions come from the English files whatever the language: a translation
// has the English structure (lib/content/translations.ts) and only its words differ.
const cached = new Map<string, Promise<Course>>();

export function getCourse(locale = "en"): Promise<Course> {
  if (process.env.NODE_ENV === "development") return loadCourse(undefined, locale);
  let course = cached.get(locale);
  if (!course) {
    course = loadCourse(undefined, locale).catch((error: unknown) => {
      cached.delete(locale);
      throw error;
    });
    cached.set(locale, course);
  }
  return course;
}

export async function findModule(slug: string, locale = "en"): Promise<CourseModule | undefined> {
  return (await getCourse(locale)).modules.find((module) => module.slug === slug);
}

export async function findLesson(
  moduleSlug: string,
  lessonSlug: string,
  locale = "en",
): Promise<{ module: CourseModule; lesson: Lesson; index: number } | undefined> {
  const module = await findModule(moduleSlug, locale);
  const index = module?.lessons.findIndex((lesson) => lesson.slug === lessonSlug) ?? -1;
  const lesson = module?.lessons[index];
  return module && lesson ? { module, lesson, index } : undefined;
}

export async function findJobAid(id: string, locale = "en"): Promise<JobAid | undefined> {
  return (await getCourse(locale)).jobAids.find((aid) => aid.id === id);
}
