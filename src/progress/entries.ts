import { canonicalValue } from '../document/canonical-value.js';
import { dateOfDay } from '../document/dates.js';
import type { AssessmentDocument, IndicatorValue } from '../document/types.js';
import { KIND_CODE } from '../model/model-index.js';
import { ASSESSED, METHOD_NAMES, same, type EvaluationState } from './evaluation-state.js';
import { CUMULATIVE, ILLUSTRATIVE, PER_PERIOD } from './indicator-table.js';
import { hasFlag } from './illustrative-reading.js';
import { observationUsed, type Observations } from './observations.js';
import { periodSum, targetPosition, type PerPeriodTargets } from './per-period.js';
import {
  STATUSES,
  type Contribution,
  type IndicatorProgress,
  type JudgedTarget,
  type Method,
  type NoDataReason,
  type ObservationUsed,
  type ResultProgress,
} from './types.js';

/** Names of the no-data reason codes (REASON in indicator-progress). */
const REASONS: readonly (NoDataReason | null)[] = [null, 'no-observation', 'no-baseline', 'no-target', 'before-baseline', 'not-broken-down'];
const EMPTY: readonly ObservationUsed[] = Object.freeze([]);

/** A stored number as reported: NaN stands for `null`. */
function nullable(x: number): number | null {
  return x === x ? x : null;
}

/** Builds and stores the entry of the indicator at `i` from its numbers; `obs` are the observations they were computed from. @internal */
export function indicatorEntry(state: EvaluationState, i: number, obs: Observations): IndicatorProgress {
  const { table, compiled } = state.plan;
  const s = table.slotOf[i] as number;
  const flags = table.flags[s] as number;
  const last = state.last[i] as number;
  const cumulative = (flags & CUMULATIVE) !== 0;
  const perPeriod = (flags & PER_PERIOD) !== 0 ? table.perPeriod[s] : undefined;
  let value: IndicatorValue | null = null;
  let observations = EMPTY;
  if (last !== -1) {
    if (cumulative) {
      // Per-period: the sum over the judged target's period alone, the baseline not added.
      value = perPeriod === undefined ? (obs.sum[last] as number) : periodSum(obs, state.first[i] as number, last);
      const used: ObservationUsed[] = [];
      for (let k = state.first[i] as number; k <= last; k++) used.push(observationUsed(obs, k));
      observations = used;
    } else {
      value = obs.value[last] as IndicatorValue;
      let single = obs.single[last];
      if (single === undefined) {
        single = Object.freeze([observationUsed(obs, last)]);
        obs.single[last] = single;
      }
      observations = single;
    }
  }
  const judged = perPeriod === undefined ? undefined : judgedEntry(perPeriod, state.judged[i] as number);
  const base: IndicatorProgress = {
    kind: 'indicator',
    id: compiled.ids[i] as string,
    expected: nullable(state.expected[i] as number),
    baseline: table.baselineValue[s] as IndicatorValue | null,
    target: judged === undefined ? (table.targetValue[s] as IndicatorValue | null) : judged.value,
    illustrative: (flags & ILLUSTRATIVE) !== 0 || observations.some((o) => hasFlag(o, 'illustrative')),
    progress: nullable(state.progress[i] as number),
    rawProgress: nullable(state.raw[i] as number),
    coverage: state.coverage[i] as number,
    value,
    observations,
    reason: REASONS[state.code[i] as number] as NoDataReason | null,
    status: STATUSES[state.status[i] as number] as IndicatorProgress['status'],
  };
  // The judged target only for per-period targets: other reports are as they always were.
  const entry: IndicatorProgress = judged === undefined ? base : { ...base, judgedTarget: judged };
  const ages = state.plan.ages;
  // The age fields only where a limit is in force: a report without one is as it always was.
  const aged: IndicatorProgress =
    ages === undefined ? entry : { ...entry, maxReadingAge: ages.bySlot[s]?.text ?? null, old: state.old[i] === 1 };
  state.set(i, aged);
  return aged;
}

/** The target a {@link judgedTarget} code stands for, as a report gives it. */
function judgedEntry(targets: PerPeriodTargets, judged: number): JudgedTarget {
  const k = targetPosition(judged);
  const reading = targets.reading[k] as PerPeriodTargets['reading'][number];
  const start = targets.start[k] as number;
  const date = dateOfDay(targets.end[k] as number);
  return {
    date,
    ...(start === Number.NEGATIVE_INFINITY ? {} : { period: { start: dateOfDay(start), end: date } }),
    // Targets are read through the indicator's view, where every value is worked out.
    value: canonicalValue(reading.value as IndicatorValue),
    ...(reading.rating === undefined ? {} : { rating: reading.rating }),
    ended: judged >= 0,
  };
}

/**
 * Builds the entry of the goal or objective at `r` from its numbers. With
 * `old` (its entry before), contributions that did not change are reused,
 * and `old` itself is kept when nothing changed. With `previous` too (the
 * evaluation `old` comes from), what changed is read from its numbers
 * rather than from the old entries.
 * @internal
 */
