import { readingOrderKey } from './canonical-value.js';
import { readingDate } from './reading-date.js';
import type { ReadingDocument } from './types.js';

/**
 * The final target as the roll-up takes it, and the one rule every part
 * (validation, roll-up, reports, exports) picks "the" reading of a date by:
 * the latest by date (a reading with a period by its last day), and of
 * several on that date the first in {@link readingOrderKey} order (value,
 * rating, source, note, …; a missing source or note before any written one),
 * never the last written. So readings of one date differing only in source or
 * note give the same output in any order, as docs/guides/progress.md
 * ("Readings on the same date") states it. Of readings with the same key
 * (identical), the first written.
 * @internal
 */
export function finalTarget(targets: readonly ReadingDocument[]): ReadingDocument | undefined {
  let best: ReadingDocument | undefined;
  let bestDate = '';
  let bestKey: string | undefined;
  for (const r of targets) {
    const date = readingDate(r) ?? '';
    if (best !== undefined && date < bestDate) continue;
    if (best !== undefined && date === bestDate) {
      bestKey ??= readingOrderKey(best);
      const key = readingOrderKey(r);
      if (key >= bestKey) continue;
      best = r;
      bestKey = key;
      continue;
    }
    best = r;
    bestDate = date;
    bestKey = undefined;
  }
  return best;
}
