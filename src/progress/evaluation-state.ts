import type { AssessmentDocument } from '../document/types.js';
import type { RollUpPlan } from './plan.js';
import type { NodeProgress } from './types.js';

/**
 * A roll-up's numbers at one date, by node position (NaN for "no value"),
 * and the entries built from them: what building and reusing entries reads.
 * @internal
 */
export interface EvaluationState {
  readonly plan: RollUpPlan;
  readonly progress: Float64Array;
  readonly expected: Float64Array;
  readonly coverage: Float64Array;
  /** Indicators: raw progress; goals and objectives: the computed value before any assessment. */
  readonly raw: Float64Array;
  /** An index into STATUSES. */
  readonly status: Uint8Array;
  /** Goals and objectives: a {@link METHOD_NAMES} index; indicators: a no-data reason code. */
  readonly code: Uint8Array;
  /** Indicators: positions of the first and last observations used (`last` -1: none). */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** Indicators with per-period targets: the target judged (see per-period.ts); empty when the model has none. */
  readonly judged: Int32Array;
  /** The report date as a day number. */
  readonly day: number;
  /**
   * Where an age limit is in force (`plan.ages`): each node's recent coverage,
   * and 1 where its value rests on an old reading or assessment. Empty otherwise.
   */
  readonly recent: Float64Array;
  readonly old: Uint8Array;
  /** Each child link's share of its parent's computed value. */
  readonly share: Float64Array;
  /** Assessments in force, by node position. */
  readonly assessments: ReadonlyMap<number, AssessmentDocument>;
  /** Whether children without data count as 0. */
  readonly zero: boolean;
  /** The entry of node `i`, once built. */
  entry(i: number): NodeProgress | undefined;
  /** Stores the entry of node `i`. */
  set(i: number, entry: NodeProgress): void;
}

/** Names of the method codes of goals and objectives: the METHOD codes, then assessment and none. @internal */
export const METHOD_NAMES = ['none', 'weighted-mean', 'weakest-link', 'custom', 'assessment', 'none'] as const;
/** @internal */
export const ASSESSED = 4;
/** @internal */
export const NONE = 5;

/** Whether two stored numbers are the same, NaN being the same as NaN. @internal */
export function same(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}
