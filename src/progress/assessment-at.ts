import { assessmentOrderKey } from '../document/canonical-value.js';
import type { AssessmentDocument } from '../document/types.js';

/**
 * The assessment in force at `asOf`: the latest dated on or before it, else an undated one;
 * of several of that date, the first in {@link assessmentOrderKey} order, whatever the order written.
 * @internal
 */
export function assessmentAt(assessments: readonly AssessmentDocument[] | undefined, asOf: string): AssessmentDocument | null {
  let best: AssessmentDocument | null = null;
  for (const a of assessments ?? []) {
    if (a.date !== undefined && a.date > asOf) continue;
    const date = a.date ?? '';
    const bestDate = best === null ? '' : (best.date ?? '');
    if (best === null || date > bestDate || (date === bestDate && assessmentOrderKey(a) < assessmentOrderKey(best))) best = a;
  }
  return best;
}
