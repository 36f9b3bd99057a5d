/**
 * Shuffling the lists of a document whose order means nothing, and comparing
 * what the library derives from it: for test/hardening/determinism.test.ts.
 */
import {
  explainProgress,
  rollUp,
  type ContributionRef,
  type Diagnostic,
  type Measure,
  type Model,
  type NodeDocument,
  type ProgressOptions,
  type ReadingDocument,
  type TheoryOfChangeDocument,
} from '../../src/index.js';
import { formatProgressTable, toMarkdownReport } from '../../src/report/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { random as generator } from '../../bench/generate.js';

/** How a shuffle reorders the lists: all reversed (every pair swaps), or at random from a seed. */
export type Order = { readonly kind: 'reverse' } | { readonly kind: 'random'; readonly seed: number };

/**
 * The lists whose order carries no meaning. Not `levels` (of the document or
 * of a scale): their order is top to bottom.
 */
export const ORDER_FREE_LISTS = [
  'nodes',
  'tags',
  /** contributesTo, measures, accountableFor, benefitsFrom. */
  'links',
  /** The assumptions a contributes-to link rests on. */
  'link-assumptions',
  'targets',
  'observations',
  /** The marker ids in a baseline, target or observation of a markers indicator. */
  'marker-ids',
  /** The progress markers of a markers measure. */
  'markers',
  'frameworks',
  'assessments',
  'evidence',
] as const;

/** One of {@link ORDER_FREE_LISTS}. */
export type OrderFreeList = (typeof ORDER_FREE_LISTS)[number];

/**
 * The same document with the lists named in `lists` (by default every list
 * whose order means nothing) in another order. The input is not changed; keys
 * absent from it stay absent.
 */
export function reordered(document: TheoryOfChangeDocument, order: Order, lists: readonly OrderFreeList[] = ORDER_FREE_LISTS): TheoryOfChangeDocument {
  // The bench's seeded generator (mulberry32): shuffles that can be replayed.
  const random = order.kind === 'random' ? generator(order.seed) : undefined;
  const chosen = new Set<OrderFreeList>(lists);
  const shuffle =
    (kind: OrderFreeList) =>
    <T>(list: readonly T[]): T[] => {
      const out = [...list];
      if (!chosen.has(kind)) return out;
      if (random === undefined) return out.reverse();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    };
  const reading = (r: ReadingDocument): ReadingDocument => (Array.isArray(r.value) ? { ...r, value: shuffle('marker-ids')(r.value as readonly string[]) } : r);
  const link = (ref: ContributionRef): ContributionRef =>
    typeof ref === 'string' || ref.assumptions === undefined ? ref : { ...ref, assumptions: shuffle('link-assumptions')(ref.assumptions) };
  const links = shuffle('links');
  const nodes = shuffle('nodes')(document.nodes).map((original): NodeDocument => {
    const node = original.tags === undefined ? original : { ...original, tags: shuffle('tags')(original.tags) };
    switch (node.kind) {
      case 'goal':
      case 'objective':
        return {
          ...node,
          ...(node.contributesTo === undefined ? {} : { contributesTo: links(node.contributesTo).map(link) }),
          ...(node.assessments === undefined ? {} : { assessments: shuffle('assessments')(node.assessments) }),
        };
      case 'indicator': {
        const measure: Measure = node.measure.kind === 'markers' ? { ...node.measure, markers: shuffle('markers')(node.measure.markers) } : node.measure;
        return {
          ...node,
          measure,
          ...(node.measures === undefined ? {} : { measures: links(node.measures) }),
          ...(node.baseline === undefined ? {} : { baseline: reading(node.baseline) }),
          ...(node.targets === undefined ? {} : { targets: shuffle('targets')(node.targets).map(reading) }),
          ...(node.observations === undefined ? {} : { observations: shuffle('observations')(node.observations).map(reading) }),
          ...(node.frameworks === undefined ? {} : { frameworks: shuffle('frameworks')(node.frameworks) }),
        };
      }
      case 'duty-bearer':
        return node.accountableFor === undefined ? node : { ...node, accountableFor: links(node.accountableFor) };
      case 'rights-holder':
        return node.benefitsFrom === undefined ? node : { ...node, benefitsFrom: links(node.benefitsFrom) };
      case 'boundary-partner':
        return node.engagedIn === undefined ? node : { ...node, engagedIn: links(node.engagedIn) };
      case 'assumption':
        return node.evidence === undefined ? node : { ...node, evidence: shuffle('evidence')(node.evidence) };
    }
  });
  return { ...document, nodes };
}

