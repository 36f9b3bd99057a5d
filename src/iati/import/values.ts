/**
 * IATI values as written (`@value` and dates are free text in practice) read as numbers and
 * calendar dates, or the reason they cannot be, in words. Nothing is guessed: "12,5" might be
 * twelve and a half or twelve thousand five hundred, so it is refused with both readings named.
 * @internal
 */
import { isIsoDate } from '../../document/dates.js';

/** A number, or why the text is not one (the end of a sentence: `is empty`). @internal */
export type ReadNumber = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: string };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NOT_KNOWN = /^(?:n\/?a|not applicable|not available|tbd|tbc|unknown|none|nil|-+|—|–|\?+)$/i;

/** Reads an IATI `@value` as a number. @internal */
export function readNumber(written: string | undefined): ReadNumber {
  if (written === undefined) return { ok: false, problem: 'gives no value' };
  const text = written.trim();
  if (text === '') return { ok: false, problem: 'has an empty value' };
  if (DECIMAL.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { ok: true, value: Object.is(value, -0) ? 0 : value } : { ok: false, problem: `has the value "${text}", too large to be a number` };
  }
  if (NOT_KNOWN.test(text)) return { ok: false, problem: `says "${text}" instead of a number (IATI asks to leave a value out when it is not known, and to write 0 when it is zero)` };
  if (/^[+-]?\d+,\d+$/.test(text)) {
    const [whole, fraction] = text.split(',') as [string, string];
    const thousands = fraction.length === 3 ? ` or, if the comma separates thousands, ${whole}${fraction}` : '';
    return { ok: false, problem: `has the value "${text}", with a comma: write ${whole}.${fraction} if the comma is a decimal comma${thousands}` };
  }
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return { ok: false, problem: `has the value "${text}", with commas: write it without them (${text.replace(/,/g, '')}) if they separate thousands` };
  const percent = /^([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*%$/.exec(text);
  if (percent !== null) return { ok: false, problem: `has the value "${text}": write the number without the percent sign (${(percent[1] as string).replace(',', '.')})` };
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return { ok: false, problem: `has the value "${shown}", which is not a number` };
}

/**
 * Reads an IATI date (`xsd:date`, which may carry a time zone: `2013-01-01Z`, `2013-01-01+02:00`)
 * as `YYYY-MM-DD`, or `undefined` when it is not a real calendar date.
 * @internal
 */
export function readDate(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(written.trim());
  const date = match?.[1];
  return date !== undefined && isIsoDate(date) ? date : undefined;
}

/** Reads a baseline `year` (`xsd:positiveInteger`) as a 4-digit year, or `undefined`. @internal */
export function readYear(written: string | undefined): number | undefined {
  const text = written?.trim() ?? '';
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 1000 ? year : undefined;
}
