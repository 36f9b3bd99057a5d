/**
 * Calendar arithmetic of the guide's reference roll-up, written from the
 * proleptic Gregorian rules alone (no `Date`): valid for years 0000–9999,
 * year 0000 being a leap year like 2000.
 */

const CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Leap years among 0000 … year − 1. */
const leapYearsBefore = (year: number): number => (year === 0 ? 0 : Math.floor((year - 1) / 4) - Math.floor((year - 1) / 100) + Math.floor((year - 1) / 400) + 1);

/** The day number of 1 January of a year. */
const yearStart = (year: number): number => 365 * year + leapYearsBefore(year);

/** Days from 0000-01-01 (day 0) to a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new RangeError(`not a date: ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return yearStart(year) + (CUMULATIVE[month - 1] as number) + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
}

/** The `YYYY-MM-DD` date of a day number (the inverse of {@link dayNumber}). */
export function dateOf(days: number): string {
  let year = Math.floor(days / 365.2425);
  while (yearStart(year + 1) <= days) year++;
  while (yearStart(year) > days) year--;
  let rest = days - yearStart(year);
  let month = 1;
  for (;;) {
    const length = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
    if (rest < length) break;
    rest -= length;
    month++;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(rest + 1).padStart(2, '0')}`;
}