/**
 * Everything the library derives from a model as of a date (with `options`,
 * if any), as text, by name: the report JSON, the progress table, the
 * Markdown report, Mermaid with and without a report for every grouping, and
 * the explanation of every node that has progress.
 */
export function outputs(model: Model, asOf: string, options: Omit<ProgressOptions, 'asOf'> = {}): Record<string, string> {
  const report = rollUp(model, { ...options, asOf });
  const out: Record<string, string> = {
    rollUp: JSON.stringify(report),
    table: formatProgressTable(model, report, { indicators: true }),
    markdown: toMarkdownReport(model, report, { indicators: true, assumptions: true }),
  };
  for (const group of ['none', 'level', 'key-objective'] as const) {
    out[`mermaid ${group} with report`] = toMermaid(model, report, { group, indicators: true, assumptions: true, weights: true });
    out[`mermaid ${group} LR`] = toMermaid(model, undefined, { group, direction: 'LR', wrap: 10 });
  }
  for (const entry of [...report.results, ...report.indicators]) out[`explain ${entry.id}`] = explainProgress(model, report, entry.id);
  return out;
}

/** What a path points at in a document (`undefined` if nothing). */
export function at(document: unknown, path: readonly (string | number)[]): unknown {
  let value = document;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A value with every list sorted but `levels` (whose order means something)
 * and keys in order: equal for the same content written in any order.
 */
export function canonical(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => JSON.stringify(canonical(item)));
    return (key === 'levels' ? items : items.sort()).map((item) => (item === undefined ? null : (JSON.parse(item) as unknown)));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k], k)]),
    );
  }
  return value;
}

/**
 * Diagnostics as a sorted list of text, without their paths (indexes move
 * when lists are shuffled) but with the content each path points at, in
 * canonical form: the same for the same document in any order, if each
 * diagnostic points at the same entry.
 */
export function diagnosticsOf(diagnostics: readonly Diagnostic[], document: TheoryOfChangeDocument): string[] {
  return diagnostics
    .map((d) => JSON.stringify({ code: d.code, severity: d.severity, ids: d.ids, message: d.message, pointsAt: canonical(at(document, d.path)) ?? null }))
    .sort();
}

/**
 * The dates to roll up at: 2000-01-01 (before most readings), the latest date
 * of any reading or assessment (so that every one counts), and up to two dates
 * that several entries of one list share (so that those are the latest ones).
 */
export function datesFor(document: TheoryOfChangeDocument): string[] {
  const shared = new Set<string>();
  let last = '2000-01-01';
  const note = (dates: readonly (string | undefined)[]): void => {
    const seen = new Set<string>();
    for (const date of dates) {
      if (date === undefined) continue;
      if (seen.has(date)) shared.add(date);
      seen.add(date);
      if (date > last) last = date;
    }
  };
  for (const node of document.nodes) {
    if (node.kind === 'indicator') {
      note((node.targets ?? []).map((t) => t.date));
      note((node.observations ?? []).map((o) => o.date));
    } else if (node.kind === 'goal' || node.kind === 'objective') {
      note((node.assessments ?? []).map((a) => a.date));
    }
  }
  return [...new Set(['2000-01-01', last, ...[...shared].sort().slice(0, 2)])];
}
