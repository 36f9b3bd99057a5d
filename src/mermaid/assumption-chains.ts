import type { Model } from '../model/model.js';
import type { Relation } from '../model/relations.js';

/**
 * The assumptions a contributes-to link is drawn through, when assumptions are
 * shown: `from --- A1 --- A2 --> to`. Links to the same node resting on the
 * same assumptions share one chain (its assumption nodes drawn once, each
 * contributor joining its first node); any other link gets its own copies, so
 * that every path from a contributor to its result passes exactly the
 * assumptions its link rests on.
 * @internal
 */
export interface AssumptionChain {
  /** What identifies the chain: the link's target and its assumptions. */
  readonly key: string;
  /** The model ids of the assumptions, in reading order. */
  readonly assumptions: readonly string[];
  /** The Mermaid id of each assumption's node in this chain: the assumption's own id for its first chain, else a copy's. */
  readonly steps: readonly string[];
  /** The Mermaid id of the link's target. */
  readonly to: string;
  /** The model id of the link's target. */
  readonly target: string;
}

/**
 * The {@link AssumptionChain} of each contributes-to relation of the model that
 * rests on an assumption, by relation key. Chains are numbered in reading order
 * of their links (contributor, then target); an assumption's first chain uses
 * its own Mermaid id, each other one that id, `_` and its target's Mermaid id
 * without the `n` (then `_2`, `_3`… if the same target has several chains
 * through it), so that ids never depend on what else a diagram shows.
 * @internal
 */
export function assumptionChains(
  model: Model,
  place: ReadonlyMap<string, number>,
  ids: ReadonlyMap<string, string>
): ReadonlyMap<string, AssumptionChain> {
  const at = (id: string): number => place.get(id) ?? Number.POSITIVE_INFINITY;
  const byPlace = (a: string, b: string): number => (at(a) === at(b) ? 0 : at(a) < at(b) ? -1 : 1);
  const resting = model.relations.filter(
    (r): r is Extract<Relation, { kind: 'contributes-to' }> => r.kind === 'contributes-to' && r.assumptions.length > 0,
  );
  // The model's relations are sorted by key: a stable sort by place keeps that order among equals.
  resting.sort((a, b) => byPlace(a.from, b.from) || byPlace(a.to, b.to));
  const byKey = new Map<string, AssumptionChain>();
  const used = new Set<string>();
  const out = new Map<string, AssumptionChain>();
  for (const relation of resting) {
    const assumptions = [...new Set(relation.assumptions)].sort((a, b) => byPlace(a, b) || (a < b ? -1 : a > b ? 1 : 0));
    const key = JSON.stringify([relation.to, ...assumptions]);
    let chain = byKey.get(key);
    if (chain === undefined) {
      const to = ids.get(relation.to) as string;
      const steps = assumptions.map((id) => {
        const own = ids.get(id) as string;
        let copy = own;
        for (let n = 1; used.has(copy); n++) copy = `${own}_${to.slice(1)}${n === 1 ? '' : `_${n}`}`;
        used.add(copy);
        return copy;
      });
      chain = { key, assumptions, steps, to, target: relation.to };
      byKey.set(key, chain);
    }
    out.set(relation.key, chain);
  }
  return out;
}
