import { readingAmount } from '../../document/breakdown.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { IndicatorDocument, IsoDate, ReadingDocument, ReadingPeriod } from '../../document/types.js';
import type { IatiText, IatiValue } from '../iati-activity.js';
import { commentText, flagsSentence, iatiValue, readIatiValue, valueWords } from '../export/iati-reading-value.js';
import { parseJson, tocChildren } from '../export/toc-namespace.js';

/** The text of a title, description or comment: its narrative in `lang` (or without a language), else its first; `undefined` when it has none. @internal */
export function textIn(text: IatiText, lang: string | undefined): string | undefined {
  return (text.find((n) => n.lang === undefined || n.lang === lang) ?? text[0])?.text;
}

/** What a baseline, target or actual is, for messages: `the actual of 2019-01-01 – 2019-12-31`. */
export interface ValuePlace {
  readonly label: string;
  /** The reading's period (targets and actuals) or date (baselines), for a value added in another tool. */
  readonly period?: ReadingPeriod;
  readonly date?: IsoDate;
}

const without = (reading: ReadingDocument, ...keys: (keyof ReadingDocument)[]): ReadingDocument =>
  Object.fromEntries(Object.entries(reading).filter(([k]) => !keys.includes(k as keyof ReadingDocument))) as ReadingDocument;

function notCarried(node: IndicatorDocument, element: IatiValue, message: string): Diagnostic {
  return {
    code: 'iati-not-carried-over',
    severity: 'warning',
    path: [],
    ids: [node.id],
    message: `Indicator ${JSON.stringify(node.id)}: ${message}`,
    ...(element.at === undefined ? {} : { position: element.at }),
  };
}

/**
 * A reading from an IATI baseline, target or actual of an activity written by
 * `toIati`. One carrying `toc:reading` is that reading, with the `@value` and
 * the comment taken from IATI where another tool changed them; one carrying
 * `toc:part` is part of another's breakdown (`undefined`); one with neither
 * was added in another tool and becomes a plain reading of its period (or
 * date). What cannot be read becomes a diagnostic. @internal
 */
export function restoreReading(
  node: IndicatorDocument,
  element: IatiValue,
  place: ValuePlace,
  lang: string | undefined,
  diagnostics: Diagnostic[],
): ReadingDocument | undefined {
  if (tocChildren(element.extensions, 'part').length > 0) return undefined;
  const measure = node.measure;
  const comment = element.comment.length === 0 ? undefined : textIn(element.comment, lang);
  const json = tocChildren(element.extensions, 'reading')[0];
  if (json === undefined) return plainReading(node, element, place, comment, diagnostics);
  const written = parseJson(json.text);
  if (typeof written !== 'object' || written === null || Array.isArray(written)) {
    diagnostics.push(notCarried(node, element, `the ${place.label} carries a toc:reading that is not a JSON object; it was not carried over.`));
    return undefined;
  }
  const original = written as unknown as ReadingDocument;
  let reading = original;
  const exported = iatiValue(measure, readingAmount(node, original)?.value);
  if (element.value !== undefined && element.value !== exported) {
    const value = readIatiValue(measure, element.value);
    if (value === undefined) {
      diagnostics.push(
        notCarried(node, element, `the ${place.label} has the value ${JSON.stringify(element.value)}, which does not fit its measure (${measure.kind}); the value exported before is kept.`),
      );
    } else reading = { ...without(reading, 'numerator', 'denominator'), value };
  }
  if (comment !== commentText(valueWords(measure, original.value), original.note, original.flags)) {
    const words = valueWords(measure, reading.value);
    const said = withoutFlags(comment, original);
    if (said === undefined || said === words) reading = without(reading, 'note');
    else if (words !== undefined && said.startsWith(`${words}\n\n`)) reading = { ...reading, note: said.slice(words.length + 2) };
    else if (measure.kind === 'qualitative') reading = { ...without(reading, 'note'), value: said };
    else reading = { ...reading, note: said };
  }
  return reading;
}

/** A comment without the sentence of the reading's flags at its end (the flags stay in the JSON); `undefined` when nothing else is left. */
function withoutFlags(comment: string | undefined, reading: ReadingDocument): string | undefined {
  const flags = flagsSentence(reading.flags);
  if (comment === undefined || flags === undefined) return comment;
  if (comment === flags) return undefined;
  return comment.endsWith(`\n\n${flags}`) ? comment.slice(0, -(flags.length + 2)) : comment;
}

/** A value another tool added: its value (a finding: the comment), its comment as the note, its period or date. */
function plainReading(node: IndicatorDocument, element: IatiValue, place: ValuePlace, comment: string | undefined, diagnostics: Diagnostic[]): ReadingDocument | undefined {
  const measure = node.measure;
  if (element.dimensions.length > 0 || element.locations.length > 0) {
    diagnostics.push(notCarried(node, element, `the ${place.label} is for one category (a dimension or location) and was added in another tool; it was not carried over.`));
    return undefined;
  }
  const when = place.period === undefined ? { date: place.date as IsoDate } : { period: place.period };
  if (measure.kind === 'qualitative') {
    if (comment === undefined) {
      diagnostics.push(notCarried(node, element, `the ${place.label} was added in another tool without a comment, which would hold the finding; it was not carried over.`));
      return undefined;
    }
    return { ...when, value: comment };
  }
  const value = element.value === undefined ? undefined : readIatiValue(measure, element.value);
  if (value === undefined) {
    const what = element.value === undefined ? 'has no value' : `has the value ${JSON.stringify(element.value)}, which does not fit its measure (${measure.kind})`;
    diagnostics.push(notCarried(node, element, `the ${place.label} was added in another tool and ${what}; it was not carried over.`));
    return undefined;
  }
  return { ...when, value, ...(comment === undefined ? {} : { note: comment }) };
}
