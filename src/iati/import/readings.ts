/**
 * The baselines, targets and actuals of an IATI indicator as readings: each value read (a number,
 * or for a qualitative indicator its comment), its dimensions and locations as the categories of
 * a breakdown, and the values of one period and role joined into one reading: the value for the
 * whole as its `value`, the disaggregated ones as its `breakdown`.
 * @internal
 */
import type { BreakdownEntry, IndicatorValue, ReadingDocument, ReadingPeriod, SourceDocument } from '../../document/types.js';
import { readingDate } from '../../document/reading-date.js';
import { isWebAddress } from '../../document/web-address.js';
import type { IatiDocumentLink, IatiValue } from '../iati-activity.js';
import { excerpt, type ActivityContext } from './activity-context.js';
import type { Place } from './context.js';
import { compact, pickText, type Languages } from './text.js';
import { readDate, readNumber } from './values.js';

/** One baseline, target or actual of the file, with when it holds. @internal */
export interface ValueIn {
  readonly role: 'baseline' | 'target' | 'actual';
  readonly element: IatiValue;
  readonly place: Place;
  /** The reading's period (targets and actuals) or date (baselines). */
  readonly when: { readonly period: ReadingPeriod } | { readonly date: string };
  /** `the actual of 2013-01-01 to 2013-03-31`. */
  readonly what: string;
}

/** A value that could be read: its value and the categories it is for (none: the whole). @internal */
export interface ReadValue {
  readonly from: ValueIn;
  readonly value: IndicatorValue;
  readonly for: Readonly<Record<string, string>>;
}

/** The dimension the locations of a value become, unless the file has a dimension of that name. */
const LOCATION = 'location';

/**
 * Reads one value: its number (or, qualitative, its comment), and its categories. Reports and
 * leaves out a value that cannot be read.
 * @internal
 */
export function readValue(v: ValueIn, qualitative: boolean, indicatorLabel: string, nodeId: string, ctx: ActivityContext): ReadValue | undefined {
  const e = v.element;
  const comment = pickText(e.comment, ctx.languages);
  const leaveOut = (problem: string): undefined => {
    const said = comment === undefined || qualitative ? '' : ` Its comment says: "${excerpt(comment)}".`;
    ctx.sink.report('iati-unusable-value', v.place, [nodeId], `${ctx.label}, ${indicatorLabel}: ${v.what} ${problem}; it is left out.${said}`);
    ctx.sink.leaveOut(ctx.activity, v.place, `${v.what} of ${indicatorLabel}`, `it ${problem}`);
    return undefined;
  };
  let value: IndicatorValue;
  if (qualitative) {
    const text = comment ?? (e.value?.trim() || undefined);
    if (text === undefined) return leaveOut('gives neither a comment nor a value (a qualitative value is written in its comment)');
    value = text;
  } else {
    const read = readNumber(e.value);
    if (!read.ok) return leaveOut(read.problem);
    value = read.value;
  }
  const categories: Record<string, string> = {};
  const names = new Set(e.dimensions.map((d) => d.name.trim()));
  for (const d of e.dimensions) {
    const name = d.name.trim();
    const category = d.value.trim();
    if (name === '' || category === '') return leaveOut(`has a dimension with no ${name === '' ? 'name' : 'value'}${name === '' ? '' : ` ("${name}")`}, so what part of the whole it is for is not known`);
    if (categories[name] !== undefined) return leaveOut(`names the dimension "${name}" twice ("${categories[name]}" and "${category}")`);
    categories[name] = category;
  }
  const locations = [...new Set(e.locations.map((l) => l.trim()).filter((l) => l !== ''))].sort();
  if (locations.length > 0) categories[names.has(LOCATION) ? `${LOCATION}-ref` : LOCATION] = locations.join(' + ');
  return { from: v, value, for: categories };
}

/** `sex: female, age: adult`. @internal */
export function showFor(categories: Readonly<Record<string, string>>): string {
  return Object.entries(categories)
    .map(([d, c]) => `${d}: ${c}`)
    .join(', ');
}

/**
 * The reading for the values of one role and period (or baseline date): the value for the whole,
 * with the disaggregated values as its breakdown. A second value for the whole, or a second value
 * for the same categories, is reported and left out.
 * @internal
 */
