/** Failed final attempts allowed in a row before she has to wait. */
export const FAILURES_BEFORE_WAIT = 3;

export type AttemptOutcome = { passed: boolean; createdAt: Date };

export type AttemptPolicy = { canStart: true } | { canStart: false; until: Date };

/**
 * Whether she may start a final-check attempt now. Three failures in a row (since her last pass)
 * make her wait `cooldownHours` after the third; after the wait she gets three more. Pure: the
 * clock is passed in, so the rule is tested without waiting a day.
 */
export function attemptPolicy(attempts: readonly AttemptOutcome[], now: Date, cooldownHours: number): AttemptPolicy {
  const newestFirst = [...attempts].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const lastPass = newestFirst.findIndex((attempt) => attempt.passed);
  const failuresInARow = lastPass === -1 ? newestFirst.length : lastPass;
  if (failuresInARow === 0 || failuresInARow % FAILURES_BEFORE_WAIT !== 0) return { canStart: true };
  const until = new Date(newestFirst[0]!.createdAt.getTime() + cooldownHours * 3_600_000);
  return now < until ? { canStart: false, until } : { canStart: true };
}
