import type { AssumptionStatus, IsoDate, JsonValue, NodeKind, ReadingDocument } from '../document/types.js';
import type { ProgressOptions, Status } from '../progress/types.js';

/** One field of a node (or of the document, or of a link) that differs: its value before and after, each absent where not written. */
export interface FieldChange {
  /** The field's name as written in the document, e.g. `title` or `resultType`. */
  readonly field: string;
  /** Its value in the earlier version, lists whose order means nothing sorted; absent when not written. */
  readonly before?: JsonValue;
  /** Its value in the later version, likewise. */
  readonly after?: JsonValue;
}

/** The relations a diff compares as links, named as the document writes them. */
export type LinkRelation = 'contributesTo' | 'measures' | 'accountableFor' | 'benefitsFrom' | 'engagedIn';

/**
 * One change between two versions of a theory of change, discriminated on
 * `kind`. Ids are the later version's, except in `node-removed` and the
 * `from` of `node-renamed`; the links, assumptions and readings of a renamed
 * node are compared under its new id.
 */
export type Change =
  /** Fields of the document itself (title, period, levels, …). */
  | { readonly kind: 'document-changed'; readonly fields: readonly FieldChange[] }
  /** A node only the later version has. */
  | { readonly kind: 'node-added'; readonly id: string; readonly nodeKind: NodeKind; readonly title: string }
  /** A node only the earlier version has. */
  | { readonly kind: 'node-removed'; readonly id: string; readonly nodeKind: NodeKind; readonly title: string }
  /** A likely rename: an id gone and an id new, of the same kind, with the same title and the same links. */
  | { readonly kind: 'node-renamed'; readonly from: string; readonly to: string; readonly nodeKind: NodeKind; readonly title: string }
  /** A node in both versions whose own fields differ (title, ref, level, resultType, measure, …). */
  | { readonly kind: 'node-changed'; readonly id: string; readonly nodeKind: NodeKind; readonly title: string; readonly fields: readonly FieldChange[] }
  /** A link only the later version has; `weight` where the relation has one (1 when not written). */
  | { readonly kind: 'link-added'; readonly relation: LinkRelation; readonly from: string; readonly to: string; readonly weight?: number }
  /** A link only the earlier version has. */
  | { readonly kind: 'link-removed'; readonly relation: LinkRelation; readonly from: string; readonly to: string; readonly weight?: number }
  /** A link in both versions with another weight (1 when not written). */
  | { readonly kind: 'link-reweighted'; readonly relation: LinkRelation; readonly from: string; readonly to: string; readonly before: number; readonly after: number }
  /** A contributes-to link in both versions whose assumptions, note or evidence differ. */
  | { readonly kind: 'link-changed'; readonly relation: LinkRelation; readonly from: string; readonly to: string; readonly fields: readonly FieldChange[] }
  /** An assumption in both versions whose `status` differs (absent: argued from its evidence). */
  | { readonly kind: 'assumption-status'; readonly id: string; readonly title: string; readonly before?: AssumptionStatus; readonly after?: AssumptionStatus }
  /** An indicator whose baseline differs (absent where it has none). */
  | { readonly kind: 'baseline-moved'; readonly indicator: string; readonly before?: ReadingDocument; readonly after?: ReadingDocument }
  /** A target only the later version has. */
  | { readonly kind: 'target-added'; readonly indicator: string; readonly target: ReadingDocument }
  /** A target only the earlier version has. */
  | { readonly kind: 'target-removed'; readonly indicator: string; readonly target: ReadingDocument }
  /** A target changed: the same date with another value, or the indicator's one target gone and one new. */
  | { readonly kind: 'target-moved'; readonly indicator: string; readonly before: ReadingDocument; readonly after: ReadingDocument }
  /** An observation only the later version has. */
  | { readonly kind: 'reading-added'; readonly indicator: string; readonly reading: ReadingDocument }
  /** An observation only the earlier version has. */
  | { readonly kind: 'reading-removed'; readonly indicator: string; readonly reading: ReadingDocument }
  /** An observation corrected: the same indicator and date, another value (or source, note, …). */
  | { readonly kind: 'reading-corrected'; readonly indicator: string; readonly date: IsoDate; readonly before: ReadingDocument; readonly after: ReadingDocument };

/** The kind of a {@link Change}. */
export type ChangeKind = Change['kind'];

/** A node's progress and status at the diff's date in one version. */
export interface ProgressPoint {
  /** Progress in [0, 1], or `null` without data. */
  readonly progress: number | null;
  readonly status: Status;
}

/** A goal, objective or indicator whose progress or status at the diff's date differs between the versions. */
export interface ProgressChange {
  /** Its id in the later version. */
  readonly id: string;
  /** Its id in the earlier version, when it was renamed. */
  readonly formerId?: string;
  readonly nodeKind: 'goal' | 'objective' | 'indicator';
  /** Its title in the later version. */
  readonly title: string;
  readonly before: ProgressPoint;
  readonly after: ProgressPoint;
  /**
   * Why: the positions in {@link ModelDiff.changes} of the changes that feed
   * it (changes to itself, to what contributes to it or measures it, to the
   * links between those, to their assumptions and readings, and to the
   * document). Empty when its progress moved for no change below it (a
   * custom aggregation reading something else).
   */
  readonly causes: readonly number[];
}

/** What {@link diff} returns: plain data, the same whatever the order of things in either document. */
export interface ModelDiff {
  /** Whether the two versions mean the same: no change and no progress change. */
  readonly equal: boolean;
  /** The date progress was compared at. */
  readonly asOf: IsoDate;
  /** Every change, in a fixed order: document, nodes, links, assumptions, baselines and targets, readings; then by id and date. */
  readonly changes: readonly Change[];
  /** The goals, objectives and indicators in both versions whose progress or status at `asOf` differs: goals, then objectives, then indicators, each by id. */
  readonly progress: readonly ProgressChange[];
}

/** How {@link diff} compares progress. */
export interface DiffOptions {
  /**
   * The date to compare progress at. Default: the latest date of any
   * observation in either version (so the same two files always give the same
   * diff), or today when neither has an observation.
   */
  readonly asOf?: IsoDate;
  /** The roll-up's other settings (aggregation, thresholds, …), the same for both versions. */
  readonly progress?: Omit<ProgressOptions, 'asOf'>;
}
