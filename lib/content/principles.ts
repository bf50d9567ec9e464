// The Toolkit's six core principles, in the course's order. Apart from lib/content/schemas.ts so
// browser components (the memo form) can list them without bringing zod to the phone.
export const CORE_PRINCIPLES = [
  "lawfulness",
  "human-rights",
  "minimizing-harm",
  "human-autonomy",
  "fairness",
  "good-governance",
] as const;
