import { getCourse } from "./course";
import type { GlossaryEntry } from "./schemas";
import type { TextOrigin } from "./translations";

/** Every module's glossary terms by id, in `locale` where the module's glossary is translated, for <Term> and the glossary page. */
export async function getGlossary(locale = "en"): Promise<Map<string, GlossaryEntry & { moduleSlug: string; text: TextOrigin }>> {
  const course = await getCourse(locale);
  return new Map(
    course.modules.flatMap((module) =>
      module.glossary.map((entry) => [entry.id, { ...entry, moduleSlug: module.slug, text: module.glossaryText }] as const),
    ),
  );
}
