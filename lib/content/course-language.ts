import { directionOf } from "@/lib/i18n/config";
import type { TextOrigin } from "./translations";

// Course text keeps its own language: every element that shows it carries these attributes, so an
// English passage (a file not yet translated) in a Dari page still reads left to right and a screen
// reader pronounces it as English, and a Dari passage in an English page the other way round.
export type TextAttributes = { lang: string; dir: "ltr" | "rtl" };
export const textAttributes = (origin: TextOrigin): TextAttributes => ({ lang: origin.language, dir: directionOf(origin.language) });

/** For course text that is only ever English (staff views that have no translation yet). */
export const COURSE_TEXT = textAttributes({ language: "en", stale: false });
