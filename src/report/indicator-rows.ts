import { READING_FLAGS } from '../document/reading-flags.js';
import { finalTarget } from '../document/final-target.js';
import { readingDate } from '../document/reading-date.js';
import type { IndicatorDocument, IndicatorValue, IsoDate, IsoDuration, NodeDocument, ReadingFlag, ReadingPeriod, SourceDocument } from '../document/types.js';
import { compareRefs } from '../model/compare-refs.js';
import { compareIds } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import { formatValue } from '../mermaid/format.js';
import { progressOf } from '../progress/progress-of.js';
import type { IndicatorProgress, ProgressReportData, Status } from '../progress/types.js';
import { progressRows } from './progress-rows.js';

/** A goal or objective named in a row: its id, the organisation's numbering (or `''`) and its title. */
export interface RowNode {
  readonly id: string;
  /** The organisation's numbering, or `''`. */
  readonly ref: string;
  readonly title: string;
}

/** A value of an indicator at a date, as data and as text. */
export interface DatedValue {
  /** The value as the measure expects it, or `null` when there is none. */
  readonly value: IndicatorValue | null;
  /** The value as labels and tables show it (`170,000 people`, `55%`, `yes`, `3 markers`), `''` when there is none. */
  readonly text: string;
  /** When the value held, or `null` when the document gives no date (a default baseline or target). */
  readonly date: IsoDate | null;
  /** The reporting period the value covers (its `date` is the period's last day), when the reading gives one. */
  readonly period?: ReadingPeriod;
  /**
   * The flags of the reading behind the value (for a running total, of any
   * reading added up), in the order illustrative, estimated, provisional;
   * present only when a reading behind it has flags.
   */
  readonly flags?: readonly ReadingFlag[];
}

/** One indicator as a report lists it: what it measures, where it started, where it stands and where it aims. */
export interface IndicatorRow {
  readonly id: string;
  /** The organisation's numbering, or `''`. */
  readonly ref: string;
  readonly title: string;
  /** The goals and objectives it measures, in `ref` order. */
  readonly measures: readonly RowNode[];
  /** The baseline (possibly a default: `no` for yes/no, no markers, rating 0), or `null` when there is none. */
  readonly baseline: DatedValue | null;
  /**
   * The value the roll-up used as of the report date: the latest reading, or
   * the running total for `combine: cumulative`, dated by the latest reading
   * used; `null` without a reading by then.
   */
  readonly latest: DatedValue | null;
  /** The final target (possibly a default: `yes`, every marker, rating 1), or `null` when there is none. */
  readonly target: DatedValue | null;
  /** Progress from baseline (0) to target (1) as computed, not capped (over-achievement above 1, regression below 0); `null` without data. */
  readonly progress: number | null;
  /** Expected progress at the report date, or `null`. */
  readonly expected: number | null;
  readonly status: Status;
  /**
   * Whether the latest reading (for `combine: cumulative`, the most recent
   * one added) is older than `maxReadingAge` at the report date; it still
   * counts. Present only when the report holds readings to an age limit.
   */
  readonly old?: boolean;
  /** The age limit the indicator's readings are held to, `null` for none; present only when the report holds readings to an age limit. */
  readonly maxReadingAge?: IsoDuration | null;
  /**
   * Where the figures come from, each once in this order: the baseline's
   * source, the sources of the readings used, the final target's, then the
   * indicator's general `source`.
   */
  readonly sources: readonly string[];
  /**
   * The source documents of the same readings (their `sources`), each once,
   * in the same order; present only when one of them lists any.
   */
  readonly sourceDocuments?: readonly SourceDocument[];
  /** Whether its figures are illustrative: the indicator is tagged `illustrative`, or a reading behind them is flagged so. */
  readonly illustrative: boolean;
}

/**
 * Every indicator of the model as a report row, in the order of the
 * strategy: under the first goal or objective (top-down, siblings by `ref`)
 * that it measures, then the indicators that measure nothing, by `ref` then id.
 *
 * @example
 * ```ts
 * for (const row of indicatorRows(model, rollUp(model, { asOf: '2020-12-31' }))) {
 *   console.log(row.title, row.baseline?.text, row.latest?.text, row.target?.text);
 * }
 * ```
 */
