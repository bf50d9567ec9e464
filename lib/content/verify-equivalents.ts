import type { z } from "zod";
import type { Course } from "./load";
import type { equivalentsSchema } from "./schemas";

export type Equivalents = z.infer<typeof equivalentsSchema>;

// A term's written forms: itself without what is in brackets, and what is in brackets (an
// abbreviation such as "CEDAW"); compared without case, Arabic vowel marks, tatweel or zero-width joiners.
function forms(term: string): string[] {
  const clean = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\u064B-\u0652\u0640\u200C\u200D]/g, "")
      .replace(/\s+/g, " ")
      .trim();
  const inBrackets = [...term.matchAll(/\(([^)]*)\)/g)].map((match) => match[1]!);
  return [term.replace(/\([^)]*\)/g, ""), ...inBrackets].map(clean).filter((form) => form.length > 0);
}

const agree = (a: string, b: string) => forms(a).some((x) => forms(b).some((y) => x.includes(y) || y.includes(x)));

/**
 * Each glossary entry of `translated` whose English term has a chosen equivalent must use it: the
 * glossary is what a marked word in a lesson opens, so it is where one word per term is kept. The
 * English term may be one of several in the list's `en` ("proxy / proxy variable").
 */
export function equivalentsProblems(english: Course, translated: Course, equivalents: Equivalents): string[] {
  const chosen = (englishTerm: string) =>
    equivalents.terms.filter((entry) => entry.en.split(/\s*[/;]\s*/).some((alternative) => forms(alternative).some((form) => forms(englishTerm).includes(form))));
  const problems: string[] = [];
  for (const module of translated.modules) {
    if (module.glossaryText.language !== translated.locale) continue;
    const inEnglish = english.modules.find((candidate) => candidate.slug === module.slug);
    for (const entry of module.glossary) {
      const source = inEnglish?.glossary.find((candidate) => candidate.id === entry.id);
      const wanted = source ? chosen(source.term) : [];
      if (wanted.length > 0 && !wanted.some((equivalent) => agree(entry.term, equivalent.term))) {
        problems.push(`${module.slug} glossary "${entry.id}": "${entry.term}" is not the chosen equivalent of "${source!.term}" (${wanted.map((w) => `"${w.term}"`).join(" or ")})`);
      }
    }
  }
  return problems;
}
