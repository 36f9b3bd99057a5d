import { readingWhen } from '../document/reading-date.js';
import type { IndicatorValue, JsonValue, ReadingDocument } from '../document/types.js';
import { formatNumber } from '../progress/format-percent.js';
import { fieldChanges } from './node-changes.js';
import type { Change, FieldChange, LinkRelation } from './types.js';

/** How a format writes ids and text written by users: as they are for a terminal, escaped for Markdown. @internal */
export interface Style {
  readonly id: (id: string) => string;
  readonly text: (text: string) => string;
}

/** Plain text for a terminal. @internal */
export const PLAIN: Style = { id: (id) => id, text: (text) => text };

const RELATION: Readonly<Record<LinkRelation, string>> = {
  contributesTo: 'contributes to',
  measures: 'measures',
  accountableFor: 'is accountable for',
  benefitsFrom: 'benefits from',
  engagedIn: 'is engaged in',
};

/** Around this many characters of a long text are shown on each side of what changed in it. */
const CONTEXT = 30;

/** A value as a change writes it; two long texts only around where they differ. */
function values(before: JsonValue | undefined, after: JsonValue | undefined, style: Style): [string, string] {
  if (typeof before === 'string' && typeof after === 'string' && before.length + after.length > 4 * CONTEXT) {
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let end = 0;
    while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    const cut = (s: string): string => {
      const from = Math.max(0, start - CONTEXT);
      const to = Math.min(s.length, s.length - end + CONTEXT);
      return `"${from > 0 ? '…' : ''}${style.text(s.slice(from, to))}${to < s.length ? '…' : ''}"`;
    };
    return [cut(before), cut(after)];
  }
  return [value(before, style), value(after, style)];
}

function value(v: JsonValue | undefined, style: Style): string {
  if (v === undefined) return '(none)';
  return style.text(JSON.stringify(v));
}

function fields(list: readonly FieldChange[], style: Style): string {
  return list
    .map((f) => {
      const [b, a] = values(f.before, f.after, style);
      return `${f.field} ${b} → ${a}`;
    })
    .join('; ');
}

function indicatorValue(v: IndicatorValue): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  return `[${v.join(', ')}]`;
}

/** A reading's value (or ratio, or rating) and its date: `40 on 2019-03-31`. @internal */
export function readingText(r: ReadingDocument, style: Style): string {
  const parts: string[] = [];
  if (r.value !== undefined) parts.push(indicatorValue(r.value));
  if (r.numerator !== undefined || r.denominator !== undefined) parts.push(`${r.numerator ?? '?'}/${r.denominator ?? '?'}`);
  if (r.rating !== undefined) parts.push(`rating ${r.rating}`);
  if (r.breakdown !== undefined) parts.push(`${r.breakdown.length} part${r.breakdown.length === 1 ? '' : 's'}`);
  return `${style.text(parts.length === 0 ? '(no value)' : parts.join(', '))} on ${readingWhen(r)}`;
}

/** What else differs between two readings than value and date, as `note "a" → "b"`. */
function readingFields(before: ReadingDocument, after: ReadingDocument, style: Style): string {
  const other = fieldChanges(before, after, new Set(['value', 'numerator', 'denominator', 'rating', 'date', 'period', 'breakdown']));
  return other.length === 0 ? '' : ` (${fields(other, style)})`;
}

/** One change as a line of text. @internal */
export function describeChange(change: Change, style: Style = PLAIN): string {
  const id = style.id;
  const title = (t: string): string => `"${style.text(t)}"`;
  switch (change.kind) {
    case 'document-changed':
      return `document: ${fields(change.fields, style)}`;
    case 'node-renamed':
      return `${change.nodeKind} ${id(change.from)} renamed ${id(change.to)}: ${title(change.title)}`;
    case 'node-added':
      return `${change.nodeKind} ${id(change.id)} added: ${title(change.title)}`;
    case 'node-removed':
      return `${change.nodeKind} ${id(change.id)} removed: ${title(change.title)}`;
    case 'node-changed':
      return `${change.nodeKind} ${id(change.id)}: ${fields(change.fields, style)}`;
    case 'link-added':
      return `link added: ${id(change.from)} ${RELATION[change.relation]} ${id(change.to)}${change.weight === undefined ? '' : `, weight ${formatNumber(change.weight)}`}`;
    case 'link-removed':
      return `link removed: ${id(change.from)} ${RELATION[change.relation]} ${id(change.to)}${change.weight === undefined ? '' : `, weight ${formatNumber(change.weight)}`}`;
    case 'link-reweighted':
      return `link re-weighted: ${id(change.from)} ${RELATION[change.relation]} ${id(change.to)}, weight ${formatNumber(change.before)} → ${formatNumber(change.after)}`;
    case 'link-changed':
      return `link changed: ${id(change.from)} ${RELATION[change.relation]} ${id(change.to)}: ${fields(change.fields, style)}`;
    case 'assumption-status':
      return `assumption ${id(change.id)}: ${change.before ?? '(argued from evidence)'} → ${change.after ?? '(argued from evidence)'}`;
    case 'baseline-moved':
      return `baseline of ${id(change.indicator)}: ${change.before === undefined ? '(none)' : readingText(change.before, style)} → ${change.after === undefined ? '(none)' : readingText(change.after, style)}`;
    case 'target-moved':
      return `target of ${id(change.indicator)} moved: ${readingText(change.before, style)} → ${readingText(change.after, style)}${readingFields(change.before, change.after, style)}`;
    case 'target-added':
      return `target of ${id(change.indicator)} added: ${readingText(change.target, style)}`;
    case 'target-removed':
      return `target of ${id(change.indicator)} removed: ${readingText(change.target, style)}`;
    case 'reading-corrected':
      return `reading of ${id(change.indicator)} corrected: ${readingText(change.before, style)} → ${readingText(change.after, style)}${readingFields(change.before, change.after, style)}`;
    case 'reading-added':
      return `reading of ${id(change.indicator)} added: ${readingText(change.reading, style)}`;
    case 'reading-removed':
      return `reading of ${id(change.indicator)} removed: ${readingText(change.reading, style)}`;
  }
}
