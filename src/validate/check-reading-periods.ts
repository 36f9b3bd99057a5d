import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { nodeLabel } from '../diagnostics/describe.js';
import { readingOrderKey } from '../document/canonical-value.js';
import { dateOfDay, dayNumber } from '../document/dates.js';
import { formatPeriod, readingDate, readingWhen } from '../document/reading-date.js';
import type { IndicatorDocument, ReadingDocument } from '../document/types.js';
import { showReading } from './check-same-date.js';

/**
 * Checks the dates and reporting periods of an indicator's readings (see the
 * progress guide, "Reporting periods"): each reading has a date or a period
 * (`missing-field`); a period does not end before it starts
 * (`invalid-period`); a reading with both is dated its period's last day
 * (`date-not-period-end`). Then the periods taken together: a cumulative
 * indicator whose observations' periods overlap counts the shared days twice
 * (`overlapping-observations`); per-period targets whose periods overlap
 * leave it ambiguous which is in force (`overlapping-targets`); and an
 * observation of a per-period indicator that falls in no target's period is
 * judged against none (`outside-target-periods`). `modelStart` is the start
 * of the model's period, if any. Every message is the same whatever the
 * order the readings are written in.
 * @internal
 */
export function checkReadingPeriods(node: IndicatorDocument, at: DocumentPath, out: Diagnostic[], modelStart?: string): void {
  const label = (): string => nodeLabel('indicator', node.id);
  const ids = [node.id];
  const targets = node.targets ?? [];
  const observations = node.observations ?? [];
  let usable = true;
  const each = (reading: ReadingDocument, path: DocumentPath, role: 'baseline' | 'target' | 'observation'): void => {
    const period = reading.period;
    if (reading.date === undefined && period === undefined) {
      usable = false;
      out.push({
        code: 'missing-field',
        severity: 'error',
        path: [...path, 'date'],
        ids,
        message: `${label()}: its ${role} of ${showReading(reading)} has neither a date nor a period. Give the date the value held, or the period it covers as { start, end }.`,
      });
      return;
    }
    if (period === undefined) return;
    if (period.end < period.start) {
      usable = false;
      out.push({
        code: 'invalid-period',
        severity: 'error',
        path: [...path, 'period'],
        ids,
        message: `${label()}: the period of its ${role} of ${showReading(reading)} ends (${period.end}) before it starts (${period.start}).`,
      });
    }
    if (reading.date !== undefined && reading.date !== period.end) {
      usable = false;
      out.push({
        code: 'date-not-period-end',
        severity: 'error',
        path: [...path, 'date'],
        ids,
        message: `${label()}: its ${role} for ${formatPeriod(period)} is dated ${reading.date}, but a reading with a period is dated by the period's last day (${period.end}). Leave the date out, or correct it.`,
      });
    }
  };
  if (node.baseline !== undefined) each(node.baseline, [...at, 'baseline'], 'baseline');
  targets.forEach((t, i) => each(t, [...at, 'targets', i], 'target'));
  observations.forEach((o, i) => each(o, [...at, 'observations', i], 'observation'));
  // The periods taken together only once each reading's own dates are right.
  if (!usable) return;

  if (node.combine === 'cumulative') {
    const spans = observations.flatMap((o, index) => (o.period === undefined ? [] : [{ start: o.period.start, end: o.period.end, index, key: readingOrderKey(o) }]));
    spans.sort((a, b) => compare(a.start, b.start) || compare(a.end, b.end) || compare(a.key, b.key) || a.index - b.index);
    let widest: (typeof spans)[number] | undefined;
    for (const span of spans) {
      if (widest !== undefined && span.start <= widest.end) {
        const a = observations[widest.index] as ReadingDocument;
        const b = observations[span.index] as ReadingDocument;
        out.push({
          code: 'overlapping-observations',
          severity: 'warning',
          path: [...at, 'observations', span.index, 'period'],
          ids,
          message: `${label()} adds its observations up, but its observations for ${readingWhen(a)} (${showReading(a)}) and ${readingWhen(b)} (${showReading(b)}) overlap, so the days they share are counted twice. Give each observation a period of its own.`,
        });
      }
      if (widest === undefined || span.end > widest.end) widest = span;
    }
  }

  if (node.targetsAre !== 'per-period' || targets.length === 0) return;
  const covered = targetPeriods(node, modelStart);
  for (let k = 1; k < covered.length; k++) {
    const before = covered[k - 1] as CoveredPeriod;
    const after = covered[k] as CoveredPeriod;
    if (after.start > before.end) continue;
    out.push({
      code: 'overlapping-targets',
      severity: 'error',
      path: [...at, 'targets', after.index, after.explicit ? 'period' : 'date'],
      ids,
      message: `${label()} has targets each for their own period (targetsAre: per-period), but its targets for ${describeSpan(before)} (${showReading(before.reading)}) and ${describeSpan(after)} (${showReading(after.reading)}) overlap, so which one is in force is ambiguous. Make each target's period begin after the previous one ends.`,
    });
  }
  const first = covered[0] as CoveredPeriod;
  const baselineDay = node.baseline === undefined ? Number.NEGATIVE_INFINITY : dayNumber(readingDate(node.baseline) as string);
  const outside = observations
    .map((o, index) => ({ o, index, day: dayNumber(readingDate(o) as string) }))
    .filter(({ day }) => day >= first.start && day >= baselineDay && !covered.some((c) => day >= c.start && day <= c.end))
    .sort((a, b) => a.day - b.day || compare(readingOrderKey(a.o), readingOrderKey(b.o)) || a.index - b.index);
  const shown = outside[0];
  if (shown === undefined) return;
  const last = covered[covered.length - 1] as CoveredPeriod;
  const more = outside.length === 1 ? '' : ` (and ${outside.length - 1} more)`;
  const why = shown.day > last.end ? `after its last target's period ends (${dateOfDay(last.end)})` : 'between the periods of its targets';
  out.push({
    code: 'outside-target-periods',
    severity: 'warning',
    path: [...at, 'observations', shown.index],
    ids,
    message: `${label()} has targets each for their own period (targetsAre: per-period), but its observation of ${readingWhen(shown.o)}${more} falls ${why}, so no target judges it. Add the target for that period, or check the observation's date.`,
  });
}

