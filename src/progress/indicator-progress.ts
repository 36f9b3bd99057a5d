import { dayNumber } from '../document/dates.js';
import type { IndicatorDocument, IndicatorValue, ReadingDocument } from '../document/types.js';
import type { IndicatorProgress, MarkerWeights, NoDataReason, ObservationUsed } from './types.js';

/**
 * An indicator prepared once for any number of dates: readings sorted, every
 * value mapped onto one numeric scale, the trajectory of expected progress.
 * @internal
 */
export interface PreparedIndicator {
  readonly node: IndicatorDocument;
  /** Observations sorted by date (stable), with their scale value and day. */
  readonly observations: readonly { readonly reading: ReadingDocument; readonly day: number; readonly x: number }[];
  readonly baseline: { readonly value: IndicatorValue | null; readonly x: number; readonly day: number | null } | null;
  readonly target: { readonly value: IndicatorValue | null; readonly x: number } | null;
  /** Points (day, expected progress) of the trajectory, sorted by day; empty when there is no timeline. */
  readonly trajectory: readonly { readonly day: number; readonly expected: number }[];
  readonly illustrative: boolean;
}

/** The period of the model, as day numbers, for trajectories without their own dates. @internal */
export interface Period {
  readonly start: number | null;
  readonly end: number | null;
}

/**
 * Prepares an indicator. Each measure maps values onto numbers:
 * number and percentage as they are; yes/no as 0/1; a scale level as its
 * position; progress markers as the summed weights of the markers listed;
 * a qualitative reading as its rating. Defaults where none is written:
 * yes/no baseline `false` and target `true`; markers baseline none and
 * target all; qualitative baseline rating 0 and target rating 1.
 * @internal
 */
export function prepareIndicator(node: IndicatorDocument, weights: MarkerWeights, period: Period): PreparedIndicator {
  const measure = node.measure;
  const x = (reading: ReadingDocument): number => {
    const value = reading.value;
    switch (measure.kind) {
      case 'number':
      case 'percentage':
        return value as number;
      case 'boolean':
        return value === true ? 1 : 0;
      case 'scale':
        return measure.levels.indexOf(value as string);
      case 'markers': {
        const listed = new Set(value as readonly string[]);
        let sum = 0;
        for (const marker of measure.markers) if (listed.has(marker.id)) sum += weights[marker.grade];
        return sum;
      }
      case 'qualitative':
        return reading.rating ?? 0;
    }
  };

  const observations = (node.observations ?? [])
    .map((reading, i) => ({ reading, day: dayNumber(reading.date), x: x(reading), i }))
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map(({ reading, day, x: value }) => ({ reading, day, x: value }));

  let baseline: PreparedIndicator['baseline'] = null;
  if (node.baseline !== undefined) baseline = { value: node.baseline.value, x: x(node.baseline), day: dayNumber(node.baseline.date) };
  else if (measure.kind === 'boolean') baseline = { value: false, x: 0, day: null };
  else if (measure.kind === 'markers') baseline = { value: [], x: 0, day: null };
  else if (measure.kind === 'qualitative') baseline = { value: null, x: 0, day: null };

  const targets = (node.targets ?? [])
    .map((reading, i) => ({ reading, day: dayNumber(reading.date), i }))
    .sort((a, b) => a.day - b.day || a.i - b.i);
  const final = targets[targets.length - 1];
  let target: PreparedIndicator['target'] = null;
  if (final !== undefined) {
    target = { value: final.reading.value, x: measure.kind === 'qualitative' ? (final.reading.rating ?? 1) : x(final.reading) };
  } else if (measure.kind === 'boolean') target = { value: true, x: 1 };
  else if (measure.kind === 'markers') {
    target = { value: measure.markers.map((m) => m.id), x: measure.markers.reduce((s, m) => s + weights[m.grade], 0) };
  } else if (measure.kind === 'qualitative') target = { value: null, x: 1 };

  const trajectory: { day: number; expected: number }[] = [];
  const start = baseline?.day ?? period.start;
  const end = final?.day ?? period.end;
  if (baseline !== null && target !== null && start !== null && end !== null && end > start) {
    trajectory.push({ day: start, expected: 0 });
    const span = target.x / 2 - baseline.x / 2;
    for (const t of targets.slice(0, -1)) {
      if (t.day <= start || t.day >= end) continue;
      const tx = measure.kind === 'qualitative' ? (t.reading.rating ?? 1) : x(t.reading);
      const fraction = span === 0 ? 1 : (tx / 2 - baseline.x / 2) / span;
      trajectory.push({ day: t.day, expected: Number.isNaN(fraction) ? 0 : clamp(fraction) });
    }
    trajectory.push({ day: end, expected: 1 });
  }
  return { node, observations, baseline, target, trajectory, illustrative: (node.tags ?? []).includes('illustrative') };
}

