const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD`
 * (`2019-02-30` and `2019-02-03T10:00Z` are not).
 *
 * @example
 * ```ts
 * isIsoDate('2020-02-29'); // true
 * isIsoDate('2019-02-29'); // false
 * ```
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in a month (1–12) of a year, on the Gregorian calendar. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1 March to the first of each month (index 1–12), for years that start in March. */
const MONTH_START = [0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275] as const;

/**
 * Days since 1970-01-01 of a valid ISO date, on the proleptic Gregorian
 * calendar, for every year from 0000 to 9999 as written (no time zone, and
 * none of `Date.UTC`'s reading of years 0–99 as 1900–1999). Computed from the
 * digits without allocating (H. Hinnant's days-from-civil).
 * @internal
 */
export function dayNumber(date: string): number {
  // Each digit's character code less 48 ('0'), summed with its place value.
  let y = date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 48 * 1111;
  const m = date.charCodeAt(5) * 10 + date.charCodeAt(6) - 48 * 11;
  const d = date.charCodeAt(8) * 10 + date.charCodeAt(9) - 48 * 11;
  // Years counted from March, so that the leap day ends the year.
  if (m <= 2) y -= 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (MONTH_START[m] ?? 0) + d - 719469;
}

/** Today's date as `YYYY-MM-DD` in UTC. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The ISO date (`YYYY-MM-DD`) of a day number as {@link dayNumber} counts
 * them (days since 1970-01-01), for years 0000 to 9999 (H. Hinnant's
 * civil-from-days).
 * @internal
 */
export function dateOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
