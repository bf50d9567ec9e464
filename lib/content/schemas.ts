import { z } from "zod";
import { CORE_PRINCIPLES } from "./principles";

// The shape of everything an author writes in content/ (see content/AUTHORING.md).

export const MODULE_PRINCIPLES = ["introduction", ...CORE_PRINCIPLES, "capstone"] as const;

/** The Toolkit's instrumental principles, by the core principle they make concrete. */
export const INSTRUMENTAL_PRINCIPLES = {
  lawfulness: ["legitimacy", "necessity", "proportionality"],
  "minimizing-harm": ["well-being", "robustness-and-safety", "accuracy", "efficiency"],
  "human-autonomy": ["human-agency", "human-control-and-oversight", "privacy", "transparency-and-explainability"],
  fairness: [
    "equality-and-non-discrimination",
    "protection-of-vulnerable-groups",
    "diversity-and-accessibility",
    "contestability-and-redress",
  ],
  "good-governance": ["accountability", "traceability-and-auditability"],
} as const;

const instrumentalIds = Object.values(INSTRUMENTAL_PRINCIPLES).flat() as [string, ...string[]];
export const instrumentalPrincipleSchema = z.enum(instrumentalIds);
export const principleIdSchema = z.enum([...CORE_PRINCIPLES, ...instrumentalIds]);

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use kebab-case: lower-case words joined by hyphens");
const text = z.string().trim().min(1);

export const moduleFrontmatterSchema = z.strictObject({
  title: text,
  summary: text,
  principle: z.enum(MODULE_PRINCIPLES),
  order: z.number().int().min(0),
  estimatedMinutes: z.number().int().positive(),
  objectives: z.array(text).min(3).max(6),
  instrumentalPrinciples: z.array(instrumentalPrincipleSchema),
  takeaways: z.array(text).min(3).max(7),
  /** Ids from content/sources.yaml shown as the module's "Further reading". */
  furtherReading: z.array(kebab).min(2).max(8).optional(),
});

export const lessonFrontmatterSchema = z.strictObject({
  title: text,
  summary: text,
  /** What the latest substantive edit changed, shown to members who completed an earlier version. */
  changeNote: text.optional(),
});

const optionSchema = z.strictObject({
  /** Answers are stored and scored by this id, so reordering or translating options changes nothing. */
  id: kebab,
  text,
  correct: z.literal(true).optional(),
  feedback: text,
});

const questionSchema = z
  .strictObject({
    id: kebab,
    /** Which of the module's objectives (1 = the first in module.mdx) the question tests; required by the verifier. */
    objective: z.number().int().min(1).max(6).optional(),
    /** Final checks only: the lesson to go back to when the question is missed... */
    revisit: kebab.optional(),
    /** ...and the idea to revisit there, shown instead of the right option. */
    idea: text.optional(),
    prompt: text,
    options: z.array(optionSchema).min(3).max(4),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: "needs exactly one option with correct: true",
  })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, {
    message: "option ids must be unique within the question",
  });

export const checkSchema = z
  .strictObject({
    title: text,
    passMark: z.literal(80).optional(),
    /** Final checks only: how many questions an attempt draws from the pool below. */
    show: z.number().int().min(6).optional(),
    questions: z.array(questionSchema).min(1),
  })
  .refine((c) => new Set(c.questions.map((q) => q.id)).size === c.questions.length, {
    message: "question ids must be unique",
  })
  .refine((c) => (c.passMark === undefined) === (c.show === undefined), {
    message: "a final check has both passMark and show; a practice check has neither",
  });

/** content/course-test/blueprint.yaml: how the pre- and post-course test is drawn. */
export const courseTestBlueprintSchema = z.strictObject({
  title: text,
  /** Questions drawn per core principle in one sitting. */
  perPrinciple: z.number().int().min(1).max(5),
});

/** content/course-test/<principle>.yaml: the pool of one core principle. */
export const courseTestPoolSchema = z
  .strictObject({ principle: z.enum(CORE_PRINCIPLES), questions: z.array(questionSchema).min(1) })
  .refine((pool) => new Set(pool.questions.map((q) => q.id)).size === pool.questions.length, {
    message: "question ids must be unique",
  });

const stepSchema = z.strictObject({
  text,
  choices: z.array(z.strictObject({ label: text, next: kebab })).min(2).max(3).optional(),
  outcome: z.enum(["good", "mixed", "poor"]).optional(),
  principles: z.array(principleIdSchema).min(1).optional(),
});

export const scenarioSchema = z.strictObject({
  title: text,
  setting: text,
  start: kebab,
  steps: z.record(kebab, stepSchema),
  debrief: text,
});

export const riskExerciseSchema = z.strictObject({
  title: text,
  context: text,
  hazards: z
    .array(
      z.strictObject({
        id: kebab,
        description: text,
        /** The principles the hazard engages: core or instrumental ids. */
        principles: z.array(principleIdSchema).min(1).optional(),
      }),
    )
    .min(3)
    .max(8),
});

export const SOURCE_KINDS = ["toolkit", "judgment", "report", "framework", "treaty", "guidance"] as const;

