// How long a translation problem report's two fields may be. Apart from schemas.ts so the report
// form, a browser component, can show them without bringing zod to the phone.
export const PASSAGE_MAX = 1000;
export const COMMENT_MAX = 2000;
