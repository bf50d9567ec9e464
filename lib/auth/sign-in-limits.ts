import type { Limit } from "./rate-limit";

/**
 * Sign-in throttling, counted before any password is checked (lib/auth/rate-limit.ts):
 *
 * - per account and address: 10 attempts in 15 minutes. This is the limit a guesser meets, and it
 *   is keyed to her address too, so an attacker elsewhere cannot lock the owner out with it;
 * - per account, from anywhere: 100 in 15 minutes. A ceiling on guesses spread over many
 *   addresses. Locking an owner out this way takes a hundred requests, not ten;
 * - per address, across accounts: 50 in 15 minutes. Slows password spraying (one common password
 *   tried on many accounts), which the per-account limits never see.
 *
 * While any limit is reached, even the right password is refused. A successful sign-in takes its
 * own hit back from the account and address counters and clears the account-and-address counter,
 * so colleagues signing in from one office address do not use up each other's allowance. The same
 * rules apply whether or not the email has an account, so the answers reveal nothing.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const PER_ACCOUNT_AND_ADDRESS = 10;
export const PER_ACCOUNT = 100;
export const PER_ADDRESS = 50;

export const signInKeys = (email: string, address: string) => ({
  pair: `sign-in:pair:${email}\n${address}`,
  account: `sign-in:account:${email}`,
  address: `sign-in:address:${address}`,
});

export function signInLimits(email: string, address: string): Limit[] {
  const keys = signInKeys(email, address);
  return [
    { key: keys.pair, max: PER_ACCOUNT_AND_ADDRESS },
    { key: keys.account, max: PER_ACCOUNT },
    { key: keys.address, max: PER_ADDRESS },
  ];
}
