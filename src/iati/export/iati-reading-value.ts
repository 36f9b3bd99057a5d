/**
 * How one value of an indicator is written in IATI (`@value` and the words of
 * its `comment`), and read back: shared by the export and the restore so that
 * both follow the same rules (docs/iati-mapping.md).
 */
import { sortedFlags } from '../../document/reading-flags.js';
import type { IndicatorValue, Measure, ReadingFlag } from '../../document/types.js';
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

const FLAG_SENTENCES: Readonly<Record<ReadingFlag, string>> = {
  illustrative: 'Illustrative value: not from a published source.',
  estimated: 'Estimated value.',
  provisional: 'Provisional value: it may still change.',
};

/** What a reading's flags say, for the end of its comment: one sentence per flag, in the flags' order; `undefined` without flags. @internal */
export function flagsSentence(flags: readonly ReadingFlag[] | undefined): string | undefined {
  if (flags === undefined || flags.length === 0) return undefined;
  return sortedFlags(flags)
    .map((f) => FLAG_SENTENCES[f])
    .join(' ');
}

/** The comment's text: the value's words, the note and what the flags say, a blank line between each; `undefined` when there is none. @internal */
export function commentText(words: string | undefined, note: string | undefined, flags?: readonly ReadingFlag[]): string | undefined {
  const parts = [words, note, flagsSentence(flags)].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? undefined : parts.join('\n\n');
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