export function joinReading(values: readonly ReadValue[], qualitative: boolean, indicatorLabel: string, nodeId: string, ctx: ActivityContext): ReadingDocument | undefined {
  const first = values[0];
  if (first === undefined) return undefined;
  let total: ReadValue | undefined;
  const parts = new Map<string, ReadValue>();
  const keep: ReadValue[] = [];
  for (const v of values) {
    const key = JSON.stringify(Object.entries(v.for).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const whole = Object.keys(v.for).length === 0;
    const earlier = whole ? total : parts.get(key);
    if (earlier !== undefined) {
      const forWhat = whole ? 'for the whole' : `for ${showFor(v.for)}`;
      const why = `it is a second value ${forWhat} in the same ${v.from.role === 'baseline' ? 'baseline year' : 'period'}; the first (${String(earlier.value)}) is kept`;
      ctx.sink.report('iati-reading-left-out', v.from.place, [nodeId], `${ctx.label}, ${indicatorLabel}: ${v.from.what} (${excerpt(String(v.value), 40)}) is left out: ${why}.`);
      ctx.sink.leaveOut(ctx.activity, v.from.place, `${v.from.what} of ${indicatorLabel} (${excerpt(String(v.value), 40)})`, why);
      continue;
    }
    if (whole) total = v;
    else parts.set(key, v);
    keep.push(v);
  }
  const breakdown: BreakdownEntry[] = [...parts.values()].map((p) => ({ for: p.for, value: p.value }));
  const notes: string[] = [];
  for (const v of keep) {
    if (qualitative && Object.keys(v.for).length === 0) continue;
    const comment = qualitative ? undefined : pickText(v.from.element.comment, ctx.languages);
    if (comment !== undefined) notes.push(Object.keys(v.for).length === 0 ? comment : `${showFor(v.for)}: ${comment}`);
  }
  const sources = sourcesOf(keep, indicatorLabel, ctx);
  const when = first.from.when;
  const reading: ReadingDocument = compact({
    ...('date' in when ? { date: when.date } : { period: when.period }),
    value: total?.value,
    breakdown: breakdown.length === 0 ? undefined : breakdown,
    sources: sources.length === 0 ? undefined : sources,
    note: notes.length === 0 ? undefined : notes.join('\n\n'),
  });
  const fromParts = total === undefined ? [...parts.values()].map((p) => showFor(p.for)).join('; ') : undefined;
  ctx.origins.set(reading, compact({ place: (total ?? first).from.place, what: first.from.what, nodeId, fromParts }));
  return reading;
}

/** The document links of the values as sources, each once; a link whose address is not a web address keeps its title and date. */
function sourcesOf(values: readonly ReadValue[], indicatorLabel: string, ctx: ActivityContext): SourceDocument[] {
  const out: SourceDocument[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    v.from.element.documentLinks.forEach((link, i) => {
      const source = sourceOf(link, ctx.languages);
      const key = JSON.stringify(source);
      if (seen.has(key)) return;
      seen.add(key);
      out.push(source);
      if (source.url === undefined && link.url.trim() !== '') {
        const place = { path: [...v.from.place.path, 'document-link', i], ...(link.at === undefined ? {} : { position: link.at }) };
        ctx.sink.leaveOut(ctx.activity, place, `the address "${excerpt(link.url, 100)}" of the document "${source.title}" (${v.from.what} of ${indicatorLabel})`, 'it is not a web address (http:// or https:// and a host); the document is kept as a source without its address');
      }
    });
  }
  return out;
}

/** A document link as a source: its title (else its address), its address when it is a web address, its date. @internal */
export function sourceOf(link: IatiDocumentLink, languages: Languages): SourceDocument {
  const url = link.url.trim();
  const title = pickText(link.title, languages) ?? (url === '' ? 'Untitled document' : url);
  const date = readDate(link.date);
  return compact({ title, url: isWebAddress(url) ? url : undefined, date });
}

/** Readings by the day they count from ({@link readingDate}), then by their period's start: one reading per date or period, so a total order. @internal */
export function byWhen(a: ReadingDocument, b: ReadingDocument): number {
  const when = (r: ReadingDocument): string => `${readingDate(r) ?? ''} ${r.period?.start ?? ''}`;
  const x = when(a);
  const y = when(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
