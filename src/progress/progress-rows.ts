import type { NodeDocument } from '../document/types.js';
import { compareIds } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import { illustrativeIds } from './illustrative-ids.js';
import { progressOf } from './progress-of.js';
import type { IndicatorProgress, ProgressReport, ResultProgress, Status } from './types.js';

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
 * Compares refs the way people number: `1.2` < `1.10` < `2`. Runs of digits
 * compare as numbers (exactly, however long), everything else by code unit
 * (no locale), ties by code unit, so the order is total and the same everywhere.
 *
 * @example
 * ```ts
 * ['1.10', '2', '1.2'].sort(compareRefs); // ['1.2', '1.10', '2']
 * ```
 */
export function compareRefs(a: string, b: string): number {
  const left = a.match(CHUNKS) ?? [];
  const right = b.match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const p = x.replace(/^0+(?=\d)/, '');
      const q = y.replace(/^0+(?=\d)/, '');
      if (p.length !== q.length) return p.length - q.length;
      if (p !== q) return compareIds(p, q);
      continue;
    }
    return compareIds(x, y);
  }
  if (left.length !== right.length) return left.length - right.length;
  return compareIds(a, b);
}

const CHUNKS = /\d+|\D+/g;

/**
 * The report as table rows in the order of the strategy: each goal, then what
 * contributes to it, depth first, siblings by ref then id. A node reached by
 * several paths is listed once, where first reached. Iterative.
 *
 * @example
 * ```ts
 * for (const row of progressRows(model, rollUp(model, { asOf: '2020-12-31' }))) {
 *   console.log('  '.repeat(row.depth), row.ref, row.title, formatPercent(row.progress), row.status);
 * }
 * ```
 */
export function progressRows(model: Model, report: ProgressReport, options: ProgressRowsOptions = {}): readonly ProgressRow[] {
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
