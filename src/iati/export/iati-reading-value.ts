/**
 * How one value of an indicator is written in IATI (`@value` and the words of
 * its `comment`), and read back: shared by the export and the restore so that
 * both follow the same rules (docs/iati-mapping.md).
 */
import type { IndicatorValue, Measure } from '../../document/types.js';
import { iatiNumber } from './iati-number.js';

/** The IATI `measure` code of a measure: 1 unit, 2 percentage, 3 nominal (yes/no), 4 ordinal (scale), 5 qualitative (markers, findings). @internal */
export function measureCode(measure: Measure): string {
  switch (measure.kind) {
    case 'number':
      return '1';
    case 'percentage':
      return '2';
    case 'boolean':
      return '3';
    case 'scale':
      return '4';
    case 'markers':
    case 'qualitative':
      return '5';
  }
}

/** Whether IATI aggregators may add the indicator's values up: numbers and percentages. @internal */
export function isAggregatable(measure: Measure): boolean {
  return measure.kind === 'number' || measure.kind === 'percentage';
}

/**
 * `@value` for a value: the number in plain digits, `1` or `0` for yes/no,
 * the level's 1-based position for a scale; none for markers and findings
 * (IATI puts qualitative values in the comment). @internal
 */
export function iatiValue(measure: Measure, value: IndicatorValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  switch (measure.kind) {
    case 'number':
    case 'percentage':
      return typeof value === 'number' ? iatiNumber(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? (value ? '1' : '0') : undefined;
    case 'scale': {
      const at = typeof value === 'string' ? measure.levels.indexOf(value) : -1;
      return at === -1 ? undefined : String(at + 1);
    }
    case 'markers':
    case 'qualitative':
      return undefined;
  }
}

/** The value in words, for the comment: a scale's level, the titles of the markers seen (`; ` between), a finding; none for numbers and yes/no. @internal */
export function valueWords(measure: Measure, value: IndicatorValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  switch (measure.kind) {
    case 'scale':
    case 'qualitative':
      return typeof value === 'string' ? value : undefined;
    case 'markers': {
      if (!Array.isArray(value)) return undefined;
      const ids = value as readonly string[];
      return ids.map((id) => measure.markers.find((m) => m.id === id)?.title ?? id).join('; ');
    }
    default:
      return undefined;
  }
}

/** The comment's text: the value's words, then the note, a blank line between; `undefined` when there is neither. @internal */
export function commentText(words: string | undefined, note: string | undefined): string | undefined {
  if (words === undefined) return note;
  return note === undefined ? words : `${words}\n\n${note}`;
}

/**
 * A `@value` read back for a measure: a number for units and percentages
 * (plain decimal digits, a sign, a point; no `%`, no thousands separator, no
 * decimal comma), `1`/`true` or `0`/`false` for yes/no, a level's 1-based
 * position for a scale. `undefined` when the text is none of these.
 * @internal
 */
export function readIatiValue(measure: Measure, text: string): IndicatorValue | undefined {
  const t = text.trim();
  switch (measure.kind) {
    case 'number':
    case 'percentage': {
      if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
      const n = Number(t);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'boolean':
      return t === '1' || t === 'true' ? true : t === '0' || t === 'false' ? false : undefined;
    case 'scale': {
      if (!/^\d+$/.test(t)) return undefined;
      return measure.levels[Number(t) - 1];
    }
    default:
      return undefined;
  }
}
