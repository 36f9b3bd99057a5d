import { ownAmount, readingAmount, sortedParts } from '../../document/breakdown.js';
import { readingDate } from '../../document/reading-date.js';
import type { IndicatorDocument, IsoDate, ReadingDocument, SourceDocument } from '../../document/types.js';
import type { IatiBaseline, IatiDocumentLink, IatiIndicator, IatiPeriod, IatiReference, IatiValue } from '../iati-activity.js';
import { commentText, iatiValue, isAggregatable, measureCode, valueWords } from './iati-reading-value.js';
import { readingPeriods } from './reading-periods.js';
import { sortedJson, tocAttribute, tocElement } from './toc-namespace.js';

/** The sentence that ends the IATI description of a `combine: cumulative` indicator (IATI has no field for it). @internal */
export const CUMULATIVE_SENTENCE =
  'Each value counts its own period only: add the values up for the total to date (not cumulative in the IATI sense, where the latest value is the total).';

/** The indicator's IATI `description`: its own, then {@link CUMULATIVE_SENTENCE} for a cumulative one; `undefined` when there is neither. @internal */
export function indicatorDescription(node: IndicatorDocument): string | undefined {
  if (node.combine !== 'cumulative') return node.description;
  return node.description === undefined ? CUMULATIVE_SENTENCE : `${node.description}\n\n${CUMULATIVE_SENTENCE}`;
}

/** The IATI media type of a link, from its file name's ending; `text/html` for a web page. */
function formatOf(url: string): string {
  const path = url.replace(/[?#].*$/, '').toLowerCase();
  const types: readonly [RegExp, string][] = [
    [/\.pdf$/, 'application/pdf'],
    [/\.docx$/, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [/\.doc$/, 'application/msword'],
    [/\.xlsx$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [/\.xls$/, 'application/vnd.ms-excel'],
    [/\.csv$/, 'text/csv'],
  ];
  return types.find(([pattern]) => pattern.test(path))?.[1] ?? 'text/html';
}

/** A reading's sources that have a web address, as `document-link`s: category A07 (evaluation) for evaluations, else A08 (results). @internal */
export function documentLinks(sources: readonly SourceDocument[] | undefined): IatiDocumentLink[] {
  return (sources ?? [])
    .filter((s): s is SourceDocument & { url: string } => s.url !== undefined)
    .map((s) => ({
      url: s.url,
      format: formatOf(s.url),
      title: [{ text: s.title }],
      description: [],
      categories: [s.kind === 'evaluation' ? 'A07' : 'A08'],
      languages: [],
      ...(s.date === undefined ? {} : { date: s.date }),
      extensions: [],
    }));
}

/** The IATI values of one reading: its total (carrying `toc:reading`), then one per part of its breakdown (carrying `toc:part`). */
function values(node: IndicatorDocument, reading: ReadingDocument): IatiValue[] {
  const value = iatiValue(node.measure, readingAmount(node, reading)?.value);
  const comment = commentText(valueWords(node.measure, reading.value), reading.note, reading.flags);
  const total: IatiValue = {
    ...(value === undefined ? {} : { value }),
    locations: [],
    dimensions: [],
    comment: comment === undefined ? [] : [{ text: comment }],
    documentLinks: documentLinks(reading.sources),
    extensions: [tocElement('reading', {}, [], sortedJson(reading))],
  };
  const parts = sortedParts(reading.breakdown ?? []).map((part): IatiValue => {
    const partValue = iatiValue(node.measure, ownAmount(part)?.value);
    const words = valueWords(node.measure, part.value);
    return {
      ...(partValue === undefined ? {} : { value: partValue }),
      locations: [],
      dimensions: Object.keys(part.for)
        .sort()
        .map((name) => ({ name, value: part.for[name] as string })),
      comment: words === undefined ? [] : [{ text: words }],
      documentLinks: [],
      extensions: [tocElement('part')],
    };
  });
  return [total, ...parts];
}

function baselines(node: IndicatorDocument): IatiBaseline[] {
  const baseline = node.baseline;
  if (baseline === undefined) return [];
  const date = readingDate(baseline) as IsoDate;
  return values(node, baseline).map((v) => ({ ...v, year: String(Number(date.slice(0, 4))), isoDate: date }));
}

function periods(node: IndicatorDocument, documentStart: IsoDate | undefined): IatiPeriod[] {
  const baselineDate = node.baseline === undefined ? undefined : readingDate(node.baseline);
  return readingPeriods(node.targets ?? [], node.observations ?? [], baselineDate, documentStart).map((p) => ({
    start: p.start,
    end: p.end,
    targets: p.target === undefined ? [] : values(node, p.target),
    actuals: p.actual === undefined ? [] : values(node, p.actual),
    foreignAttributes: {},
    extensions: [],
  }));
}

/** The fields of an indicator its IATI element does not carry, for `toc:extra` (`direction: null` when it has none: IATI's `ascending` says increase). */
function extra(node: IndicatorDocument): Record<string, unknown> {
  const { id: _id, kind: _kind, title: _title, description: _description, ref: _ref, baseline: _b, targets: _t, observations: _o, ...rest } = node;
  // Empty lists of readings are kept here: there is no period to say them.
  return {
    ...rest,
    direction: node.direction ?? null,
    ...(node.targets?.length === 0 ? { targets: [] } : {}),
    ...(node.observations?.length === 0 ? { observations: [] } : {}),
  };
}

/** Where one copy of an indicator is written: the first (counted by aggregators) or a further one, and the weight of its link to the result. @internal */
export interface IndicatorCopy {
  readonly first: boolean;
  readonly weight?: number;
}

/**
 * An indicator (canonical: lists in their fixed order) as an IATI
 * `indicator` inside one result it measures. @internal
 */
export function indicatorElement(node: IndicatorDocument, copy: IndicatorCopy, documentStart: IsoDate | undefined): IatiIndicator {
  const description = indicatorDescription(node);
  const references: IatiReference[] = [];
  if (node.ref !== undefined) references.push({ vocabulary: '99', code: node.ref });
  const sdg = (node.frameworks ?? []).find((f) => f.framework === 'SDG');
  if (sdg !== undefined) references.push({ vocabulary: '9', code: sdg.code });
  const attributes: Record<string, string> = { [tocAttribute('id')]: node.id };
  if (!copy.first) attributes[tocAttribute('copy')] = '1';
  if (copy.weight !== undefined) attributes[tocAttribute('weight')] = String(copy.weight);
  return {
    measure: measureCode(node.measure),
    ascending: node.direction === 'decrease' ? '0' : '1',
    aggregationStatus: copy.first && isAggregatable(node.measure) ? '1' : '0',
    title: [{ text: node.title }],
    description: description === undefined ? [] : [{ text: description }],
    documentLinks: [],
    references,
    baselines: baselines(node),
    periods: periods(node, documentStart),
    foreignAttributes: attributes,
    extensions: [tocElement('extra', {}, [], sortedJson(extra(node)))],
  };
}