/** Expected progress at `day` on a trajectory: 0 before it starts, 1 after it ends, linear between points. @internal */
export function expectedAt(trajectory: PreparedIndicator['trajectory'], day: number): number | null {
  const first = trajectory[0];
  if (first === undefined) return null;
  if (day <= first.day) return 0;
  for (let i = 1; i < trajectory.length; i++) {
    const b = trajectory[i] as { day: number; expected: number };
    if (day <= b.day) {
      const a = trajectory[i - 1] as { day: number; expected: number };
      return a.expected + ((b.expected - a.expected) * (day - a.day)) / (b.day - a.day);
    }
  }
  return 1;
}

/**
 * The progress of a prepared indicator at `day`, without its status (the
 * caller adds it). Rules:
 * - observations dated before the baseline are ignored;
 * - `latest`: the last observation on or before the day; `cumulative`: the
 *   baseline plus every observation from the baseline date to the day;
 * - progress = (value − baseline) / (target − baseline), which respects the
 *   direction; when target equals baseline, progress is 1 if the value is at
 *   or beyond the target in the indicator's direction, else 0;
 * - `rawProgress` keeps over- and under-achievement, `progress` is clamped to [0, 1].
 * @internal
 */
export function indicatorValueAt(
  prepared: PreparedIndicator,
  day: number,
): Omit<IndicatorProgress, 'status'> {
  const { node, baseline, target } = prepared;
  const base = {
    kind: 'indicator' as const,
    id: node.id,
    expected: expectedAt(prepared.trajectory, day),
    baseline: baseline?.value ?? null,
    target: target?.value ?? null,
    illustrative: prepared.illustrative,
  };
  const none = (reason: NoDataReason): Omit<IndicatorProgress, 'status'> => ({
    ...base,
    progress: null,
    rawProgress: null,
    coverage: 0,
    value: null,
    observations: [],
    reason,
  });

  const from = baseline?.day ?? Number.NEGATIVE_INFINITY;
  let lastIndex = -1;
  let anyBefore = false;
  for (let i = 0; i < prepared.observations.length; i++) {
    const o = prepared.observations[i] as PreparedIndicator['observations'][number];
    if (o.day > day) break;
    if (o.day < from) anyBefore = true;
    else lastIndex = i;
  }
  if (lastIndex === -1) return none(anyBefore ? 'before-baseline' : 'no-observation');
  if (baseline === null) return none('no-baseline');
  if (target === null) return none('no-target');

  let x: number;
  let value: IndicatorValue;
  const used: ObservationUsed[] = [];
  if (node.combine === 'cumulative') {
    x = baseline.x;
    for (let i = 0; i <= lastIndex; i++) {
      const o = prepared.observations[i] as PreparedIndicator['observations'][number];
      if (o.day < from) continue;
      x += o.x;
      used.push(observationUsed(o.reading));
    }
    value = x;
  } else {
    const o = prepared.observations[lastIndex] as PreparedIndicator['observations'][number];
    x = o.x;
    value = o.reading.value;
    used.push(observationUsed(o.reading));
  }
  // Halves cannot overflow for finite numbers, so huge values never give Infinity or NaN.
  const span = target.x / 2 - baseline.x / 2;
  let raw: number;
  if (span === 0) {
    const decreasing = node.direction === 'decrease';
    raw = (decreasing ? x <= target.x : x >= target.x) ? 1 : 0;
  } else raw = (x / 2 - baseline.x / 2) / span;
  if (Number.isNaN(raw)) raw = 0;
  else if (!Number.isFinite(raw)) raw = raw > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
  raw = raw === 0 ? 0 : raw;
  return { ...base, progress: clamp(raw), rawProgress: raw, coverage: 1, value, observations: used, reason: null };
}

function observationUsed(reading: ReadingDocument): ObservationUsed {
  const out: { -readonly [K in keyof ObservationUsed]: ObservationUsed[K] } = { date: reading.date, value: reading.value };
  if (reading.rating !== undefined) out.rating = reading.rating;
  if (reading.source !== undefined) out.source = reading.source;
  if (reading.note !== undefined) out.note = reading.note;
  return out;
}

/** Clamps to [0, 1]; -0 becomes 0. @internal */
export function clamp(value: number): number {
  return value <= 0 ? 0 : value >= 1 ? 1 : value;
}