/** content/sources.yaml: the real material the course cites, each described in the course's own words. */
export const sourcesSchema = z
  .array(
    z.strictObject({
      id: kebab,
      title: text,
      /** The name a citation in a lesson shows: "Bridges judgment", "ICCPR". */
      short: text.max(40),
      issuer: text,
      year: z.number().int().min(1945).max(2100),
      link: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
      kind: z.enum(SOURCE_KINDS),
      description: text,
    }),
  )
  .min(1)
  .refine((sources) => new Set(sources.map((s) => s.id)).size === sources.length, { message: "source ids must be unique" });

const planSchema = z.array(z.strictObject({ minutes: z.number().int().min(1).max(90), activity: text })).min(3);

/** content/modules/<NN>-<slug>/facilitator.yaml: how a trainer runs a cohort session on the module. */
export const facilitatorGuideSchema = z.strictObject({
  title: text,
  before: text,
  sixtyMinutes: planSchema,
  ninetyMinutes: planSchema,
  prompts: z.array(text).min(3).max(8),
  activity: z.strictObject({
    title: text,
    minutes: z.number().int().min(5).max(60),
    groups: text,
    steps: z.array(text).min(2).max(8),
    debrief: text,
  }),
  misconceptions: z.array(z.strictObject({ belief: text, response: text })).min(3).max(6),
  scenarioDebriefs: z.record(kebab, text),
});

/** content/job-aids/<id>.mdx: a one-page aid members print or save (the body is MDX). */
export const jobAidFrontmatterSchema = z.strictObject({ title: text, summary: text });

/** content/banned-phrasings.yaml: wordings the course once got wrong, kept out by the verifier. */
export const bannedPhrasingsSchema = z
  .array(z.strictObject({ pattern: text, reason: text }))
  .refine((entries) => entries.every((entry) => { try { new RegExp(entry.pattern, "iu"); return true; } catch { return false; } }), {
    message: "every pattern must be a valid regular expression",
  });

export const glossarySchema = z.array(z.strictObject({ id: kebab, term: text, definition: text }));

/** content/translations/<locale>/equivalents.yaml: the one word chosen for each recurring term, which every translated file follows. */
export const equivalentsSchema = z
  .strictObject({
    locale: text,
    terms: z.array(z.strictObject({ en: text, term: text, note: text.optional() })).min(1),
  })
  .refine((list) => new Set(list.terms.map((t) => t.en.toLowerCase())).size === list.terms.length, { message: "each English term once" });

export type ModuleFrontmatter = z.infer<typeof moduleFrontmatterSchema>;
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type Check = z.infer<typeof checkSchema>;
export type Question = Check["questions"][number];
export type CourseTestBlueprint = z.infer<typeof courseTestBlueprintSchema>;
export type CourseTestPool = z.infer<typeof courseTestPoolSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type RiskExercise = z.infer<typeof riskExerciseSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];
export type Source = z.infer<typeof sourcesSchema>[number];
export type FacilitatorGuide = z.infer<typeof facilitatorGuideSchema>;
export type JobAidFrontmatter = z.infer<typeof jobAidFrontmatterSchema>;
export type BannedPhrasing = z.infer<typeof bannedPhrasingsSchema>[number];

const memoSectionSchema = z.strictObject({ title: text, prompt: text });
const memoListSectionSchema = memoSectionSchema.extend({
  min: z.number().int().min(1),
  max: z.number().int().min(1),
}).refine((section) => section.min <= section.max, { message: "min must not exceed max" });

/** The capstone memo's brief and marking rubric (content/modules/07-capstone/memo/rubric.yaml). */
export const memoRubricSchema = z
  .strictObject({
    title: text,
    introduction: text,
    riskExercise: kebab,
    words: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
    sections: z.strictObject({
      system: memoSectionSchema,
      principles: memoListSectionSchema,
      risks: memoListSectionSchema,
      recommendation: memoSectionSchema,
    }),
    levels: z.array(z.strictObject({ id: kebab, title: text })).min(2).max(5),
    acceptFrom: kebab,
    criteria: z.array(z.strictObject({ id: kebab, title: text, levels: z.record(kebab, text) })).min(2).max(8),
  })
  .superRefine((rubric, ctx) => {
    const levelIds = rubric.levels.map((level) => level.id);
    if (rubric.words.min > rubric.words.max) ctx.addIssue({ code: "custom", path: ["words"], message: "min must not exceed max" });
    if (rubric.sections.principles.max > CORE_PRINCIPLES.length)
      ctx.addIssue({ code: "custom", path: ["sections", "principles", "max"], message: `at most ${CORE_PRINCIPLES.length}` });
    if (!levelIds.includes(rubric.acceptFrom)) ctx.addIssue({ code: "custom", path: ["acceptFrom"], message: "must be one of levels" });
    if (new Set(levelIds).size !== levelIds.length) ctx.addIssue({ code: "custom", path: ["levels"], message: "level ids must be unique" });
    if (new Set(rubric.criteria.map((c) => c.id)).size !== rubric.criteria.length)
      ctx.addIssue({ code: "custom", path: ["criteria"], message: "criterion ids must be unique" });
    rubric.criteria.forEach((criterion, index) => {
      const described = Object.keys(criterion.levels).sort().join(",");
      if (described !== [...levelIds].sort().join(","))
        ctx.addIssue({ code: "custom", path: ["criteria", index, "levels"], message: `describe exactly the levels ${levelIds.join(", ")}` });
    });
  });

export type MemoRubric = z.infer<typeof memoRubricSchema>;
