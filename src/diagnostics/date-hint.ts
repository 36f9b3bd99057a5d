/** A date written day, month and year with slashes, dots or dashes: 31/12/2025, 1.2.2025. */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * For a date written the way many people and spreadsheets write it
 * (`31/12/2025`), the same date as the format wants it (` Write it as
 * 2025-12-31.`); when day and month could be either way round, both
 * readings. Empty for anything else.
 * @internal
 */
export function dateHint(text: unknown): string {
  if (typeof text !== 'string') return '';
  const match = DAY_MONTH_YEAR.exec(text.trim());
  if (match === null) return '';
  const [a, b, year] = [Number(match[1]), Number(match[2]), match[3] as string];
  const iso = (month: number, day: number): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const valid = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  const dayFirst = valid(b, a);
  const monthFirst = valid(a, b);
  if (dayFirst && monthFirst && a !== b) return ` Write it as ${iso(b, a)} if it is day/month/year, or ${iso(a, b)} if it is month/day/year.`;
  if (dayFirst) return ` Write it as ${iso(b, a)}.`;
  if (monthFirst) return ` Write it as ${iso(a, b)}.`;
  return '';
}
