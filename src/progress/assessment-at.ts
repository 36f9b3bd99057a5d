import type { AssessmentDocument } from '../document/types.js';

/** The assessment in force at `asOf`: the latest dated on or before it, else an undated one. @internal */
export function assessmentAt(assessments: readonly AssessmentDocument[] | undefined, asOf: string): AssessmentDocument | null {
  let best: AssessmentDocument | null = null;
  for (const a of assessments ?? []) {
    if (a.date !== undefined && a.date > asOf) continue;
    if (best === null || (a.date ?? '') >= (best.date ?? '')) best = a;
  }
  return best;
}

