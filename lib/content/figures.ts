import { z } from "zod";
import { CORE_PRINCIPLES } from "./principles";
import { INSTRUMENTAL_PRINCIPLES, principleIdSchema } from "./schemas";

// The text of the course's figures: content/figures/<id>.yaml, one file per figure (content/AUTHORING.md).
// Every label a figure shows comes from here, so a translation replaces the files and not the components.

const text = z.string().trim().min(1);
/** What every figure has: the caption under it and a complete text alternative. */
const common = { caption: text, alt: text };

type Core = keyof typeof INSTRUMENTAL_PRINCIPLES;
const coreIds = Object.keys(INSTRUMENTAL_PRINCIPLES) as Core[];

/** A core principle's label and the label of each of its instrumental principles, keyed by id. */
const coreEntry = (core: Core) =>
  z.strictObject({
    label: text,
    instrumental: z.strictObject(Object.fromEntries(INSTRUMENTAL_PRINCIPLES[core].map((id) => [id, text])) as Record<string, typeof text>),
  });

export const principlesMapSchema = z.strictObject({
  ...common,
  /** Human rights: the frame around the five core principles. */
  frame: z.strictObject({ label: text, note: text }),
  core: z.strictObject(Object.fromEntries(coreIds.map((core) => [core, coreEntry(core)])) as Record<Core, ReturnType<typeof coreEntry>>),
});

export const LIFE_CYCLE_STAGES = ["decision", "design-and-development", "procurement", "deployment", "monitoring-and-evaluation"] as const;

export const lifeCycleSchema = z
  .strictObject({
    ...common,
    /** Shown above each stage's list of principles. */
    bitesLabel: text,
    /** Shown after the last stage: the cycle starts again. */
    cycleNote: text,
    stages: z
      .array(
        z.strictObject({
          id: z.enum(LIFE_CYCLE_STAGES),
          name: text,
          principles: z.array(z.strictObject({ principle: principleIdSchema, label: text, why: text })).min(1).max(4),
        }),
      )
      .length(LIFE_CYCLE_STAGES.length),
  })
  .refine((figure) => figure.stages.every((stage, index) => stage.id === LIFE_CYCLE_STAGES[index]), {
    message: `stages come in this order: ${LIFE_CYCLE_STAGES.join(", ")}`,
  });

const cell = z.strictObject({ label: text, count: z.number().int().min(0) });

export const confusionMatrixSchema = z.strictObject({
  ...common,
  /** The rows: what the tool said. */
  said: z.strictObject({ heading: text, flagged: text, notFlagged: text }),
  /** The columns: what was true. */
  truth: z.strictObject({ heading: text, linked: text, genuine: text }),
  cells: z.strictObject({ truePositive: cell, falsePositive: cell, falseNegative: cell, trueNegative: cell }),
  totalLabel: text,
  /** Says that the numbers are made up for the example. */
  note: text,
});

export const RISK_BANDS = ["low", "medium", "high", "critical"] as const;

export const riskGridSchema = z.strictObject({
  ...common,
  likelihood: text,
  severity: text,
  legendTitle: text,
  bands: z.strictObject(Object.fromEntries(RISK_BANDS.map((band) => [band, text])) as Record<(typeof RISK_BANDS)[number], typeof text>),
});

export const oversightLevelsSchema = z.strictObject({
  ...common,
  /** Labels at the two ends of the list: closest to the decision and furthest from it. */
  nearest: text,
  furthest: text,
  levels: z.array(z.strictObject({ name: text, detail: text.optional(), can: text })).min(3).max(7),
});

export const FIGURE_SCHEMAS = {
  "principles-map": principlesMapSchema,
  "life-cycle": lifeCycleSchema,
  "confusion-matrix": confusionMatrixSchema,
  "risk-grid": riskGridSchema,
  "oversight-levels": oversightLevelsSchema,
} as const;

export type FigureId = keyof typeof FIGURE_SCHEMAS;
export const FIGURE_IDS = Object.keys(FIGURE_SCHEMAS) as FigureId[];
export const isFigureId = (id: string): id is FigureId => Object.hasOwn(FIGURE_SCHEMAS, id);

export type PrinciplesMapFigure = z.infer<typeof principlesMapSchema>;
export type LifeCycleFigure = z.infer<typeof lifeCycleSchema>;
export type ConfusionMatrixFigure = z.infer<typeof confusionMatrixSchema>;
export type RiskGridFigure = z.infer<typeof riskGridSchema>;
export type OversightLevelsFigure = z.infer<typeof oversightLevelsSchema>;
/** Each figure file's parsed text, by id; a figure with no file is absent. */
export type Figures = { [K in FigureId]?: z.infer<(typeof FIGURE_SCHEMAS)[K]> };

/** The core principles in the Toolkit's order, without human rights (the frame). */
export const MAPPED_CORE = CORE_PRINCIPLES.filter((id): id is Core => id !== "human-rights");
