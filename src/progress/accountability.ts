import type { ActorType } from '../document/types.js';
import type { Model } from '../model/model.js';
import { progressOf } from './progress-of.js';
import { STATUSES, type ProgressReportData, type ResultProgress, type Status } from './types.js';

/** One duty bearer and the progress of what it is accountable for. */
export interface DutyBearerAccountability {
  readonly id: string;
  readonly title: string;
  readonly actorType: ActorType;
  /** The goals and objectives it is accountable for, sorted by id. */
  readonly results: readonly {
    readonly id: string;
    readonly progress: number | null;
    readonly coverage: number;
    readonly status: Status;
  }[];
  /** The worst status among them (`no-data` when it is accountable for nothing with data). */
  readonly worstStatus: Status;
}

/**
 * The accountability view: each duty bearer (sorted by id) with the
 * objectives it is accountable for and their progress in `report`.
 *
 * @example
 * ```ts
 * for (const duty of accountability(model, rollUp(model, { asOf: '2020-12-31' }))) {
 *   console.log(duty.title, duty.worstStatus);
 * }
 * ```
 */
export function accountability(model: Model, report: ProgressReportData): readonly DutyBearerAccountability[] {
  return [...model.dutyBearers()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((duty) => {
      const results = model.accountableFor(duty.id).map((id) => {
        const p = progressOf(report, id) as ResultProgress | undefined;
        return { id, progress: p?.progress ?? null, coverage: p?.coverage ?? 0, status: p?.status ?? 'no-data' };
      });
      const rated = results.filter((r) => r.status !== 'no-data');
      const worst = rated.reduce<Status>(
        (w, r) => (STATUSES.indexOf(r.status) > STATUSES.indexOf(w) ? r.status : w),
        rated.length === 0 ? 'no-data' : 'achieved',
      );
      return { id: duty.id, title: duty.title, actorType: duty.actorType, results, worstStatus: worst };
    });
}
