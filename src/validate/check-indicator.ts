import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { describeValue, nodeLabel } from '../diagnostics/describe.js';
import type { IndicatorDocument, IndicatorValue, Measure, ReadingDocument } from '../document/types.js';
import { readingOrderKey } from '../document/canonical-value.js';
import { finalTarget } from '../document/final-target.js';
import { isRecord } from '../document/is-record.js';
import { readingDate, readingWhen } from '../document/reading-date.js';
import { checkReadingPeriods } from './check-reading-periods.js';
import { checkSameDate, readingContent, showReading } from './check-same-date.js';
import { checkBreakdown } from './check-breakdown.js';
import { valueProblem } from './value-problem.js';
import { valuedIndicator } from '../document/breakdown.js';

/**
 * Checks that every baseline, target and observation of an indicator fits its
 * measure, and that its targets and observations make a timeline: no two
 * that contradict each other on one date, no target before the baseline.
 * Then its readings' dates and reporting periods (check-reading-periods.ts).
 * `periodEnd` and `periodStart` are the end and start of the model's period, if any.
 * @internal
 */
export function checkIndicator(written: IndicatorDocument, at: DocumentPath, out: Diagnostic[], periodEnd?: string, periodStart?: string): void {
  // Readings as the roll-up reads them: values worked out from ratios and breakdowns, each in its place.
  const node = valuedIndicator(written, true);
  // The label is made only for a diagnostic: a valid indicator needs none.
  const label = (): string => nodeLabel('indicator', node.id);
  const ids = [node.id];
  const measure = node.measure;
  const error = (code: Diagnostic['code'], path: DocumentPath, message: string): void => {
    out.push({ code, severity: 'error', path, ids, message });
  };
  const warn = (code: Diagnostic['code'], path: DocumentPath, message: string): void => {
    out.push({ code, severity: 'warning', path, ids, message });
  };

  if (measure.kind === 'markers') {
    const seen = new Set<string>();
    measure.markers.forEach((marker, i) => {
      if (seen.has(marker.id)) {
        error('duplicate-id', [...at, 'measure', 'markers', i, 'id'], `${label()} lists the progress marker "${marker.id}" twice.`);
      }
      seen.add(marker.id);
    });
  }
  if (measure.kind === 'scale') {
    const seen = new Set<string>();
    measure.levels.forEach((level, i) => {
      if (seen.has(level)) error('duplicate-level', [...at, 'measure', 'levels', i], `${label()} lists the scale level "${level}" twice.`);
      seen.add(level);
    });
  }
  const isRatio = (o: { readonly numerator?: number; readonly denominator?: number }): boolean => o.numerator !== undefined && o.denominator !== undefined;
  const ratios = measure.kind === 'percentage' && (written.observations ?? []).length > 0 && (written.observations ?? []).every((o) => isRatio(o) || (o.breakdown !== undefined && o.breakdown.length > 0 && o.breakdown.every(isRatio)));
  if (node.combine === 'cumulative' && measure.kind !== 'number' && !ratios) {
    const also = measure.kind === 'percentage' ? ' (or a percentage whose observations all give numerator and denominator, added up as counts)' : '';
    error('value-mismatch', [...at, 'combine'], `${label()} adds its observations up ("cumulative"), which only works for a "number" measure, not "${measure.kind}"${also}.`);
  }

  const targetList = written.targets ?? [];
  const observations = written.observations ?? [];
  checkReadingsFit(measure, node.id, written.baseline, targetList, observations, at, out);
  checkBreakdown(written, at, out);
  checkReadingPeriods(written, at, out, periodStart);

  // Entries of one date: a contradiction, or the same entry twice.
  if (targetList.length > 1 || observations.length > 1) {
    const list = (noun: 'targets' | 'observations', additive: boolean) => ({ label: label(), ids, at: [...at, noun], noun, additive });
    checkSameDate(targetList, list('targets', false), readingDate, readingContent, showReading, out, readingOrderKey);
    checkSameDate(observations, list('observations', node.combine === 'cumulative'), readingDate, readingContent, showReading, out, readingOrderKey);
  }

  const needsBounds = measure.kind === 'number' || measure.kind === 'percentage' || measure.kind === 'scale';
  if (needsBounds && node.baseline === undefined) {
    warn('missing-baseline', at, `${label()} has no baseline, so its progress cannot be computed.`);
  }
  const targets = node.targets ?? [];
  if (needsBounds && targets.length === 0) {
    warn('missing-target', at, `${label()} has no target, so its progress cannot be computed.`);
  }
  if (!needsBounds && targets.length === 0) {
    const standIn = measure.kind === 'boolean' ? '"yes"' : measure.kind === 'markers' ? 'every marker' : 'a rating of 1';
    const when = periodEnd === undefined ? 'it has no date, so its status is rated against the full target from the start' : `it is dated the end of the period (${periodEnd})`;
    warn('missing-target', at, `${label()} has no target, so ${standIn} stands in for it, and ${when}. Write a target with its date.`);
  }
  const baseline = node.baseline;
  const baselineDate = baseline === undefined ? undefined : readingDate(baseline);
  if (baseline !== undefined && baselineDate !== undefined) {
    targets.forEach((target, i) => {
      const date = readingDate(target);
      if (date === undefined || date > baselineDate) return;
      error(
        'target-before-baseline',
        [...at, 'targets', i, target.date === undefined ? 'period' : 'date'],
        `${label()}: its target of ${readingWhen(target)} is dated ${date === baselineDate ? 'on the same day as' : 'before'} its baseline (${readingWhen(baseline)}); a target must come after the baseline.`,
      );
    });
  }
  if (node.baseline !== undefined && targets.length > 0 && (measure.kind === 'number' || measure.kind === 'percentage')) {
    const base = node.baseline.value;
    const decreasing = node.direction === 'decrease';
    targets.forEach((target, i) => {
      if (typeof base !== 'number' || typeof target.value !== 'number') return;
      if (decreasing ? target.value > base : target.value < base) {
        warn(
          'target-wrong-side',
          [...at, 'targets', i, 'value'],
          `${label()} should ${decreasing ? 'decrease' : 'increase'}, but its target of ${readingWhen(target)} (${target.value}) is ${decreasing ? 'above' : 'below'} its baseline (${base}).`,
        );
      }
    });
  }
  const final = lastByDate(targets);
  if (node.baseline !== undefined && final !== undefined && sameValue(node.baseline.value, final.reading.value) && measure.kind !== 'markers' && measure.kind !== 'qualitative') {
    const keep = node.direction === 'decrease' ? 'at or below' : 'at or above';
    warn(
      'target-equals-baseline',
      [...at, 'targets', final.index, 'value'],
      `${label()}: its final target equals its baseline (${describeValue(final.reading.value)}), so it is read as a level to maintain: progress is 100% while the value stays ${keep} it, and 0% otherwise.`,
    );
  }
  // Targets each for their own period are not steps towards the last one: none lies beyond it.
  if (baseline !== undefined && final !== undefined && needsBounds && node.targetsAre !== 'per-period') {
    const position = (value: IndicatorValue | undefined): number =>
      measure.kind === 'scale' ? measure.levels.indexOf(value as string) : typeof value === 'number' ? value : Number.NaN;
    const b = position(baseline.value);
    const span = position(final.reading.value) - b;
    targets.forEach((target, i) => {
      if (i === final.index || (readingDate(target) ?? '') >= (readingDate(final.reading) ?? '') || !(span !== 0 && (position(target.value) - b) / span > 1)) return;
      warn(
        'milestone-beyond-target',
        [...at, 'targets', i, 'value'],
        `${label()}: its milestone of ${readingWhen(target)} (${showReading(target)}) lies beyond its final target (${showReading(final.reading)} by ${readingDate(final.reading)}), so reaching the final target is expected from ${readingDate(target)} on. If the targets are each for their own year rather than steps towards the final one, write targetsAre: per-period on the indicator.`,
      );
    });
  }
}

