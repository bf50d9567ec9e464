/** Who the lib functions see as signed in, for integration tests. */
export const actingAs: { userId: string | null; sessionVersion: number } = { userId: null, sessionVersion: 0 };

/** Signs in as a user whose session was made at the given session version (a new account's is 0). */
export function signInAs(userId: string | null, sessionVersion = 0): void {
  actingAs.userId = userId;
  actingAs.sessionVersion = sessionVersion;
}
