import type { NodeDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import { strategyOrder } from '../model/strategy-order.js';
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
