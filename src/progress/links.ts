import type { NodeDocument } from '../document/types.js';

/**
 * What an aggregation reads and writes: the child links of the goals and
 * objectives (positions `start` to `end - 1` belong to one node), the
 * numbers of every node (NaN for none), and each link's share of its parent's
 * value, which the aggregation writes.
 * @internal
 */
export interface Links {
  /** The child (a node position) of each link. */
  readonly childAt: Int32Array;
  readonly childWeight: Float64Array;
  readonly childId: readonly string[];
  readonly progress: Float64Array;
  /** Indicators: progress before clamping (goals and objectives: the value computed before any assessment). */
  readonly raw: Float64Array;
  readonly expected: Float64Array;
  /** The nodes, by position (custom aggregations read a child's kind and tags). */
  readonly nodes: readonly NodeDocument[];
  readonly share: Float64Array;
  /** Whether children without data count as 0 (`missingData: 'zero'`). */
  readonly zero: boolean;
}

/** Where an aggregation writes the node's computed value (0) and expected progress (1); NaN for none. @internal */
export type Aggregated = Float64Array;
