import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report } from './report.js';

/**
 * Reports each level listed a second time (`duplicate-level`) and returns
 * where each level name is first listed. `undefined` entries are unusable
 * levels, already reported by the schema, and are skipped.
 * @internal
 */
export function checkLevels(levels: readonly (string | undefined)[] | undefined, out: Diagnostic[]): ReadonlyMap<string, number> {
  const levelIndex = new Map<string, number>();
  levels?.forEach((level, i) => {
    if (level === undefined) return;
    if (levelIndex.has(level)) report(out, 'duplicate-level', 'error', ['levels', i], [], `The level "${level}" is listed twice.`);
    else levelIndex.set(level, i);
  });
  return levelIndex;
}
