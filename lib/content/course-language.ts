// The course text is written in English; the interface around it follows the member's language.
// Every element that shows course text carries these attributes, so in an Arabic page it still reads
// left to right and a screen reader pronounces it as English.
export const COURSE_TEXT = { lang: "en", dir: "ltr" } as const;
