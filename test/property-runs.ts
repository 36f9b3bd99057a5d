/**
 * How many cases a property test runs: fewer in the unit loop a developer
 * waits for, the full number in CI (`CI=true`), which runs every project.
 */

/** Whether the tests run in CI (`CI=true`). */
export const CI = process.env.CI === 'true';

/** Cases for a property: `local` in the unit loop, `ci` in CI. */
export function runs(local: number, ci: number): number {
  return CI ? ci : local;
}
