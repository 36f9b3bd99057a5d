import { calendarAge, durationParts } from '../document/durations.js';
import type { IsoDate, IsoDuration } from '../document/types.js';

/** `1 year`, `4 years`: a count and its unit. */
function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * How long before `to` the date `from` lies, in words, by the calendar:
 * `4 years 9 months`, `1 year 6 months 2 days`, `20 days`, `the same day`.
 * @internal
 */
export function describeAge(from: IsoDate, to: IsoDate): string {
  if (from >= to) return 'the same day';
  const age = calendarAge(from, to);
  const parts = [age.years > 0 ? count(age.years, 'year') : '', age.months > 0 ? count(age.months, 'month') : '', age.days > 0 ? count(age.days, 'day') : ''];
  return parts.filter((p) => p !== '').join(' ');
}

/**
 * An age limit in words, after "older than": `the 18-month limit`, `the
 * 2-year limit`, `the limit of 1 year 6 months`; the text as written if it
 * cannot be read.
 * @internal
 */
export function describeLimit(limit: IsoDuration): string {
  const parts = durationParts(limit);
  if (parts === undefined) return `the limit of ${limit}`;
  const named = [
    [parts.years, 'year'],
    [parts.months, 'month'],
    [parts.weeks, 'week'],
    [parts.days, 'day'],
  ].filter(([n]) => n !== 0) as [number, string][];
  if (named.length === 1) {
    const [n, unit] = named[0] as [number, string];
    return `the ${n}-${unit} limit`;
  }
  if (named.length === 0) return 'the limit of 0 days';
  return `the limit of ${named.map(([n, unit]) => count(n, unit)).join(' ')}`;
}
