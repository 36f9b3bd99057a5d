/**
 * The roll-up as docs/guides/progress.md states it, written from the guide
 * alone (not from src/progress) with its own arithmetic: exact rationals on
 * BigInt (a document's numbers read as the decimals the user wrote) and its
 * own calendar. The fast engine is compared with it in
 * test/performance/guide-oracle.test.ts; it is checked by hand in
 * test/performance/guide-roll-up.test.ts.
 *
 * Where the guide leaves a case open, the reading taken is marked
 * "Reading:" below; the random models avoid those cases unless said.
 */
import { flagsAndSourcesKey } from '../../../src/document/canonical-value.js';
import type {
  AggregationFunction,
  AggregationName,
  AssessmentDocument,
  IndicatorDocument,
  IndicatorValue,
  MarkerWeights,
  NodeDocument,
  Method,
  NoDataReason,
  ObservationUsed,
  ProgressOptions,
  ReadingDocument,
  ResultDocument,
  Status,
  StatusThresholds,
  TheoryOfChangeDocument,
} from '../../../src/index.js';
import { dayNumber } from './day-number.js';
import { absolute, add, clamp01, cmp, div, eq, fromNumber, mul, ONE, rational, sub, sum, toNumber, ZERO, type Rational } from './rational.js';

/** One indicator as the guide computes it. */
export interface GuideIndicator {
  readonly kind: 'indicator';
  readonly id: string;
  readonly progress: Rational | null;
  readonly rawProgress: Rational | null;
  readonly expected: Rational | null;
  readonly coverage: Rational;
  readonly status: Status;
  /** The value used; a cumulative total as a rational (the report gives it as a number). */
  readonly value: IndicatorValue | Rational | null;
  readonly baseline: IndicatorValue | null;
  readonly target: IndicatorValue | null;
  /** The observations used (for a cumulative indicator in no particular order). */
  readonly observations: readonly ObservationUsed[];
  readonly reason: NoDataReason | null;
  readonly illustrative: boolean;
  /** True when the status rests on a value within 1e-9 of a threshold but not on it (the guide's nine-decimal rounding may decide either way). */
  readonly nearThreshold: boolean;
  /** True when a number of the indicator is subnormal (non-zero, below 2.2 × 10⁻³⁰⁸): a double holds it only to a few digits. */
  readonly subnormal: boolean;
  /**
   * True when the target lies within a billionth (relative) of the baseline without equalling it
   * (0.9999999999999993 → 1): the division by their difference magnifies the doubles' rounding of
   * the written decimals beyond 1e-9, whatever the engine does.
   */
  readonly illConditioned: boolean;
}

/** One child's part, as the guide computes it. */
export interface GuideContribution {
  readonly id: string;
  readonly relation: 'measures' | 'contributes-to';
  readonly weight: number;
  readonly progress: Rational | null;
  readonly countedAsZero: boolean;
  /** The share of the computed value; `null` where the guide does not say how it is split (custom functions). */
  readonly share: Rational | null;
  readonly failingAssumptions: readonly string[];
}

/** One goal or objective as the guide computes it. */
export interface GuideResult {
  readonly kind: 'goal' | 'objective';
  readonly id: string;
  readonly progress: Rational | null;
  readonly computed: Rational | null;
  readonly expected: Rational | null;
  readonly coverage: Rational;
  readonly status: Status;
  readonly method: Method;
  readonly assessment: AssessmentDocument | null;
  readonly contributions: readonly GuideContribution[];
  readonly failingAssumptions: readonly string[];
  readonly nearThreshold: boolean;
  /** True when the weakest input was chosen among inputs equal in progress and in expected progress (which one is then open). */
  readonly fullTie: boolean;
}

