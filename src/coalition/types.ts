import type { DocumentPath } from '../diagnostics/diagnostic.js';
import type { EvidenceDocument, TheoryOfChangeDocument } from '../document/types.js';

/**
 * One organisation in a coalition: its id (the prefix its nodes take, as in
 * `asi:ko1`) and its theory-of-change file (a relative path is relative to
 * the coalition file; an absolute one is read as it is).
 */
export interface CoalitionMember {
  /** Short id, used as the prefix of its nodes' ids: letters, digits, `-` and `_`, no `:`. */
  readonly id: string;
  /** Its theory-of-change file: relative to the coalition file, or an absolute path. */
  readonly file: string;
  /** Its name, e.g. `Anti-Slavery International`. */
  readonly title?: string;
}

/**
 * A contributes-to link between documents, written in the coalition file so
 * that the members' files stay untouched: from a member's node (`asi:ko1`)
 * to a joint node (`jo1`) or another member's node (`fw:o2`).
 *
 * @example
 * ```yaml
 * links:
 *   - { from: asi:ko1, to: laws-enforced, weight: 2, assumptions: [shared-advocacy-heard] }
 * ```
 */
export interface CoalitionLink {
  /** The contributing node: `member:id`, or a joint node's id. */
  readonly from: string;
  /** The goal or objective contributed to: a joint node's id, or `member:id`. */
  readonly to: string;
  /** Relative weight, from 10⁻⁹ to 10¹⁵. Default 1. */
  readonly weight?: number;
  /** Ids of the assumptions this link rests on (joint ones, or `member:id`). */
  readonly assumptions?: readonly string[];
  /** Why this link holds. */
  readonly note?: string;
  /** Findings that support or challenge this link. */
  readonly evidence?: readonly EvidenceDocument[];
}

/**
 * Indicators of several members that are one data stream, counted once: the
 * composed document keeps one indicator with the given `id`, measuring what
 * each of them measured, with the readings of all of them.
 */
export interface SharedIndicator {
  /** The id of the one indicator in the composed document. */
  readonly id: string;
  /** The members' indicators, as `member:id`; the first gives the definition. */
  readonly indicators: readonly string[];
}

/**
 * A coalition: a theory of change of its own (its joint goals and
 * objectives, in `nodes`) over the theories of change of its members, joined
 * by `links`. Indicators of different members with the same framework code
 * (e.g. SDG 8.7.1) are one data stream, and so are those listed in `sharedIndicators`.
 */
export interface CoalitionDocument extends Omit<TheoryOfChangeDocument, 'nodes'> {
  /** The member organisations, each with its file. */
  readonly members: readonly CoalitionMember[];
  /** The coalition's joint nodes (goals, objectives, indicators, assumptions). Default none. */
  readonly nodes?: TheoryOfChangeDocument['nodes'];
  /** Links from members' nodes to joint ones. */
  readonly links?: readonly CoalitionLink[];
  /** Indicators of several members to count once. */
  readonly sharedIndicators?: readonly SharedIndicator[];
}

/**
 * Where a part of the composed document was written: in the coalition file
 * (`member` absent) or in a member's file, and the path there.
 */
export interface Origin {
  /** The member whose file it is in; absent for the coalition file. */
  readonly member?: string;
  /** The path in that file. */
  readonly path: DocumentPath;
}