/**
 * Checks that each baseline, target and observation fits the measure (value
 * and rating), in that order; entries that are `undefined` are skipped, so a
 * caller may pass only the usable entries of a broken node, in their places.
 */
function checkReadingsFit(
  measure: Measure,
  id: string,
  baseline: ReadingDocument | undefined,
  targets: readonly (ReadingDocument | undefined)[],
  observations: readonly (ReadingDocument | undefined)[],
  at: DocumentPath,
  out: Diagnostic[],
): void {
  const error = (path: DocumentPath, message: string): void => {
    out.push({ code: 'value-mismatch', severity: 'error', path, ids: [id], message: `${nodeLabel('indicator', id)}: ${message}` });
  };
  // Paths are made only for a diagnostic.
  const check = (reading: ReadingDocument | undefined, path: () => DocumentPath, role: 'baseline' | 'target' | 'observation'): void => {
    if (reading === undefined) return;
    const problem = reading.value === undefined ? undefined : valueProblem(measure, reading.value);
    if (problem !== undefined) error([...path(), 'value'], `the ${role} of ${readingWhen(reading)} is ${describeValue(reading.value)}, but ${problem}.`);
    if (reading.rating !== undefined && measure.kind !== 'qualitative') {
      error([...path(), 'rating'], `the ${role} of ${readingWhen(reading)} has a rating, but only qualitative indicators take ratings.`);
    }
    if (measure.kind === 'qualitative' && role === 'observation' && reading.rating === undefined) {
      error([...path(), 'rating'], `the observation of ${readingWhen(reading)} needs a "rating" between 0 and 1 for its finding.`);
    }
  };
  check(baseline, () => [...at, 'baseline'], 'baseline');
  for (let i = 0; i < targets.length; i++) check(targets[i], () => [...at, 'targets', i], 'target');
  for (let i = 0; i < observations.length; i++) check(observations[i], () => [...at, 'observations', i], 'observation');
}

