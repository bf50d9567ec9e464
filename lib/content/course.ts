import { loadCourse, type Course, type CourseModule, type JobAid, type Lesson } from "./load";

// Content ships with the build and does not change while a server runs, so it is read once per
// process. In development it is re-read on each request so authors see their edits.
let cached: Promise<Course> | undefined;

export function getCourse(): Promise<Course> {
  if (process.env.NODE_ENV === "development") return loadCourse();
  cached ??= loadCourse().catch((error) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

export async function findModule(slug: string): Promise<CourseModule | undefined> {
  return (await getCourse()).modules.find((module) => module.slug === slug);
}

export async function findLesson(
  moduleSlug: string,
  lessonSlug: string,
): Promise<{ module: CourseModule; lesson: Lesson; index: number } | undefined> {
  const module = await findModule(moduleSlug);
  const index = module?.lessons.findIndex((lesson) => lesson.slug === lessonSlug) ?? -1;
  const lesson = module?.lessons[index];
  return module && lesson ? { module, lesson, index } : undefined;
}

export async function findJobAid(id: string): Promise<JobAid | undefined> {
  return (await getCourse()).jobAids.find((aid) => aid.id === id);
}
