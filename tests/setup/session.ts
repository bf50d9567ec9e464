/** Who the lib functions see as signed in, for integration tests. */
export const actingAs: { userId: string | null } = { userId: null };

export function signInAs(userId: string | null): void {
  actingAs.userId = userId;
}
