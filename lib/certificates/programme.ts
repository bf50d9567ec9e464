// What a certificate says about the course and who issues it. Worded with the course's attribution
// rules (the Toolkit's principles are adapted, not endorsed): INTERPOL and UNICRI wrote the Toolkit
// the course teaches; they do not issue or endorse this certificate.
export const COURSE_ID = "responsible-ai-law-enforcement";

export const ISSUER_NAME = "UNODC GLO.ACT Women's Network of Gender Champions";

export const COURSE_TITLE = "Responsible AI in Law Enforcement";

export const COURSE_DESCRIPTION =
  "A self-paced course of the UNODC GLO.ACT Women's Network of Gender Champions, adapted from the principles of the Toolkit for Responsible AI Innovation in Law Enforcement (INTERPOL and UNICRI, 2024). INTERPOL and UNICRI do not issue or endorse this certificate.";

export const COURSE_CRITERIA =
  "Completed all eight modules of the course, including their final knowledge checks, and wrote a capstone risk memo that a trainer accepted.";