/** A per-period target and the days it covers (day numbers, both included). */
interface CoveredPeriod {
  readonly start: number;
  readonly end: number;
  readonly index: number;
  readonly explicit: boolean;
  readonly reading: ReadingDocument;
}

/**
 * The period each per-period target covers, by date, as the roll-up takes
 * them: its own `period`, else from the day after the previous target's date
 * (the first: from the baseline's date, else the model's start; unknown,
 * -Infinity, without either). Identical targets of one date count once.
 */
function targetPeriods(node: IndicatorDocument, modelStart: string | undefined): CoveredPeriod[] {
  const targets = node.targets ?? [];
  const sorted = targets
    .map((reading, index) => ({ reading, index, day: dayNumber(readingDate(reading) as string), key: readingOrderKey(reading) }))
    .sort((a, b) => a.day - b.day || compare(a.key, b.key) || a.index - b.index);
  const baselineDate = node.baseline === undefined ? undefined : readingDate(node.baseline);
  const from = baselineDate ?? modelStart;
  const out: CoveredPeriod[] = [];
  let previous: (typeof sorted)[number] | undefined;
  for (const t of sorted) {
    if (previous !== undefined && previous.day === t.day && previous.key === t.key) continue;
    const start =
      t.reading.period !== undefined
        ? dayNumber(t.reading.period.start)
        : previous !== undefined
          ? previous.day + 1
          : from === undefined
            ? Number.NEGATIVE_INFINITY
            : dayNumber(from);
    out.push({ start, end: t.day, index: t.index, explicit: t.reading.period !== undefined, reading: t.reading });
    previous = t;
  }
  return out;
}

function describeSpan(period: CoveredPeriod): string {
  return period.start === Number.NEGATIVE_INFINITY ? `the time up to ${dateOfDay(period.end)}` : formatPeriod({ start: dateOfDay(period.start), end: dateOfDay(period.end) });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