/**
 * For an indicator that failed the schema: checks whatever of its readings
 * can be read against whatever of its measure can be read, so that one
 * problem (a bad date) does not hide another (a value of `48%`) until it is
 * fixed. Reads the raw node leniently; never throws.
 * @internal
 */
export function checkBrokenIndicator(raw: { readonly [key: string]: unknown }, id: string, at: DocumentPath, out: Diagnostic[]): void {
  const measure = looseMeasure(raw.measure);
  if (measure === undefined) return;
  const reading = (value: unknown): ReadingDocument | undefined => {
    if (!isRecord(value) || !isIndicatorValue(value.value)) return undefined;
    if (value.rating !== undefined && typeof value.rating !== 'number') return undefined;
    const period = isRecord(value.period) && typeof value.period.start === 'string' && typeof value.period.end === 'string' ? { start: value.period.start, end: value.period.end } : undefined;
    return {
      ...(typeof value.date === 'string' ? { date: value.date } : {}),
      ...(period === undefined ? {} : { period }),
      value: value.value,
      ...(value.rating === undefined ? {} : { rating: value.rating }),
    };
  };
  const list = (value: unknown): (ReadingDocument | undefined)[] => (Array.isArray(value) ? Array.from(value as readonly unknown[], reading) : []);
  checkReadingsFit(measure, id, reading(raw.baseline), list(raw.targets), list(raw.observations), at, out);
}

/** A measure as far as it can be read from raw data, enough for {@link valueProblem}. */
function looseMeasure(raw: unknown): Measure | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.kind) {
    case 'number':
    case 'percentage':
    case 'boolean':
    case 'qualitative':
      return { kind: raw.kind };
    case 'scale':
      return Array.isArray(raw.levels) && raw.levels.every((l) => typeof l === 'string') ? { kind: 'scale', levels: raw.levels as string[] } : undefined;
    case 'markers':
      return Array.isArray(raw.markers) && raw.markers.every((m) => isRecord(m) && typeof m.id === 'string')
        ? { kind: 'markers', markers: (raw.markers as { id: string }[]).map((m) => ({ id: m.id, grade: 'expect' as const, title: m.id })) }
        : undefined;
    default:
      return undefined;
  }
}

function isIndicatorValue(value: unknown): value is IndicatorValue {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (Array.isArray(value) && value.every((v) => typeof v === 'string'))
  );
}

/** The final target (see {@link finalTarget}: the roll-up's rule) and its position in the list. */
function lastByDate(targets: readonly ReadingDocument[]): { reading: ReadingDocument; index: number } | undefined {
  const reading = finalTarget(targets);
  return reading === undefined ? undefined : { reading, index: targets.indexOf(reading) };
}

function sameValue(a: IndicatorValue | undefined, b: IndicatorValue | undefined): boolean {
  return a !== undefined && typeof a !== 'object' && a === b;
}
