import type { AggregationName } from '../document/types.js';
import type { AggregationFunction, MarkerWeights, ProgressOptions, ResolvedSettings, StatusThresholds } from './types.js';
import { today } from '../document/dates.js';

/** Default status thresholds: on track within 10 points of the expected progress, at risk within 25. */
export const DEFAULT_THRESHOLDS: StatusThresholds = Object.freeze({ atRisk: 0.1, offTrack: 0.25 });

/** Default weights of the Outcome-Mapping grades: expect 1, like 2, love 3. */
export const DEFAULT_MARKER_WEIGHTS: MarkerWeights = Object.freeze({ expect: 1, like: 2, love: 3 });

/** Options resolved with their defaults, plus the custom functions. @internal */
export interface Settings extends ResolvedSettings {
  readonly defaultAggregation: AggregationName | AggregationFunction;
  readonly aggregations: { readonly [id: string]: AggregationName | AggregationFunction };
  readonly functions: { readonly [name: string]: AggregationFunction };
}

/** Resolves options against the defaults; `asOf` is checked by the caller. @internal */
export function resolveSettings(options: ProgressOptions): Settings {
  const aggregation = options.aggregation ?? 'weighted-mean';
  const weights = { ...DEFAULT_MARKER_WEIGHTS, ...options.markerWeights };
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  for (const [name, value] of Object.entries({ ...weights, ...thresholds })) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`theory-of-change: the progress option "${name}" must be a finite number ≥ 0, but it is ${String(value)}.`);
    }
  }
  return {
    asOf: options.asOf ?? today(),
    aggregation: typeof aggregation === 'function' ? 'custom' : aggregation,
    missingData: options.missingData ?? 'exclude',
    markerWeights: weights,
    thresholds,
    useAssessments: options.useAssessments ?? true,
    defaultAggregation: aggregation,
    aggregations: options.aggregations ?? {},
    ...(options.for === undefined || Object.keys(options.for).length === 0 ? {} : { for: options.for }),
    functions: options.functions ?? {},
  };
}
