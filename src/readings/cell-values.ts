import { dateHint } from '../diagnostics/date-hint.js';
import { suggestion } from '../diagnostics/did-you-mean.js';
import { isIsoDate } from '../document/dates.js';
import type { IndicatorValue, Measure, ReadingFlag } from '../document/types.js';
import { READING_FLAGS } from '../document/reading-flags.js';
import { valueProblem } from '../validate/value-problem.js';
import type { Cell } from './sheet.js';

/** A cell read as what its column needs, or why it cannot be. @internal */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly why: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (why: string): Read<never> => ({ ok: false, why });

/** How a cell is quoted in a message: text in quotes, a date as its day. */
export function showCell(cell: Cell): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'an invalid date' : cell.toISOString().slice(0, 10);
  return typeof cell === 'string' ? JSON.stringify(cell) : String(cell);
}

/**
 * A date cell as `YYYY-MM-DD`: a spreadsheet date (read with UTC getters, as
 * the readers give UTC midnight; a time of day is dropped) or text written
 * `2025-12-31`. `31/12/2025` is refused with the date it most likely means.
 * @internal
 */
export function readDate(cell: Cell): Read<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad('The cell holds an invalid date.');
    const y = cell.getUTCFullYear();
    if (y < 1000 || y > 9999) return bad(`The date ${cell.toISOString()} is out of range.`);
    return ok(`${y}-${String(cell.getUTCMonth() + 1).padStart(2, '0')}-${String(cell.getUTCDate()).padStart(2, '0')}`);
  }
  if (typeof cell !== 'string') return bad(`${showCell(cell)} is not a date. Write it as 2025-12-31 (year-month-day), or make the cell a date.`);
  const text = cell.trim();
  if (isIsoDate(text)) return ok(text);
  // 2025-12-31T00:00:00 from a database export: the day is unambiguous.
  const stamp = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (stamp !== null && isIsoDate(stamp[1] as string) && !/[+-]\d{2}:?\d{2}$|Z$/.test(text.slice(10))) return ok(stamp[1] as string);
  const hint = dateHint(text);
  if (hint !== '') return bad(`${showCell(cell)} is not a date written year-month-day.${hint}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return bad(`${showCell(cell)} is not a day of the calendar.`);
  return bad(`${showCell(cell)} is not a date. Write it as 2025-12-31 (year-month-day), or make the cell a date.`);
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A number cell: a spreadsheet number, or text written with a decimal point
 * and no grouping (`1250`, `12.5`). `12,5` and `1,250` are refused, each with
 * what to write, as a comma can be a decimal comma or a thousands separator.
 * `48%` is read as 48 when `percentSign` is allowed.
 * @internal
 */
export function readNumber(cell: Cell, percentSign = false): Read<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : bad(`${showCell(cell)} is not a number.`);
  if (typeof cell !== 'string') return bad(`${showCell(cell)} is not a number.`);
  let text = cell.trim();
  if (percentSign && text.endsWith('%')) text = text.slice(0, -1).trim();
  if (NUMBER.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value)) return ok(value);
  }
  const decimalComma = /^([-+]?\d+),(\d+)$/.exec(text);
  if (decimalComma !== null) {
    const [whole, fraction] = [decimalComma[1] as string, decimalComma[2] as string];
    const point = `${whole}.${fraction}`;
    if (fraction.length === 3) return bad(`${showCell(cell)} has a comma: write ${whole}${fraction} if it is thousands, or ${point} if the comma is a decimal comma (numbers are written with a point, without separators).`);
    return bad(`${showCell(cell)} has a decimal comma: write it ${point} (numbers are written with a point).`);
  }
  if (/^[-+]?\d{1,3}(?:[ ,.'\u00a0\u202f]\d{3})+(?:[.,]\d+)?$/.test(text)) return bad(`${showCell(cell)} has separators: write the number without them, with a point for decimals (1250 or 1250.5).`);
  return bad(`${showCell(cell)} is not a number. Write it with a point for decimals, like 12.5.`);
}

const YES = new Set(['yes', 'true', 'y', '1']);
const NO = new Set(['no', 'false', 'n', '0']);

/**
 * The value cell as the measure expects it, or why it does not fit: the
 * validator's own rule ({@link valueProblem}: a percentage lies from 0 to
 * 100) after reading the cell as a number, yes/no, a level, marker ids or text.
 * @internal
 */
export function readValue(cell: Cell, measure: Measure): Read<IndicatorValue> {
  let value: IndicatorValue;
  switch (measure.kind) {
    case 'number':
    case 'percentage': {
      const number = readNumber(cell, measure.kind === 'percentage');
      if (!number.ok) return number;
      value = number.value;
      break;
    }
    case 'boolean': {
      if (typeof cell === 'boolean') value = cell;
      else {
        const text = typeof cell === 'string' ? cell.trim().toLowerCase() : typeof cell === 'number' ? String(cell) : '';
        if (YES.has(text)) value = true;
        else if (NO.has(text)) value = false;
        else return bad(`${showCell(cell)} is not yes or no: this indicator records yes/no.`);
      }
      break;
    }
    case 'scale': {
      const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
      const level = measure.levels.find((l) => l === text) ?? measure.levels.find((l) => l.toLowerCase() === text.toLowerCase());
      if (level === undefined) {
        return bad(`${showCell(cell)} is not one of this indicator's levels (${measure.levels.map((l) => JSON.stringify(l)).join(', ')}).${suggestion(text, measure.levels)}`);
      }
      value = level;
      break;
    }
    case 'markers': {
      const text = typeof cell === 'string' ? cell : typeof cell === 'number' ? String(cell) : '';
      const ids = text.split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== '');
      const known = measure.markers.map((m) => m.id);
      const unknown = ids.filter((id) => !known.includes(id));
      if (unknown.length > 0) {
        return bad(`${unknown.map((u) => JSON.stringify(u)).join(', ')} ${unknown.length === 1 ? 'is not one of this indicator’s progress markers' : 'are not among this indicator’s progress markers'} (${known.join(', ')}).${unknown.length === 1 ? suggestion(unknown[0] as string, known) : ''}`);
      }
      value = [...new Set(ids)];
      break;
    }
    case 'qualitative': {
      if (typeof cell !== 'string') return bad(`${showCell(cell)} is not a written finding: this indicator records a finding (text) with a rating.`);
      value = cell.trim();
      break;
    }
  }
  const problem = valueProblem(measure, value);
  return problem === undefined ? ok(value) : bad(`${showCell(cell)} does not fit: ${problem}.`);
}

/** The flags cell: any of illustrative, estimated, provisional, separated by commas, semicolons or spaces. @internal */
export function readFlags(cell: Cell): Read<readonly ReadingFlag[]> {
  const text = typeof cell === 'string' ? cell : showCell(cell);
  const words = text.split(/[,;\s]+/).map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
  const flags: ReadingFlag[] = [];
  for (const word of words) {
    const flag = READING_FLAGS.find((f) => f === word);
    if (flag === undefined) return bad(`"${word}" is not a flag: the flags are ${READING_FLAGS.join(', ')}.${suggestion(word, READING_FLAGS)}`);
    if (!flags.includes(flag)) flags.push(flag);
  }
  return ok(READING_FLAGS.filter((f) => flags.includes(f)));
}

/** A cell as text, for notes, titles, addresses, ids and categories. @internal */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return showCell(cell);
  return typeof cell === 'string' ? cell.trim() : String(cell);
}
