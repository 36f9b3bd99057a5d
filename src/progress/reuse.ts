import { same, type EvaluationState } from './evaluation-state.js';

/** Whether the indicator at node position `i` has the same entry in `a` and `b` (the same plan at two dates, or before and after an update). @internal */
export function sameIndicator(a: EvaluationState, b: EvaluationState, i: number): boolean {
  return (
    same(a.progress[i] as number, b.progress[i] as number) &&
    same(a.raw[i] as number, b.raw[i] as number) &&
    same(a.expected[i] as number, b.expected[i] as number) &&
    a.coverage[i] === b.coverage[i] &&
    a.status[i] === b.status[i] &&
    a.code[i] === b.code[i] &&
    a.first[i] === b.first[i] &&
    a.last[i] === b.last[i] &&
    a.judged[i] === b.judged[i] &&
    a.old[i] === b.old[i]
  );
}

/** Whether the goal or objective at `r` has the same entry in `a` and `b`: its numbers and every contribution. @internal */
export function sameResult(a: EvaluationState, b: EvaluationState, r: number): boolean {
  if (
    !same(a.progress[r] as number, b.progress[r] as number) ||
    !same(a.raw[r] as number, b.raw[r] as number) ||
    !same(a.expected[r] as number, b.expected[r] as number) ||
    a.coverage[r] !== b.coverage[r] ||
    a.status[r] !== b.status[r] ||
    a.code[r] !== b.code[r] ||
    a.assessments.get(r) !== b.assessments.get(r) ||
    a.recent[r] !== b.recent[r] ||
    a.old[r] !== b.old[r]
  ) {
    return false;
  }
  const { childOffsets, childAt } = a.plan.compiled;
  for (let k = childOffsets[r] as number; k < (childOffsets[r + 1] as number); k++) {
    if (a.share[k] !== b.share[k] || !same(a.progress[childAt[k] as number] as number, b.progress[childAt[k] as number] as number)) return false;
  }
  return true;
}
