// Long file: the shape of the roll-up's report, the public JSON every export and
// application reads, kept in one file so that it reads as one documented type; it grows
// with each field a document can carry (periods, breakdowns, evidence).
import type { AggregationName, AssessmentDocument, BreakdownEntry, CategoryFilter, IndicatorValue, IsoDate, IsoDuration, MarkerGrade, ReadingFlag, ReadingPeriod, SourceDocument } from '../document/types.js';
import type { EvidenceBalance } from '../model/evidence-balance.js';

/**
 * A node's rating as of the report date:
 * - `achieved`: progress has reached 1 (the target);
 * - `on-track`: progress is at most `thresholds.atRisk` behind the expected progress;
 * - `at-risk`: further behind, but at most `thresholds.offTrack`; also any node
 *   that would be on track but rests on a failing assumption;
 * - `off-track`: further behind still;
 * - `no-data`: no progress can be computed.
 */
export type Status = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/** Every status, best first. */
export const STATUSES: readonly Status[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'];

/** How far behind the expected progress a node may be before it is `at-risk` or `off-track`. */
export interface StatusThresholds {
  /** Largest shortfall (expected − progress) still `on-track`. Default 0.1. */
  readonly atRisk: number;
  /** Largest shortfall still `at-risk`; beyond it, `off-track`. Default 0.25. */
  readonly offTrack: number;
}

/** The weight of each Outcome-Mapping grade. Default expect 1, like 2, love 3. */
export type MarkerWeights = { readonly [G in MarkerGrade]: number };

/** One input to a custom aggregation: a child with data. */
export interface AggregationInput {
  /** The child's id. */
  readonly id: string;
  /** The relation's weight. */
  readonly weight: number;
  /** The child's progress, in [0, 1]. */
  readonly progress: number;
  /** What the child is: an indicator (measuring the node), or an objective or goal contributing to it. */
  readonly kind: 'indicator' | 'objective' | 'goal';
  /** The child's tags, as written (empty when it has none). */
  readonly tags: readonly string[];
  /**
   * The child's progress before clamping: an indicator's can be below 0
   * (worse than its baseline) or above 1 (beyond its target); a goal's or
   * objective's is its `progress`. When the function is applied to the
   * expected progress, this is the expected progress too.
   */
  readonly rawProgress: number;
}

/**
 * A user-supplied aggregation: receives the children that have data (never
 * empty) and returns the node's progress in [0, 1] (values outside are clamped;
 * a non-finite result is treated as no data).
 *
 * @example
 * ```ts
 * const geometricMean: AggregationFunction = (inputs) =>
 *   Math.exp(inputs.reduce((s, i) => s + i.weight * Math.log(Math.max(i.progress, 1e-9)), 0) /
 *     inputs.reduce((s, i) => s + i.weight, 0));
 * ```
 */
export type AggregationFunction = (inputs: readonly AggregationInput[]) => number;

/** How a node's progress was obtained. */
export type Method = AggregationName | 'custom' | 'assessment' | 'none';

/** Why an indicator has no progress value. */
export type NoDataReason = 'no-observation' | 'no-baseline' | 'no-target' | 'before-baseline' | 'not-broken-down';

/** One observation that went into an indicator's value. */
export interface ObservationUsed {
  /** Its date: the reading's `date`, or the last day of its period. */
  readonly date: IsoDate;
  /** The reporting period it covers, when the reading gives one. */
  readonly period?: ReadingPeriod;
  readonly value: IndicatorValue;
  /** For a percentage written as a ratio: the count it is of. */
  readonly numerator?: number;
  /** For a percentage written as a ratio: the count it is out of. */
  readonly denominator?: number;
  /** The reading's parts by category, as written (sorted by dimension, then category); absent when it has none. */
  readonly breakdown?: readonly BreakdownEntry[];
  readonly rating?: number;
  readonly source?: string;
  /** The documents it comes from, as written; only when written. */
  readonly sources?: readonly SourceDocument[];
  /** Its flags, in the order illustrative, estimated, provisional whatever the order written; only when written. */
  readonly flags?: readonly ReadingFlag[];
  readonly note?: string;
}

/**
 * The target an indicator with `targetsAre: per-period` is judged against at
 * the report date: the latest whose date has passed, else the first (its
 * period still running).
 */
export interface JudgedTarget {
  /** The target's date: the last day of its period. */
  readonly date: IsoDate;
  /**
   * The period it covers, both days included: its own `period`, else from the
   * day after the previous target's date (the first: from the baseline's
   * date, else the model period's start). Absent when that start is unknown.
   */
  readonly period?: ReadingPeriod;
  /** Its value. */
  readonly value: IndicatorValue;
  /** For `qualitative` measures: its rating. */
  readonly rating?: number;
  /** Whether its period had ended by the report date (else it is the first target, its period still running). */
  readonly ended: boolean;
}

/** The progress of one indicator as of the report date. */
export interface IndicatorProgress {
  readonly kind: 'indicator';
  readonly id: string;
  /** Progress used in the roll-up: 0 = baseline, 1 = target; clamped to [0, 1]; `null` without data. */
  readonly progress: number | null;
  /** Progress before clamping (over-achievement above 1, regression below 0), for display. */
  readonly rawProgress: number | null;
  /** Expected progress at the report date from the milestone trajectory, or `null`. */
  readonly expected: number | null;
  /** 1 when there are data, else 0. */
  readonly coverage: number;
  readonly status: Status;
  /** The value used: the latest observation, or the cumulative sum. */
  readonly value: IndicatorValue | null;
  /** Baseline value, possibly a default (see the progress guide). */
  readonly baseline: IndicatorValue | null;
  /** Final target value, possibly a default; for per-period targets, the value of the target judged. */
  readonly target: IndicatorValue | null;
  /** Only for an indicator with `targetsAre: per-period`: the target judged at the report date. */
  readonly judgedTarget?: JudgedTarget;
  /** Observations that produced `value`. */
  readonly observations: readonly ObservationUsed[];
  /** Why there is no progress, when `progress` is `null`. */
  readonly reason: NoDataReason | null;
  /**
   * Whether its figures are illustrative (not from a published source): the
   * indicator is tagged `illustrative`, or an observation used, its baseline
   * or a target is flagged `illustrative`.
   */
  readonly illustrative: boolean;
  /**
   * The age limit its readings are held to: its own `maxReadingAge`, else the
   * model-wide one (the `maxReadingAge` option, else the document's); `null`
   * when none applies to it. Present only in a report where some age limit is
   * in force (see {@link ProgressReportData}); absent otherwise.
   */
  readonly maxReadingAge?: IsoDuration | null;
  /**
   * Whether the value rests on an old reading: the observation used (for a
   * `cumulative` indicator, the most recent one) is older than
   * `maxReadingAge` at the report date. The reading still counts. `false`
   * without data or without a limit. Present only in a report where some age
   * limit is in force.
   */
  readonly old?: boolean;
}

/** One child's part in a goal's or objective's value. */
export interface Contribution {
  /** The child: an indicator (`measures`) or a goal or objective (`contributes-to`). */
  readonly id: string;
  readonly relation: 'measures' | 'contributes-to';
  readonly weight: number;
  /** The child's progress (`null`: no data, or counted as 0 when `missingData` is `zero` — see `countedAsZero`). */
  readonly progress: number | null;
  /** True when the child had no data and `missingData: 'zero'` counted it as 0. */
  readonly countedAsZero: boolean;
  /** This child's part of the parent's computed value; the shares add up to it. */
  readonly share: number;
  /** Ids of failing assumptions the link rests on. */
  readonly failingAssumptions: readonly string[];
  /**
   * The balance of the evidence written on the link (contributes-to links
   * only); absent when the link has none. A link whose evidence only
   * challenges it (`evidence.onlyChallenging`) is flagged like one resting on
   * a failing assumption.
   */
  readonly evidence?: EvidenceBalance;
}

/** The progress of one goal or objective as of the report date. */
export interface ResultProgress {
  readonly kind: 'goal' | 'objective';
  readonly id: string;
  /** Progress in [0, 1] over the data that exist, or `null` when there are none. */
  readonly progress: number | null;
  /** What the roll-up computed before any manual assessment. */
  readonly computed: number | null;
  /** Expected progress at the report date, aggregated like `progress`, or `null`. */
  readonly expected: number | null;
  /** Share of the node's weight backed by data, in [0, 1]. */
  readonly coverage: number;
  /**
   * Share of the node's weight backed by data within their age limit, from 0
   * to 1, worked out exactly like `coverage`, but an indicator whose reading
   * is `old` counts as uncovered, and so does an `old` assessment. Never above
   * `coverage`; equal to it when no reading below is old. Present only in a
   * report where some age limit is in force; absent otherwise (read it as
   * equal to `coverage`).
   */
  readonly recentCoverage?: number;
  readonly status: Status;
  /** How the value was obtained. */
  readonly method: Method;
  /** The manual assessment in force, if one overrides the computation. */
  readonly assessment: AssessmentDocument | null;
  /**
   * Whether the value rests on an old manual assessment: the assessment in
   * force is dated longer ago than the model-wide `maxReadingAge` at the
   * report date (an undated one never is). It still counts. Present only in a
   * report where some age limit is in force.
   */
  readonly old?: boolean;
  /** The children and their parts, sorted by id. */
  readonly contributions: readonly Contribution[];
  /** Ids of failing assumptions under links into this node. */
  readonly failingAssumptions: readonly string[];
  /**
   * Ids of the children whose link into this node has only challenging
   * evidence, sorted; such a node, if it would be on track, is at risk.
   * Present only in a report of a document with evidence on some link.
   */
  readonly challengedLinks?: readonly string[];
}

/** The progress of any node in a report. */
export type NodeProgress = IndicatorProgress | ResultProgress;

/** Options of the roll-up, all optional. */
export interface ProgressOptions {
  /** The date to compute progress as of. Default: today (UTC). */
  readonly asOf?: IsoDate;
  /** Default aggregation for goals and objectives without their own. Default `weighted-mean`. */
  readonly aggregation?: AggregationName | AggregationFunction;
  /** Per-node aggregation, overriding the document's `aggregation`. */
  readonly aggregations?: { readonly [id: string]: AggregationName | AggregationFunction };
  /**
   * Aggregation functions by name, for the goals and objectives whose
   * `aggregation` in the document names one (e.g. `aggregation: asi-bands`
   * with `functions: { 'asi-bands': fn }`). A name the document uses that is
   * neither built in nor here makes {@link rollUp} throw a
   * {@link TheoryOfChangeError} (`unknown-aggregation`).
   */
  readonly functions?: { readonly [name: string]: AggregationFunction };
  /** `exclude` (default): missing data are left out and lower coverage. `zero`: counted as 0. */
  readonly missingData?: 'exclude' | 'zero';
  /** Weights of the Outcome-Mapping grades. */
  readonly markerWeights?: Partial<MarkerWeights>;
  /** Status thresholds. */
  readonly thresholds?: Partial<StatusThresholds>;
  /** Whether manual assessments override computed values. Default true. */
  readonly useAssessments?: boolean;
  /**
   * The model-wide age limit of readings, an ISO 8601 duration such as
   * `P18M`, replacing the document's `maxReadingAge`; `null` removes the
   * document's. An indicator's own `maxReadingAge` still applies to it. A
   * reading older than its limit at `asOf` still counts, but is flagged
   * (`old`), and goals and objectives report their `recentCoverage`.
   */
  readonly maxReadingAge?: IsoDuration | null;
  /**
   * Progress for one category of the indicators' dimensions, e.g.
   * `{ sex: 'female' }` (several dimensions: the category of each): every
   * indicator is read for that category, and one not broken down by it has no
   * data (`not-broken-down`). Default: the whole.
   */
  readonly for?: CategoryFilter;
}

/** The resolved settings a report was computed with (custom functions named `custom`). */
export interface ResolvedSettings {
  readonly asOf: IsoDate;
  readonly aggregation: AggregationName | 'custom';
  readonly missingData: 'exclude' | 'zero';
  readonly markerWeights: MarkerWeights;
  readonly thresholds: StatusThresholds;
  readonly useAssessments: boolean;
  /** The model-wide age limit of readings (the option, else the document's); absent when there is none. */
  readonly maxReadingAge?: IsoDuration;
  /** The category progress is for (the `for` option); absent for the whole. */
  readonly for?: CategoryFilter;
}

/**
 * A progress report as plain data: what `JSON.stringify(report)` writes and
 * what every export (diagrams, Markdown, explanations) reads, so a report
 * saved as JSON and parsed again can be drawn too. Lists sorted by id.
 *
 * Where an age limit is in force (a `maxReadingAge` in the document, on an
 * indicator, or in the options), every indicator entry has `maxReadingAge`
 * and `old`, and every goal and objective `recentCoverage` and `old`; where
 * none is, these fields are absent and the report is what it was before age
 * limits existed.
 */
export interface ProgressReportData {
  readonly asOf: IsoDate;
  readonly settings: ResolvedSettings;
  /** Goals and objectives, sorted by id. */
  readonly results: readonly ResultProgress[];
  /** Indicators, sorted by id. */
  readonly indicators: readonly IndicatorProgress[];
}

/**
 * The progress of every goal, objective and indicator as of one date. The
 * numbers come first, in flat arrays by position (goals and objectives sorted
 * by id, the first `resultCount`; then indicators sorted by id); a node's full
 * entry, with its contributions or observations, is built when first asked for
 * (`entry(id)`, or the `results` and `indicators` lists, which build them all).
 * Read-only; `JSON.stringify(report)` gives the plain {@link ProgressReportData}.
 *
 * @example
 * ```ts
 * const report = rollUp(model, { asOf: '2018-12-31' });
 * const at = report.indexOf('ko1');
 * console.log(report.progress[at], report.status[at]); // the numbers, cheap
 * console.log(report.entry('ko1')?.contributions); // the trail, built now
 * ```
 */
export interface ProgressReport extends ProgressReportData {
  /** The id at each position. */
  readonly ids: readonly string[];
  /** How many positions, from the first, are goals and objectives; indicators follow. */
  readonly resultCount: number;
  /** Progress in [0, 1] at each position; `NaN` where there are no data (`null` in an entry). */
  readonly progress: Float64Array;
  /** Expected progress at each position; `NaN` where there is none. */
  readonly expected: Float64Array;
  /** Coverage at each position, in [0, 1]. */
  readonly coverage: Float64Array;
  /** Status at each position. */
  readonly status: readonly Status[];
  /** The position of a goal, objective or indicator, or -1. */
  indexOf(id: string): number;
  /** The node's full entry, built on first call; `undefined` for ids without one (actors, assumptions, unknown ids). */
  entry(id: string): NodeProgress | undefined;
  /** The report as plain data. */
  toJSON(): ProgressReportData;
}