export function indicatorRows(model: Model, report: ProgressReportData): readonly IndicatorRow[] {
  const listed = progressRows(model, report, { indicators: true }).filter((r) => r.kind === 'indicator').map((r) => r.id);
  const seen = new Set(listed);
  const rest = model
    .indicators()
    .filter((n) => !seen.has(n.id))
    .sort((a, b) => compareRefs(a.ref ?? '', b.ref ?? '') || compareIds(a.id, b.id))
    .map((n) => n.id);
  return [...listed, ...rest].map((id) => indicatorRow(model, model.node(id) as IndicatorDocument, progressOf(report, id) as IndicatorProgress | undefined));
}

/** A goal or objective as a {@link RowNode}. @internal */
export function rowNode(model: Model, id: string): RowNode {
  const node = model.node(id) as NodeDocument;
  return { id, ref: node.ref ?? '', title: node.title };
}

/** Goals and objectives in natural `ref` order, then by id. @internal */
export function byRef(a: RowNode, b: RowNode): number {
  return compareRefs(a.ref, b.ref) || compareIds(a.id, b.id);
}

function indicatorRow(model: Model, node: IndicatorDocument, p: IndicatorProgress | undefined): IndicatorRow {
  const final = finalTarget(node.targets ?? []);
  const used = p?.observations ?? [];
  const last = used.at(-1);
  const notForCategory = p?.reason === 'not-broken-down';
  const dated = (value: IndicatorValue | null | undefined, date: IsoDate | null, period: ReadingPeriod | undefined, readings: readonly ReadingMarks[] = []): DatedValue | null => {
    if (value === null || value === undefined) return null;
    const flags = READING_FLAGS.filter((f) => readings.some((r) => r.flags?.includes(f) === true));
    return { value, text: formatValue(value, node), date, ...(period === undefined ? {} : { period }), ...(flags.length === 0 ? {} : { flags }) };
  };
  // Per-period targets: the target judged at the report date, with its period.
  const judged = p?.judgedTarget;
  const sources = new Set<string>();
  const add = (source: string | undefined): void => {
    if (source !== undefined && source !== '') sources.add(source);
  };
  add(node.baseline?.source);
  for (const o of used) add(o.source);
  add(final?.source);
  add(node.source);
  const documents = new Map<string, SourceDocument>();
  for (const reading of [node.baseline, ...used, final]) {
    for (const d of reading?.sources ?? []) {
      const key = sourceKey(d);
      if (!documents.has(key)) documents.set(key, d);
    }
  }
  return {
    id: node.id,
    ref: node.ref ?? '',
    title: node.title,
    measures: model.measuredBy(node.id).map((id) => rowNode(model, id)).sort(byRef),
    // Not broken down by the category a report is for: the whole's baseline and target do not apply.
    baseline: dated(
      p?.baseline ?? (notForCategory ? null : node.baseline?.value),
      node.baseline === undefined ? null : (readingDate(node.baseline) ?? null),
      node.baseline?.period,
      node.baseline === undefined ? [] : [node.baseline],
    ),
    // A running total is dated by its most recent reading, not that reading's own period.
    latest: last === undefined ? null : dated(p?.value, last.date, node.combine === 'cumulative' ? undefined : last.period, used),
    target:
      judged === undefined
        ? dated(p?.target ?? (notForCategory ? null : final?.value), final === undefined ? null : (readingDate(final) ?? null), final?.period, final === undefined ? [] : [final])
        : dated(judged.value, judged.date, judged.period),
    progress: p?.rawProgress ?? p?.progress ?? null,
    expected: p?.expected ?? null,
    status: p?.status ?? 'no-data',
    ...(p?.old === undefined ? {} : { old: p.old }),
    ...(p?.maxReadingAge === undefined ? {} : { maxReadingAge: p.maxReadingAge }),
    sources: [...sources],
    ...(documents.size === 0 ? {} : { sourceDocuments: [...documents.values()] }),
    illustrative: p?.illustrative ?? (node.tags ?? []).includes('illustrative'),
  };
}

/** The flags and sources of a reading, as rows read them. */
interface ReadingMarks {
  readonly flags?: readonly ReadingFlag[];
}

/** A key that is the same for two source documents exactly when they are the same document: title, link, date and kind. @internal */
export function sourceKey(source: SourceDocument): string {
  return JSON.stringify([source.title, source.url ?? null, source.date ?? null, source.kind ?? null]);
}

