import type { ActorType } from '../document/types.js';
import { compareRefs } from '../model/compare-refs.js';
import { compareIds } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import { accountability } from '../progress/accountability.js';
import { illustrativeIds } from '../progress/illustrative-ids.js';
import type { ProgressReportData, Status } from '../progress/types.js';
import { byRef, rowNode, type RowNode } from './indicator-rows.js';
import { strategyOrder } from '../model/strategy-order.js';

/** A goal or objective a duty bearer is accountable for, with its progress. */
export interface AccountableResult extends RowNode {
  /** Progress in [0, 1], or `null` without data. */
  readonly progress: number | null;
  readonly coverage: number;
  readonly status: Status;
  /** Whether its value rests on figures tagged `illustrative`. */
  readonly illustrative: boolean;
}

/** One duty bearer and the progress of what it is accountable for. */
export interface DutyBearerRow {
  readonly id: string;
  /** The organisation's numbering, or `''`. */
  readonly ref: string;
  readonly title: string;
  readonly actorType: ActorType;
  /** The goals and objectives it is accountable for, in natural `ref` order. */
  readonly results: readonly AccountableResult[];
  /** The worst status among them (`no-data` when none has data). */
  readonly worstStatus: Status;
}

/**
 * The duty-bearer view of a report, from {@link "theory-of-change"!accountability}:
 * each duty bearer with the goals and objectives it is accountable for (by
 * `ref`), their titles, progress, coverage and status. Duty bearers come in the
 * order of the strategy: by the first goal or objective they answer for (as
 * {@link progressRows} lists them), then by `ref`, title and id; those
 * accountable for nothing last.
 *
 * @example
 * ```ts
 * for (const duty of dutyBearerRows(model, rollUp(model, { asOf: '2020-12-31' }))) {
 *   console.log(duty.title, duty.worstStatus, duty.results.map((r) => `${r.ref} ${r.status}`));
 * }
 * ```
 */
export function dutyBearerRows(model: Model, report: ProgressReportData): readonly DutyBearerRow[] {
  const illustrative = illustrativeIds(model, report);
  const position = new Map(strategyOrder(model).map(({ node }, i) => [node.id, i]));
  const first = (row: DutyBearerRow): number => row.results.reduce((min, r) => Math.min(min, position.get(r.id) ?? min), Number.MAX_SAFE_INTEGER);
  return accountability(model, report)
    .map((duty) => ({
      id: duty.id,
      ref: model.node(duty.id)?.ref ?? '',
      title: duty.title,
      actorType: duty.actorType,
      results: duty.results
        .map((r) => ({ ...rowNode(model, r.id), progress: r.progress, coverage: r.coverage, status: r.status, illustrative: illustrative.has(r.id) }))
        .sort(byRef),
      worstStatus: duty.worstStatus,
    }))
    .map((row): [DutyBearerRow, number] => [row, first(row)])
    .sort(([a, x], [b, y]) => x - y || compareRefs(a.ref, b.ref) || compareIds(a.title, b.title) || compareIds(a.id, b.id))
    .map(([row]) => row);
}
