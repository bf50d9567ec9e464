import { getCourse } from "./course";
import type { GlossaryEntry } from "./schemas";

/** Every module's glossary terms by id, for <Term> and the glossary page. */
export async function getGlossary(): Promise<Map<string, GlossaryEntry & { moduleSlug: string }>> {
  const course = await getCourse();
  return new Map(
    course.modules.flatMap((module) => module.glossary.map((entry) => [entry.id, { ...entry, moduleSlug: module.slug }] as const)),
  );
}
