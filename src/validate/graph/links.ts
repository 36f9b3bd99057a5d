/**
 * What the nodes' links add up to, gathered by `checkLinks` for the
 * checks of the whole graph. Positions are graph positions (see `Placement`).
 * @internal
 */
export interface Links {
  /** The contributes-to targets of each placed node. */
  readonly up: number[][];
  /** The contributes-to sources of each placed node: `up` turned round. */
  readonly down: number[][];
  /** 1 where an indicator measures the placed node. */
  readonly measured: Uint8Array;
  /** Every assumption id named on a link, whether or not a node has it. */
  readonly usedAssumptions: Set<string>;
}

/** No links yet, for `size` placed nodes. @internal */
export function emptyLinks(size: number): Links {
  const up: number[][] = [];
  const down: number[][] = [];
  for (let i = 0; i < size; i++) {
    up.push([]);
    down.push([]);
  }
  return { up, down, measured: new Uint8Array(size), usedAssumptions: new Set() };
}
