// Members read in a second language, often on a phone: 140 words a minute puts a lesson of 1,000
// to 2,000 words at 8 to 15 minutes, the length the course is written for.
export const WORDS_PER_MINUTE = 140;

export const readingMinutes = (words: number) => Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));

/** Words of teaching in an MDX body: component tags, Markdown markup and URLs do not count. */
export function countWords(body: string): number {
  const text = body
    .replace(/<\/?[A-Z][^>]*>/gs, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[#*_>`[\]]/g, " ");
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