/** The whole report as the guide computes it. */
export interface GuideReport {
  readonly asOf: string;
  readonly settings: {
    readonly asOf: string;
    readonly aggregation: AggregationName | 'custom';
    readonly missingData: 'exclude' | 'zero';
    readonly markerWeights: MarkerWeights;
    readonly thresholds: StatusThresholds;
    readonly useAssessments: boolean;
  };
  readonly results: readonly GuideResult[];
  readonly indicators: readonly GuideIndicator[];
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const NEAR = rational(1n, 1_000_000_000n);

/**
 * Section 4: the status of progress p against expected e (missing: as if 1
 * were expected), decided exactly. Also says whether p or the shortfall lies
 * within 1e-9 of a threshold without being on it.
 */
export function guideStatus(p: Rational | null, e: Rational | null, thresholds: { atRisk: Rational; offTrack: Rational }, failing = false): { status: Status; near: boolean } {
  if (p === null) return { status: 'no-data', near: false };
  const nearTo = (x: Rational, edge: Rational): boolean => !eq(x, edge) && cmp(absolute(sub(x, edge)), NEAR) <= 0;
  if (cmp(p, ONE) >= 0) return { status: 'achieved', near: false };
  const shortfall = sub(e ?? ONE, p);
  const near = nearTo(p, ONE) || nearTo(shortfall, thresholds.atRisk) || nearTo(shortfall, thresholds.offTrack);
  let status: Status = cmp(shortfall, thresholds.atRisk) <= 0 ? 'on-track' : cmp(shortfall, thresholds.offTrack) <= 0 ? 'at-risk' : 'off-track';
  // A link on a failing assumption: on track becomes at risk; nothing else changes.
  if (failing && status === 'on-track') status = 'at-risk';
  return { status, near };
}

/** Section 1: the number a reading stands for on its measure. */
function position(indicator: IndicatorDocument, value: IndicatorValue, rating: number | undefined, weights: MarkerWeights, ratingDefault: number): Rational {
  const measure = indicator.measure;
  switch (measure.kind) {
    case 'number':
    case 'percentage':
      return fromNumber(value as number);
    case 'boolean':
      return value === true ? ONE : ZERO;
    case 'scale':
      return rational(BigInt(measure.levels.indexOf(value as string)));
    case 'markers': {
      const seen = new Set(value as readonly string[]);
      return sum(measure.markers.filter((m) => seen.has(m.id)).map((m) => fromNumber(weights[m.grade])));
    }
    case 'qualitative':
      return fromNumber(rating ?? ratingDefault);
  }
}

/** Marker ids are listed sorted; other values as written. */
const shown = (indicator: IndicatorDocument, value: IndicatorValue): IndicatorValue =>
  indicator.measure.kind === 'markers' ? [...(value as readonly string[])].sort(byCodeUnits) : value;

function used(indicator: IndicatorDocument, reading: ReadingDocument): ObservationUsed {
  return {
    date: dateOf(reading) as string,
    value: shown(indicator, reading.value as IndicatorValue),
    ...(reading.rating === undefined ? {} : { rating: reading.rating }),
    ...(reading.source === undefined ? {} : { source: reading.source }),
    ...(reading.sources === undefined ? {} : { sources: reading.sources }),
    ...(reading.flags === undefined ? {} : { flags: reading.flags }),
    ...(reading.note === undefined ? {} : { note: reading.note }),
  };
}

/**
 * Entries on one date that differ only in source or note: the one whose
 * source, then note, comes first in alphabetical order. Reading: a missing
 * source or note counts as empty, so it comes first. Then by flags and source
 * documents, in the order the library documents for its reading key.
 */
const firstAlphabetically = (a: ReadingDocument, b: ReadingDocument): number =>
  byCodeUnits(a.source ?? '', b.source ?? '') || byCodeUnits(a.note ?? '', b.note ?? '') || byCodeUnits(JSON.stringify(flagsAndSourcesKey(a)), JSON.stringify(flagsAndSourcesKey(b)));

interface TimePoint {
  readonly day: number;
  readonly expected: Rational;
}

/** Expected progress at `day` on the line through the points (0 before the first, 1 after the last). */
function along(points: readonly TimePoint[], day: number): Rational {
  const first = points[0] as TimePoint;
  const last = points[points.length - 1] as TimePoint;
  if (day <= first.day) return ZERO;
  if (day >= last.day) return ONE;
  for (let i = 1; i < points.length; i++) {
    const b = points[i] as TimePoint;
    const a = points[i - 1] as TimePoint;
    if (day <= b.day) return add(a.expected, mul(sub(b.expected, a.expected), rational(BigInt(day - a.day), BigInt(b.day - a.day))));
  }
  return ONE;
}

function indicatorAt(
  indicator: IndicatorDocument,
  asOfDay: number,
  weights: MarkerWeights,
  period: { start: number; end: number } | null,
  thresholds: { atRisk: Rational; offTrack: Rational },
): GuideIndicator {
  const kind = indicator.measure.kind;
  const needsBoth = kind === 'number' || kind === 'percentage' || kind === 'scale';
  // Baseline: written, or the default of yes/no (false), markers (none) and qualitative (rating 0).
  let baseline: { value: IndicatorValue | null; x: Rational; day: number | null } | null = null;
  if (indicator.baseline !== undefined) {
    baseline = { value: shown(indicator, indicator.baseline.value as IndicatorValue), x: position(indicator, indicator.baseline.value as IndicatorValue, indicator.baseline.rating, weights, 0), day: dayNumber(dateOf(indicator.baseline) as string) };
  } else if (kind === 'boolean') baseline = { value: false, x: ZERO, day: null };
  else if (kind === 'markers') baseline = { value: [], x: ZERO, day: null };
  // Reading: a default qualitative baseline has no finding, so the report shows no value.
  else if (kind === 'qualitative') baseline = { value: null, x: ZERO, day: null };
  // Targets by date; the latest is the final one, the earlier ones milestones.
  const targets = [...(indicator.targets ?? [])].map((t) => ({ reading: t, day: dayNumber(dateOf(t) as string) })).sort((a, b) => a.day - b.day);
  const final = targets[targets.length - 1];
  let target: { value: IndicatorValue | null; x: Rational } | null = null;
  if (final !== undefined) target = { value: shown(indicator, (final.reading.value as IndicatorValue)), x: position(indicator, (final.reading.value as IndicatorValue), final.reading.rating, weights, 1) };
  else if (kind === 'boolean') target = { value: true, x: ONE };
  else if (kind === 'markers' && indicator.measure.kind === 'markers') {
    target = { value: indicator.measure.markers.map((m) => m.id).sort(byCodeUnits), x: sum(indicator.measure.markers.map((m) => fromNumber(weights[m.grade]))) };
  } else if (kind === 'qualitative') target = { value: null, x: ONE };

  // Expected progress: the timeline runs from the baseline date (or the period start)
  // to the final target date (or the period end), through the milestones.
  // Reading: this holds for every indicator, numbers, percentages and scales without a baseline or
  // a target included (section 1: "An indicator without a baseline date or a target date uses the
  // model's period instead"; section 4: no expected value only with "no dates and no period").
  let expected: Rational | null = null;
  const start = baseline?.day ?? period?.start ?? null;
  const end = final?.day ?? period?.end ?? null;
  if (start !== null && end !== null && end > start) {
    const points: TimePoint[] = [{ day: start, expected: ZERO }];
    const span = baseline !== null && target !== null ? sub(target.x, baseline.x) : null;
    // Without a baseline or target value, no milestone can be placed: the timeline is the time elapsed (the guide).
    for (const milestone of span === null ? [] : targets.slice(0, -1)) {
      if (milestone.day === (final as { day: number }).day) continue; // the same entry as the final target, written twice
      if (milestone.day <= start) continue; // a milestone at or before the timeline's start (the guide: it starts at 0)
      // Reading: a milestone's share is capped at 100% (the guide) and floored at 0; with no span
      // (no baseline, or a maintain target) the guide gives none, and the random models have none.
      let share = span === null || cmp(span, ZERO) === 0 ? ONE : div(sub(position(indicator, (milestone.reading.value as IndicatorValue), milestone.reading.rating, weights, 1), (baseline as { x: Rational }).x), span);
      share = clamp01(share);
      points.push({ day: milestone.day, expected: share });
    }
    points.push({ day: end, expected: ONE });
    expected = along(points, asOfDay);
  }

  const numbers = [indicator.baseline, ...(indicator.targets ?? []), ...(indicator.observations ?? [])].flatMap((r) => (r === undefined ? [] : [r.value, r.rating]));
  const common = {
    kind: 'indicator' as const,
    id: indicator.id,
    subnormal: numbers.some((x) => typeof x === 'number' && x !== 0 && Math.abs(x) < 2.2250738585072014e-308),
    expected,
    baseline: baseline?.value ?? null,
    target: target?.value ?? null,
    // The documented rule: tagged illustrative, or its baseline or a target flagged illustrative (an observation used: below).
    illustrative:
      (indicator.tags ?? []).includes('illustrative') ||
      [indicator.baseline, ...(indicator.targets ?? [])].some((r) => r?.flags?.includes('illustrative') === true),
  };
  const illConditioned =
    baseline !== null && target !== null && !eq(target.x, baseline.x) && cmp(absolute(sub(target.x, baseline.x)), mul(NEAR, cmp(absolute(target.x), absolute(baseline.x)) > 0 ? absolute(target.x) : absolute(baseline.x))) < 0;
  const noData = (reason: NoDataReason): GuideIndicator => ({ ...common, illConditioned, progress: null, rawProgress: null, coverage: ZERO, status: 'no-data', value: null, observations: [], reason, nearThreshold: false });
  // The reasons, in the guide's order: what must be set up before what must be collected.
  if (needsBoth && indicator.baseline === undefined) return noData('no-baseline');
  if (needsBoth && final === undefined) return noData('no-target');
  const upToDate = (indicator.observations ?? []).map((o) => ({ reading: o, day: dayNumber(dateOf(o) as string) })).filter((o) => o.day <= asOfDay);
  if (upToDate.length === 0) return noData('no-observation');
  const from = baseline?.day ?? null;
  const counted = from === null ? upToDate : upToDate.filter((o) => o.day >= from);
  if (counted.length === 0) return noData('before-baseline');
  const b = (baseline as { x: Rational }).x;
  const t = (target as { x: Rational }).x;

  let x: Rational;
  let value: IndicatorValue | Rational;
  let observations: ObservationUsed[];
  if (indicator.combine === 'cumulative') {
    // The baseline plus every observation from the baseline date to D (same-date ones all count).
    x = add(b, sum(counted.map((o) => position(indicator, (o.reading.value as IndicatorValue), o.reading.rating, weights, 0))));
    value = x;
    observations = counted.map((o) => used(indicator, o.reading));
  } else {
    const lastDay = Math.max(...counted.map((o) => o.day));
    const latest = counted.filter((o) => o.day === lastDay).map((o) => o.reading).sort(firstAlphabetically)[0] as ReadingDocument;
    x = position(indicator, (latest.value as IndicatorValue), latest.rating, weights, 0);
    value = shown(indicator, (latest.value as IndicatorValue));
    observations = [used(indicator, latest)];
  }
  let raw: Rational;
  if (eq(t, b)) {
    // A maintain target: 1 while at or beyond the target in the indicator's direction.
    const beyond = indicator.direction === 'decrease' ? cmp(x, t) <= 0 : cmp(x, t) >= 0;
    raw = beyond ? ONE : ZERO;
  } else raw = div(sub(x, b), sub(t, b));
  const progress = clamp01(raw);
  const { status, near } = guideStatus(progress, expected, thresholds);
  const illustrative = common.illustrative || observations.some((o) => o.flags?.includes('illustrative') === true);
  return { ...common, illustrative, illConditioned, progress, rawProgress: raw, coverage: ONE, status, value, observations, reason: null, nearThreshold: near };
}

interface Input {
  readonly id: string;
  readonly weight: Rational;
  readonly progress: Rational;
  readonly expected: Rational | null;
  /** What a custom function is told besides (section 4): the child's kind, tags and progress before clamping. */
  readonly kind: 'indicator' | 'objective' | 'goal';
  readonly tags: readonly string[];
  readonly raw: Rational;
}

/** Section 2: a node's value from its inputs (never empty), and each input's share. */
function aggregate(method: AggregationName | AggregationFunction, inputs: readonly Input[], weights: readonly number[]): { value: Rational | null; shares: readonly (Rational | null)[]; fullTie: boolean } {
  if (method === 'weighted-mean') {
    const total = sum(inputs.map((i) => i.weight));
    const shares = inputs.map((i) => div(mul(i.weight, i.progress), total));
    return { value: sum(shares), shares, fullTie: false };
  }
  if (method === 'weakest-link') {
    const at = weakest(inputs);
    return { value: (inputs[at.index] as Input).progress, shares: inputs.map((i, k) => (k === at.index ? i.progress : ZERO)), fullTie: at.fullTie };
  }
  const result = method(inputs.map((i, k) => ({ id: i.id, weight: weights[k] as number, progress: toNumber(i.progress), kind: i.kind, tags: i.tags, rawProgress: toNumber(i.raw) })));
  // Reading: the guide does not say how a custom result is split into shares.
  if (typeof result !== 'number' || !Number.isFinite(result)) return { value: null, shares: inputs.map(() => null), fullTie: false };
  return { value: clamp01(fromNumber(result)), shares: inputs.map(() => null), fullTie: false };
}

/** A value rounded to nine decimal places (halves up), as statuses are decided. */
function nineDecimals(x: Rational): Rational {
  const scale = 1_000_000_000n;
  const scaled = x.n * scale * 2n + x.d;
  const twice = x.d * 2n;
  const floor = scaled >= 0n ? scaled / twice : -((-scaled + twice - 1n) / twice);
  return rational(floor, scale);
}

/**
 * The weakest input: the lowest progress; among equals, the one furthest
 * behind (the highest expected progress). Readings: inputs "share the
 * lowest progress" when equal at nine decimal places, as statuses are
 * decided (66.6666666667% and 66.6666666667% + 10⁻⁴⁰ are a tie for a
 * reader); "the highest expected progress" is taken among the inputs that
 * have one, an input without one only if no tied input has one.
 */
function weakest(inputs: readonly Input[]): { index: number; fullTie: boolean } {
  let at = 0;
  let fullTie = false;
  // Expected progress too is compared at nine decimal places (the guide); of inputs alike in both, the first by id.
  const behind = (a: Rational | null, b: Rational | null): number => (a === null ? (b === null ? 0 : -1) : b === null ? 1 : cmp(nineDecimals(a), nineDecimals(b)));
  for (let k = 1; k < inputs.length; k++) {
    const c = inputs[k] as Input;
    const w = inputs[at] as Input;
    const order = cmp(nineDecimals(c.progress), nineDecimals(w.progress));
    if (order < 0) {
      at = k;
      fullTie = false;
    } else if (order === 0) {
      const further = behind(c.expected, w.expected);
      if (further > 0) {
        at = k;
        fullTie = false;
      } else if (further === 0) fullTie = true;
    }
  }
  return { index: at, fullTie };
}

/** Expected progress aggregated like progress over inputs that have one; null if none has. */
function aggregateExpected(method: AggregationName | AggregationFunction, inputs: readonly Input[], weights: readonly number[], lowest: boolean): Rational | null {
  const withExpected = inputs.map((input, k) => ({ input, weight: weights[k] as number })).filter((x) => x.input.expected !== null);
  if (withExpected.length === 0) return null;
  const list = withExpected.map((x) => x.input);
  if (method === 'weighted-mean') return div(sum(list.map((i) => mul(i.weight, i.expected as Rational))), sum(list.map((i) => i.weight)));
  if (method === 'weakest-link') {
    if (lowest) return list.map((i) => i.expected as Rational).reduce((a, b) => (cmp(b, a) < 0 ? b : a));
    return null; // not used: the weakest input's own expected value is taken instead
  }
  // Reading: a custom function aggregates expected progress like progress (section 4).
  const result = method(
    withExpected.map((x) => ({ id: x.input.id, weight: x.weight, progress: toNumber(x.input.expected as Rational), kind: x.input.kind, tags: x.input.tags, rawProgress: toNumber(x.input.expected as Rational) })),
  );
  return typeof result === 'number' && Number.isFinite(result) ? clamp01(fromNumber(result)) : null;
}

/**
 * The assessment in force at D: the latest dated on or before D, an undated
 * one applying from the start. Same-day ones are identical (or an error).
 */
function assessmentAt(assessments: readonly AssessmentDocument[] | undefined, asOfDay: number): AssessmentDocument | null {
  let best: { a: AssessmentDocument; day: number } | null = null;
  for (const a of assessments ?? []) {
    const day = a.date === undefined ? Number.NEGATIVE_INFINITY : dayNumber(a.date);
    if (day > asOfDay) continue;
    if (best === null || day > best.day) best = { a, day };
  }
  return best?.a ?? null;
}

interface Child {
  readonly id: string;
  readonly relation: 'measures' | 'contributes-to';
  readonly weight: number;
  readonly failingAssumptions: readonly string[];
}

/** The report the guide describes for a valid document and options. */
export function guideRollUp(document: TheoryOfChangeDocument, options: ProgressOptions & { readonly asOf: string }): GuideReport {
  const asOf = options.asOf;
  const asOfDay = dayNumber(asOf);
  const weights: MarkerWeights = { expect: 1, like: 2, love: 3, ...stripUndefined(options.markerWeights ?? {}) };
  const thresholdNumbers: StatusThresholds = { atRisk: 0.1, offTrack: 0.25, ...stripUndefined(options.thresholds ?? {}) };
  const thresholds = { atRisk: fromNumber(thresholdNumbers.atRisk), offTrack: fromNumber(thresholdNumbers.offTrack) };
  const missingData = options.missingData ?? 'exclude';
  const useAssessments = options.useAssessments ?? true;
  const defaultAggregation = options.aggregation ?? 'weighted-mean';
  const period = document.period === undefined ? null : { start: dayNumber(document.period.start), end: dayNumber(document.period.end) };

  const indicators = new Map<string, GuideIndicator>();
  for (const node of document.nodes) if (node.kind === 'indicator') indicators.set(node.id, indicatorAt(node, asOfDay, weights, period, thresholds));

  // Inputs of each goal and objective: the indicators measuring it and the results contributing to it.
  const failing = new Set(document.nodes.filter((n) => n.kind === 'assumption' && n.status === 'fails').map((n) => n.id));
  const resultNodes = document.nodes.filter((n): n is ResultDocument => n.kind === 'goal' || n.kind === 'objective');
  const children = new Map<string, Child[]>(resultNodes.map((n) => [n.id, []]));
  for (const node of document.nodes) {
    if (node.kind === 'goal' || node.kind === 'objective') {
      for (const ref of node.contributesTo ?? []) {
        const to = typeof ref === 'string' ? ref : ref.to;
        const assumptions = typeof ref === 'string' ? [] : (ref.assumptions ?? []);
        children.get(to)?.push({ id: node.id, relation: 'contributes-to', weight: typeof ref === 'string' ? 1 : (ref.weight ?? 1), failingAssumptions: [...new Set(assumptions.filter((a) => failing.has(a)))].sort(byCodeUnits) });
      }
    } else if (node.kind === 'indicator') {
      for (const ref of node.measures ?? []) {
        const to = typeof ref === 'string' ? ref : ref.to;
        children.get(to)?.push({ id: node.id, relation: 'measures', weight: typeof ref === 'string' ? 1 : (ref.weight ?? 1), failingAssumptions: [] });
      }
    }
  }
  for (const list of children.values()) list.sort((a, b) => byCodeUnits(a.id, b.id));

  const results = new Map<string, GuideResult>();
  const byId = new Map(resultNodes.map((n) => [n.id, n]));
  const nodeById = new Map(document.nodes.map((n) => [n.id, n]));
  // Bottom up, each node once: a node is computed when asked, after its inputs.
  const compute = (id: string): GuideResult => {
    const done = results.get(id);
    if (done !== undefined) return done;
    const node = byId.get(id) as ResultDocument;
    const list = children.get(id) ?? [];
    const of = (child: Child): { progress: Rational | null; expected: Rational | null; coverage: Rational } => (child.relation === 'measures' ? (indicators.get(child.id) as GuideIndicator) : compute(child.id));
    const own = options.aggregations !== undefined && Object.prototype.hasOwnProperty.call(options.aggregations, id) ? options.aggregations[id] : undefined;
    // The oracle's documents name only built-in aggregations (named ones are tested by hand in test/progress).
    const method = own ?? (node.aggregation as AggregationName | undefined) ?? defaultAggregation;

    const all: Input[] = list.map((child) => {
      const c = of(child);
      const childNode = nodeById.get(child.id) as NodeDocument;
      const kind = childNode.kind === 'indicator' ? 'indicator' : childNode.kind === 'goal' ? 'goal' : 'objective';
      const raw = child.relation === 'measures' ? ((indicators.get(child.id) as GuideIndicator).rawProgress ?? ZERO) : (c.progress ?? ZERO);
      return { id: child.id, weight: fromNumber(child.weight), progress: c.progress ?? ZERO, expected: c.expected, kind, tags: childNode.tags ?? [], raw };
    });
    const countedAt = list.map((_, k) => k).filter((k) => of(list[k] as Child).progress !== null || missingData === 'zero');
    const counted = countedAt.map((k) => all[k] as Input);
    const countedWeights = countedAt.map((k) => (list[k] as Child).weight);

    let computed: Rational | null = null;
    let shares: (Rational | null)[] = list.map(() => ZERO);
    let fullTie = false;
    let expected: Rational | null;
    if (counted.length > 0) {
      const a = aggregate(method, counted, countedWeights);
      computed = a.value;
      fullTie = a.fullTie;
      countedAt.forEach((k, j) => (shares[k] = a.shares[j] as Rational | null));
      if (a.value === null) shares = shares.map(() => null);
    }
    if (counted.length > 0 && computed !== null) {
      // Expected progress over the same inputs as progress.
      if (method === 'weakest-link') expected = (counted[weakest(counted).index] as Input).expected;
      else expected = aggregateExpected(method, counted, countedWeights, false);
    } else {
      // No data: the expected progress of all inputs that have one: weighted mean, or the lowest for weakest link.
      // Reading: a custom function aggregates them like progress (section 4: "expected progress of a goal or
      // objective is aggregated like its progress"); a node whose function gives no value is a node without data.
      expected = aggregateExpected(method, all, list.map((c) => c.weight), true);
    }

    const assessment = useAssessments ? assessmentAt(node.assessments, asOfDay) : null;
    const progress = assessment === null ? computed : fromNumber(assessment.progress);
    const totalWeight = sum(all.map((i) => i.weight));
    const coverage = assessment !== null ? ONE : list.length === 0 ? ZERO : div(sum(list.map((child, k) => mul((all[k] as Input).weight, of(child).coverage))), totalWeight);
    const method_: Method = assessment !== null ? 'assessment' : counted.length === 0 ? 'none' : typeof method === 'function' ? 'custom' : method;
    const failingAssumptions = [...new Set(list.flatMap((c) => c.failingAssumptions))].sort(byCodeUnits);
    const { status, near } = guideStatus(progress, expected, thresholds, failingAssumptions.length > 0);
    const contributions: GuideContribution[] = list.map((child, k) => {
      const p = of(child).progress;
      return { id: child.id, relation: child.relation, weight: child.weight, progress: p, countedAsZero: p === null && missingData === 'zero', share: shares[k] ?? null, failingAssumptions: child.failingAssumptions };
    });
    const result: GuideResult = { kind: node.kind, id, progress, computed, expected, coverage, status, method: method_, assessment, contributions, failingAssumptions, nearThreshold: near, fullTie };
    results.set(id, result);
    return result;
  };
  for (const node of resultNodes) compute(node.id);

  const sorted = <T extends { id: string }>(list: Iterable<T>): T[] => [...list].sort((a, b) => byCodeUnits(a.id, b.id));
  return {
    asOf,
    settings: {
      asOf,
      aggregation: typeof defaultAggregation === 'function' ? 'custom' : defaultAggregation,
      missingData,
      markerWeights: weights,
      thresholds: thresholdNumbers,
      useAssessments,
    },
    results: sorted(results.values()),
    indicators: sorted(indicators.values()),
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A reading's date: its `date`, else its period's last day (the guide's rule, written here apart from the library). */
function dateOf(reading: { readonly date?: string; readonly period?: { readonly end: string } }): string | undefined {
  return reading.date ?? reading.period?.end;
}
