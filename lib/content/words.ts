/** Words of teaching in an MDX body: component tags, Markdown markup and URLs do not count. */
export function countWords(body: string): number {
  const text = body
    .replace(/<\/?[A-Z][^>]*>/gs, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[#*_>`[\]]/g, " ");
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
