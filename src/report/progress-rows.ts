import type { NodeDocument } from '../document/types.js';
import { compareRefs } from '../model/compare-refs.js';
import { compareIds } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import { illustrativeIds } from '../progress/illustrative-ids.js';
import { progressOf } from '../progress/progress-of.js';
import type { IndicatorProgress, ProgressReportData, ResultProgress, Status } from '../progress/types.js';

/** One row of a progress table. */
export interface ProgressRow {
  readonly id: string;
  readonly kind: 'goal' | 'objective' | 'indicator';
  /** The organisation's numbering, or `''`. */
  readonly ref: string;
  readonly title: string;
  /** 0 for the top of the chain, 1 below it, and so on. */
  readonly depth: number;
  readonly progress: number | null;
  readonly expected: number | null;
  readonly coverage: number;
  /**
   * The share backed by readings within their age limit (see
   * `ResultProgress.recentCoverage`); present only when the report holds
   * readings to an age limit, and only on goals and objectives.
   */
  readonly recentCoverage?: number;
  /** Whether the value rests on an old reading or assessment; present only when the report holds readings to an age limit. */
  readonly old?: boolean;
  readonly status: Status;
  /** Whether any figure behind this row is tagged `illustrative`. */
  readonly illustrative: boolean;
}

/** Options of {@link progressRows}. */
export interface ProgressRowsOptions {
  /** Also list each node's indicators under it. Default false. */
  readonly indicators?: boolean;
}

/**
 * The report as table rows in the order of the strategy: each goal, then what
 * contributes to it, depth first, siblings by ref then id. A node reached by
 * several paths is listed once, where first reached. Iterative.
 *
 * @example
 * ```ts
 * for (const row of progressRows(model, rollUp(model, { asOf: '2020-12-31' }))) {
 *   console.log('  '.repeat(row.depth), row.ref, row.title, row.progress, row.status);
 * }
 * ```
 */
export function progressRows(model: Model, report: ProgressReportData, options: ProgressRowsOptions = {}): readonly ProgressRow[] {
  const illustrative = illustrativeIds(model, report);
  return strategyOrder(model, options.indicators === true).map(({ node, depth }) =>
    row(node, depth, progressOf(report, node.id) as ResultProgress | IndicatorProgress | undefined, illustrative.has(node.id)),
  );
}

/**
 * The goals and objectives (and, with `indicators`, each one's indicators
 * before what contributes to it) in the order of the strategy, with their
 * depth: each goal, then what contributes to it, depth first, siblings by ref
 * then id; a node reached by several paths is listed where first reached.
 * Iterative. @internal
 */
export function strategyOrder(model: Model, indicators = false): readonly { readonly node: NodeDocument; readonly depth: number }[] {
  const byRef = (a: NodeDocument, b: NodeDocument): number => compareRefs(a.ref ?? '', b.ref ?? '') || compareIds(a.id, b.id);
  const out: { node: NodeDocument; depth: number }[] = [];
  const seen = new Set<string>();
  const roots = model.roots().map((id) => model.node(id) as NodeDocument).sort(byRef);
  const stack: { node: NodeDocument; depth: number }[] = roots.reverse().map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const item = stack.pop() as { node: NodeDocument; depth: number };
    const { node, depth } = item;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    out.push(item);
    if (node.kind !== 'goal' && node.kind !== 'objective') continue;
    const below: NodeDocument[] = model.children(node.id).map((id) => model.node(id) as NodeDocument).sort(byRef);
    const measuring = indicators ? model.indicatorsOf(node.id).map((id) => model.node(id) as NodeDocument).sort(byRef) : [];
    for (const child of [...measuring, ...below].reverse()) stack.push({ node: child, depth: depth + 1 });
  }
  return out;
}

function row(node: NodeDocument, depth: number, p: ResultProgress | IndicatorProgress | undefined, illustrative: boolean): ProgressRow {
  return {
    id: node.id,
    kind: node.kind === 'goal' ? 'goal' : node.kind === 'indicator' ? 'indicator' : 'objective',
    ref: node.ref ?? '',
    title: node.title,
    depth,
    progress: p?.progress ?? null,
    expected: p?.expected ?? null,
    coverage: p?.coverage ?? 0,
    ...(p !== undefined && 'recentCoverage' in p && p.recentCoverage !== undefined ? { recentCoverage: p.recentCoverage } : {}),
    ...(p?.old === undefined ? {} : { old: p.old }),
    status: p?.status ?? 'no-data',
    illustrative,
  };
}
