/** After this many failed attempts a message is given up (FAILED) and the inviter told. */
export const MAX_MAIL_ATTEMPTS = 8;

const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * How long to wait after the nth failed attempt: 30 s, doubling each time, at most an hour. The 8
 * attempts span about an hour, long enough for a mail server restart, short enough that a trainer
 * learns the same day that a message did not go. No jitter: each message's retries count from its
 * own failures, and a worker sends one message at a time, so there is no burst to spread.
 */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1), LONGEST_WAIT_MS);
}
