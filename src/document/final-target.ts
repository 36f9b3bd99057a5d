import { readingDate } from './reading-date.js';
import type { ReadingDocument } from './types.js';

/**
 * The final target as the roll-up takes it: the latest by date (a reading
 * with a period by its last day), and of targets on that day the last written.
 * @internal
 */
export function finalTarget(targets: readonly ReadingDocument[]): ReadingDocument | undefined {
  let final: ReadingDocument | undefined;
  for (const t of targets) if (final === undefined || (readingDate(t) ?? '') >= (readingDate(final) ?? '')) final = t;
  return final;
}
