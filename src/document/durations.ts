import { dayNumber, daysInMonth } from './dates.js';
import type { IsoDate, IsoDuration } from './types.js';

/**
 * What the document format accepts as an {@link IsoDuration}, as a regular
 * expression source (also the JSON Schema's `pattern`): `P`, then at least
 * one of whole years, months, weeks and days, in that order.
 * @internal
 */
export const ISO_DURATION_PATTERN = '^P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$';

const DURATION = new RegExp(ISO_DURATION_PATTERN);
const PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** The parts of an {@link IsoDuration}, each a whole number ≥ 0. @internal */
export interface DurationParts {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

/**
 * Whether `text` is an {@link IsoDuration} the format accepts.
 *
 * @example
 * ```ts
 * isIsoDuration('P18M'); // true
 * isIsoDuration('18 months'); // false
 * ```
 * @internal
 */
export function isIsoDuration(text: unknown): text is IsoDuration {
  return typeof text === 'string' && DURATION.test(text);
}

/** The parts of an {@link IsoDuration}, or `undefined` for text the format does not accept. @internal */
export function durationParts(text: string): DurationParts | undefined {
  if (!DURATION.test(text)) return undefined;
  const match = PARTS.exec(text) as RegExpExecArray;
  const part = (i: number): number => (match[i] === undefined ? 0 : Number(match[i]));
  return { years: part(1), months: part(2), weeks: part(3), days: part(4) };
}

/** Beyond this many months or days (about 10,000 years) a limit is never reached by dates written YYYY. */
const FAR_MONTHS = 120_000;
const FAR_DAYS = 3_700_000;

/**
 * The day number ({@link dayNumber}) of `date` plus `duration`, by the
 * calendar: years and months first, moving the month and keeping the day,
 * clamped to the end of a shorter month (2019-08-31 plus six months is
 * 2020-02-29; 2020-02-29 plus one year is 2021-02-28), then weeks and days.
 * `Infinity` for a duration too long for any date to reach.
 * @internal
 */
export function addDuration(date: IsoDate, duration: DurationParts): number {
  const totalMonths = duration.years * 12 + duration.months;
  const totalDays = duration.weeks * 7 + duration.days;
  if (totalMonths > FAR_MONTHS || totalDays > FAR_DAYS) return Number.POSITIVE_INFINITY;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const months = month - 1 + totalMonths;
  const newYear = year + Math.floor(months / 12);
  const newMonth = (months % 12) + 1;
  const clamped = Math.min(day, daysInMonth(newYear, newMonth));
  return civilDay(newYear, newMonth, clamped) + totalDays;
}

/**
 * Whether a reading dated `date` is older than `limit` on `asOf`: whether
 * `asOf` comes after the reading's date plus the limit. A reading exactly
 * `limit` old (2019-06-30 with `P18M` on 2020-12-30) is not older than it.
 * @internal
 */
export function isOlderThan(date: IsoDate, limit: DurationParts, asOf: IsoDate | number): boolean {
  const day = typeof asOf === 'number' ? asOf : dayNumber(asOf);
  return day > addDuration(date, limit);
}

/** A calendar age: whole years, then whole months, then days. @internal */
export interface CalendarAge {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}

/**
 * How long before `to` the date `from` lies, by the calendar: the most whole
 * months such that `from` plus them (as {@link addDuration} adds them) is not
 * after `to`, split into years and months, then the days left. 2016-03-31 to
 * 2020-12-31 is 4 years 9 months; 2019-08-31 to 2020-02-29 is 6 months.
 * `from` must not be after `to`.
 * @internal
 */
export function calendarAge(from: IsoDate, to: IsoDate): CalendarAge {
  const end = dayNumber(to);
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  let months = Math.max(0, (ty - fy) * 12 + (tm - fm));
  const after = (n: number): number => addDuration(from, { years: 0, months: n, weeks: 0, days: 0 });
  while (months > 0 && after(months) > end) months--;
  return { years: Math.floor(months / 12), months: months % 12, days: end - after(months) };
}

/** Days since 1970-01-01 of a calendar date given by numbers (any year, proleptic Gregorian). */
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
