import type { ActorType, IndicatorDocument, ResultType } from '../document/types.js';
import { compareRefs } from '../model/compare-refs.js';
import { compareIds } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import { illustrativeIds } from '../progress/illustrative-ids.js';
import { progressOf } from '../progress/progress-of.js';
import type { IndicatorProgress, ProgressReportData, ResultProgress } from '../progress/types.js';
import type { AccountableResult } from './duty-bearer-rows.js';
import { byRef, rowNode } from './indicator-rows.js';
import { strategyOrder } from '../model/strategy-order.js';

/** A markers indicator describing a boundary partner's behaviour, with the markers seen as of the report date. */
export interface PartnerMarkers extends AccountableResult {
  /** How many of its progress markers were seen in the reading used. */
  readonly seen: number;
  /** How many progress markers it has (about this partner, when markers name their own actors). */
  readonly of: number;
}

/** One boundary partner: what the programme engages it in, and the progress markers that describe its behaviour. */
export interface BoundaryPartnerRow {
  readonly id: string;
  /** The organisation's numbering, or `''`. */
  readonly ref: string;
  readonly title: string;
  /** What sort of actor it is, or `null` when the document does not say. */
  readonly actorType: ActorType | null;
  /** The goals and objectives it is engaged in, with their progress, in natural `ref` order. */
  readonly engagedIn: readonly AccountableResult[];
  /** The markers indicators whose progress markers describe its behaviour, in natural `ref` order. */
  readonly markers: readonly PartnerMarkers[];
}

/** The goals and objectives of one result type, with their progress. */
export interface ResultTypeRow {
  readonly resultType: ResultType;
  /** In the order of the strategy (top-down, siblings by `ref`). */
  readonly results: readonly AccountableResult[];
}

/** A goal or objective as an {@link AccountableResult} of `report`. */
function resultOf(model: Model, report: ProgressReportData, illustrative: ReadonlySet<string>, id: string): AccountableResult {
  const p = progressOf(report, id) as ResultProgress | IndicatorProgress | undefined;
  return { ...rowNode(model, id), progress: p?.progress ?? null, coverage: p?.coverage ?? 0, status: p?.status ?? 'no-data', illustrative: illustrative.has(id) };
}

/** Whether `marker` (of `indicator`) describes the behaviour of `actor`: its own `of`, else the measure's. */
function describes(indicator: IndicatorDocument, markerOf: string | undefined, actor: string): boolean {
  const whole = indicator.measure.kind === 'markers' ? indicator.measure.of : undefined;
  return (markerOf ?? whole) === actor;
}

/**
 * The boundary-partner view of a report: each boundary partner (Outcome
 * Mapping: an actor the programme works with directly) with the goals and
 * objectives it is engaged in and the progress markers that describe its
 * behaviour (markers indicators whose measure, or some marker, names it in
 * `of`), with their progress and status. Partners come in the order of the
 * strategy: by the first goal or objective they are engaged in (as
 * {@link progressRows} lists them), then by `ref`, title and id; empty when
 * the model has none.
 *
 * @example
 * ```ts
 * for (const partner of boundaryPartnerRows(model, rollUp(model, { asOf: '2020-12-31' }))) {
 *   console.log(partner.title, partner.markers.map((m) => `${m.seen} of ${m.of} markers`));
 * }
 * ```
 */
export function boundaryPartnerRows(model: Model, report: ProgressReportData): readonly BoundaryPartnerRow[] {
  const partners = model.boundaryPartners();
  if (partners.length === 0) return [];
  const illustrative = illustrativeIds(model, report);
  const position = new Map(strategyOrder(model).map(({ node }, i) => [node.id, i]));
  const first = (row: BoundaryPartnerRow): number => row.engagedIn.reduce((min, r) => Math.min(min, position.get(r.id) ?? min), Number.MAX_SAFE_INTEGER);
  const rows = partners.map((partner): BoundaryPartnerRow => ({
    id: partner.id,
    ref: partner.ref ?? '',
    title: partner.title,
    actorType: partner.actorType ?? null,
    engagedIn: model
      .engagedIn(partner.id)
      .map((id) => resultOf(model, report, illustrative, id))
      .sort(byRef),
    markers: model
      .markerIndicatorsOf(partner.id)
      .map((id): PartnerMarkers => {
        const node = model.node(id) as IndicatorDocument;
        const markers = node.measure.kind === 'markers' ? node.measure.markers.filter((m) => describes(node, m.of, partner.id)) : [];
        const value = (progressOf(report, id) as IndicatorProgress | undefined)?.value;
        const seenIds = new Set(Array.isArray(value) ? (value as readonly string[]) : []);
        return { ...resultOf(model, report, illustrative, id), seen: markers.filter((m) => seenIds.has(m.id)).length, of: markers.length };
      })
      .sort((a, b) => compareRefs(a.ref, b.ref) || compareIds(a.id, b.id)),
  }));
  // In the order of the strategy, whatever the order of the file: by the first goal or objective engaged in, then ref, title and id.
  return rows
    .map((row): [BoundaryPartnerRow, number] => [row, first(row)])
    .sort(([a, x], [b, y]) => x - y || compareRefs(a.ref, b.ref) || compareIds(a.title, b.title) || compareIds(a.id, b.id))
    .map(([row]) => row);
}

/** The result types, from the top of the results chain down. */
const TYPES: readonly ResultType[] = ['impact', 'outcome', 'output'];

/**
 * The goals and objectives grouped by result type (impact, outcome, output:
 * the IATI and logframe vocabulary, whatever the organisation's levels are
 * called), each with its progress and status, in the order of the strategy.
 * Only the types some node has; empty when none has one. Goals and objectives
 * without a result type are left out.
 *
 * @example
 * ```ts
 * for (const group of resultTypeRows(model, rollUp(model, { asOf: '2020-12-31' }))) {
 *   console.log(group.resultType, group.results.map((r) => `${r.ref} ${r.status}`));
 * }
 * ```
 */
export function resultTypeRows(model: Model, report: ProgressReportData): readonly ResultTypeRow[] {
  const typed = strategyOrder(model).flatMap(({ node }) => ((node.kind === 'goal' || node.kind === 'objective') && node.resultType !== undefined ? [node] : []));
  if (typed.length === 0) return [];
  const illustrative = illustrativeIds(model, report);
  return TYPES.flatMap((resultType) => {
    const results = typed.filter((n) => n.resultType === resultType).map((n) => resultOf(model, report, illustrative, n.id));
    return results.length === 0 ? [] : [{ resultType, results }];
  });
}
