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
  const byRef = (a: NodeDocument, b: NodeDocument): number => compareRefs(a.ref ?? '', b.ref ?? '') || compareIds(a.id, b.id);
  const illustrative = illustrativeIds(model, report);
  const rows: ProgressRow[] = [];
  const seen = new Set<string>();
  const roots = model.roots().map((id) => model.node(id) as NodeDocument).sort(byRef);
  const stack: { node: NodeDocument; depth: number }[] = roots.reverse().map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: NodeDocument; depth: number };
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    const p = progressOf(report, node.id) as ResultProgress | IndicatorProgress | undefined;
    rows.push(row(node, depth, p, illustrative.has(node.id)));
    if (node.kind !== 'goal' && node.kind !== 'objective') continue;
    const below: NodeDocument[] = model.children(node.id).map((id) => model.node(id) as NodeDocument).sort(byRef);
    const indicators = options.indicators === true ? model.indicatorsOf(node.id).map((id) => model.node(id) as NodeDocument).sort(byRef) : [];
    for (const child of [...indicators, ...below].reverse()) stack.push({ node: child, depth: depth + 1 });
  }
  return rows;
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
    status: p?.status ?? 'no-data',
    illustrative,
  };
}
