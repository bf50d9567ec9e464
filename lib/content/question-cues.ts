import type { Check, Question } from "./schemas";

// Surface features that can give a question's answer away without reading the lesson, and the
// score a test-wise guesser would get from each. The verifier holds every check to the limits in
// CUE_LIMITS (stated in content/AUTHORING.md); tests print the naive strategies' scores.

/** Words and phrases that make an option sound careful, qualified or "balanced". */
const HEDGES = [
  "may", "might", "can", "could", "often", "usually", "generally", "typically", "sometimes", "some",
  "most", "many", "depends", "depending", "unless", "only if", "likely", "possible", "possibly",
  "appropriate", "proportionate", "balance", "balanced", "both", "careful", "carefully", "consider",
  "review", "assess", "case by case", "not always", "not necessarily", "in general", "where needed",
  "if needed", "reasonable", "reasonably", "weigh", "context", "should",
];
const HEDGE_PATTERN = new RegExp(`\\b(${HEDGES.map((h) => h.replace(/ /g, "\\s+")).join("|")})\\b`, "gi");

export const hedgeCount = (text: string) => text.match(HEDGE_PATTERN)?.length ?? 0;
const length = (text: string) => text.trim().length;

export const CUE_LIMITS = {
  /** Share of questions whose right option is the single longest. */
  longest: 0.35,
  /** Share of questions whose right option is the single most hedged. */
  mostHedged: 0.35,
  /** Share of right answers in any one position (as written). */
  anyPosition: 0.4,
  /** Share of right answers in the last position (as written). */
  last: 0.35,
  /** Mean over questions of (right option's length / mean length of the wrong ones). */
  lengthRatio: 1.2,
} as const;

type Pick = (question: Question) => number[];

/** Indexes of the options a strategy would choose between (it guesses among ties). */
function best(question: Question, measure: (text: string) => number): number[] {
  const values = question.options.map((option) => measure(option.text));
  const top = Math.max(...values);
  return values.flatMap((value, index) => (value === top ? [index] : []));
}

export const NAIVE_STRATEGIES: Record<string, Pick> = {
  "pick the longest": (question) => best(question, length),
  "pick the last": (question) => [question.options.length - 1],
  "pick the most hedged": (question) => best(question, hedgeCount),
};

/** Chance that a strategy answers the question right, guessing evenly among its ties. */
export function strategyChance(question: Question, pick: Pick): number {
  const chosen = pick(question);
  return chosen.filter((index) => question.options[index]!.correct).length / chosen.length;
}

const rightIndex = (question: Question) => question.options.findIndex((option) => option.correct);
const isSingleTop = (question: Question, measure: (text: string) => number) => {
  const top = best(question, measure);
  return top.length === 1 && top[0] === rightIndex(question);
};

export type CueFigures = {
  questions: number;
  longest: number;
  mostHedged: number;
  /** Share of right answers at each written position (index 0 = first). */
  positions: number[];
  last: number;
  lengthRatio: number;
};

export function cueFigures(questions: Question[]): CueFigures {
  const n = questions.length;
  const positions = [0, 0, 0, 0];
  let last = 0;
  let ratio = 0;
  for (const question of questions) {
    const right = rightIndex(question);
    positions[right]! += 1 / n;
    if (right === question.options.length - 1) last += 1 / n;
    const wrong = question.options.filter((option) => !option.correct).map((option) => length(option.text));
    ratio += length(question.options[right]!.text) / (wrong.reduce((a, b) => a + b, 0) / wrong.length) / n;
  }
  return {
    questions: n,
    longest: questions.filter((q) => isSingleTop(q, length)).length / n,
    mostHedged: questions.filter((q) => isSingleTop(q, hedgeCount)).length / n,
    positions,
    last,
    lengthRatio: ratio,
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Each limit the questions break, in words an author can act on. */
export function cueProblems(questions: Question[]): string[] {
  if (questions.length === 0) return [];
  const figures = cueFigures(questions);
  const problems: string[] = [];
  if (figures.longest > CUE_LIMITS.longest) {
    problems.push(`the right option is the single longest in ${percent(figures.longest)} of questions (at most ${percent(CUE_LIMITS.longest)})`);
  }
  if (figures.mostHedged > CUE_LIMITS.mostHedged) {
    problems.push(`the right option is the single most hedged in ${percent(figures.mostHedged)} of questions (at most ${percent(CUE_LIMITS.mostHedged)})`);
  }
  figures.positions.forEach((share, index) => {
    if (share > CUE_LIMITS.anyPosition) problems.push(`${percent(share)} of right options are in position ${index + 1} (at most ${percent(CUE_LIMITS.anyPosition)})`);
  });
  if (figures.last > CUE_LIMITS.last) {
    problems.push(`${percent(figures.last)} of right options are the last option (at most ${percent(CUE_LIMITS.last)})`);
  }
  if (figures.lengthRatio > CUE_LIMITS.lengthRatio) {
    problems.push(`right options are on average ${figures.lengthRatio.toFixed(2)} times as long as wrong ones (at most ${CUE_LIMITS.lengthRatio})`);
  }
  return problems;
}

/**
 * Probability that a strategy passes a final check: an attempt draws `show` questions evenly from
 * the pool, and the strategy answers each right with its own chance. Exact, by dynamic programming
 * over (questions drawn, answers right), weighted by the number of draws.
 */
export function passProbability(check: Check, pick: Pick): number {
  const show = check.show ?? check.questions.length;
  const needed = Math.ceil(((check.passMark ?? 100) * show) / 100);
  // ways[d][r]: sum over draws of d questions so far of P(r of them answered right).
  let ways: number[][] = Array.from({ length: show + 1 }, () => new Array<number>(show + 1).fill(0));
  ways[0]![0] = 1;
  for (const question of check.questions) {
    const chance = strategyChance(question, pick);
    const next = ways.map((row) => [...row]);
    for (let drawn = 0; drawn < show; drawn++) {
      for (let right = 0; right <= drawn; right++) {
        const w = ways[drawn]![right]!;
        if (w === 0) continue;
        next[drawn + 1]![right + 1]! += w * chance;
        next[drawn + 1]![right]! += w * (1 - chance);
      }
    }
    ways = next;
  }
  const draws = ways[show]!.reduce((a, b) => a + b, 0);
  return ways[show]!.slice(needed).reduce((a, b) => a + b, 0) / draws;
}

/** Expected share of the pool a strategy answers right. */
export function expectedScore(check: Check, pick: Pick): number {
  return check.questions.reduce((sum, question) => sum + strategyChance(question, pick), 0) / check.questions.length;
}
