import { getCourse } from "./course";
import type { Source } from "./schemas";

/** The course's sources by id, for <Source> citations, further reading and the Sources page. */
export async function getSources(): Promise<Map<string, Source>> {
  return new Map((await getCourse()).sources.map((source) => [source.id, source]));
}