export function resultEntry(state: EvaluationState, r: number, old?: ResultProgress, previous?: EvaluationState): ResultProgress {
  const { compiled } = state.plan;
  const start = compiled.childOffsets[r] as number;
  const end = compiled.childOffsets[r + 1] as number;
  const list =
    old !== undefined && previous !== undefined ? contributionsAfter(state, previous, start, end, old.contributions) : contributions(state, start, end, old?.contributions);
  const progress = nullable(state.progress[r] as number);
  const computed = nullable(state.raw[r] as number);
  const expected = nullable(state.expected[r] as number);
  const coverage = state.coverage[r] as number;
  const status = STATUSES[state.status[r] as number] as ResultProgress['status'];
  const method = METHOD_NAMES[state.code[r] as number] as Method;
  const assessment = state.code[r] === ASSESSED ? (state.assessments.get(r) as AssessmentDocument) : null;
  const aged = state.plan.ages !== undefined;
  const recentCoverage = aged ? (state.recent[r] as number) : undefined;
  const oldAssessment = aged ? state.old[r] === 1 : undefined;
  if (
    old !== undefined &&
    list === old.contributions &&
    old.progress === progress &&
    old.computed === computed &&
    old.expected === expected &&
    old.coverage === coverage &&
    old.status === status &&
    old.method === method &&
    old.assessment === assessment &&
    old.recentCoverage === recentCoverage &&
    old.old === oldAssessment
  ) {
    state.set(r, old);
    return old;
  }
  const kind = compiled.index.kind(r) === KIND_CODE.goal ? 'goal' : 'objective';
  const id = compiled.ids[r] as string;
  const failingAssumptions = compiled.failing[r] as readonly string[];
  // The age fields only where a limit is in force, each after the field it qualifies.
  const entry: ResultProgress = aged
    ? { kind, id, progress, computed, expected, coverage, recentCoverage, status, method, assessment, old: oldAssessment, contributions: list, failingAssumptions }
    : { kind, id, progress, computed, expected, coverage, status, method, assessment, contributions: list, failingAssumptions };
  // The challenged links only where some link has evidence: a report without is as it always was.
  const withEvidence: ResultProgress = compiled.linkEvidence ? { ...entry, challengedLinks: compiled.challenged[r] as readonly string[] } : entry;
  state.set(r, withEvidence);
  return withEvidence;
}

/** The contributions of children `start` to `end - 1`, keeping `old` (or its entries) where nothing changed. */
function contributions(state: EvaluationState, start: number, end: number, old: readonly Contribution[] | undefined): readonly Contribution[] {
  const childAt = state.plan.compiled.childAt;
  const progress = state.progress;
  if (old === undefined) {
    const out = new Array<Contribution>(end - start);
    for (let k = start; k < end; k++) {
      // The child's entry, when built, holds the same number already boxed: sharing it saves an allocation.
      const c = childAt[k] as number;
      out[k - start] = contribution(state, k, state.entry(c)?.progress ?? nullable(progress[c] as number));
    }
    return out;
  }
  let out: Contribution[] | undefined;
  for (let k = start; k < end; k++) {
    const p = nullable(progress[childAt[k] as number] as number);
    const previous = old[k - start] as Contribution;
    if (previous.progress === p && previous.share === state.share[k]) continue;
    out ??= old.slice();
    out[k - start] = contribution(state, k, p);
  }
  return out ?? old;
}

/**
 * The contributions of children `start` to `end - 1` given those of the
 * same node in `previous`: the old list when no child's progress or share
 * changed, else a new list keeping each unchanged entry.
 */
function contributionsAfter(state: EvaluationState, previous: EvaluationState, start: number, end: number, old: readonly Contribution[]): readonly Contribution[] {
  const { childAt } = state.plan.compiled;
  let k = start;
  while (k < end && state.share[k] === previous.share[k] && same(state.progress[childAt[k] as number] as number, previous.progress[childAt[k] as number] as number)) k++;
  if (k === end) return old;
  const out = old.slice();
  for (; k < end; k++) {
    const c = childAt[k] as number;
    if (state.share[k] === previous.share[k] && same(state.progress[c] as number, previous.progress[c] as number)) continue;
    out[k - start] = contribution(state, k, nullable(state.progress[c] as number));
  }
  return out;
}

/** A new contribution entry for child link `k`, whose child has progress `p`. */
function contribution(state: EvaluationState, k: number, p: number | null): Contribution {
  const { childId, childWeight, childMeasures, childFailing, childEvidence } = state.plan.compiled;
  const entry: Contribution = {
    id: childId[k] as string,
    relation: childMeasures[k] === 1 ? 'measures' : 'contributes-to',
    weight: childWeight[k] as number,
    progress: p,
    countedAsZero: p === null && state.zero,
    share: state.share[k] as number,
    failingAssumptions: childFailing[k] as readonly string[],
  };
  // The balance only on a link with evidence: other contributions are as they always were.
  const evidence = childEvidence[k];
  return evidence === undefined ? entry : { ...entry, evidence };
}

