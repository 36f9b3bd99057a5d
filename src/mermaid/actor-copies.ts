import type { Model } from '../model/model.js';

/** A copy of an actor: its Mermaid id, and where it is read (the last result it links to in its branch). @internal */
export interface ActorCopy {
  readonly id: string;
  readonly place: number;
}

/**
 * The copies of each actor linked into more than one branch, by actor id and
 * branch (`''` beside the goals), in the order of their first results
 * (see `DiagramBase`).
 * @internal
 */
export function actorCopies(
  model: Model,
  position: ReadonlyMap<string, number>,
  branch: ReadonlyMap<string, string>,
  ids: ReadonlyMap<string, string>,
): ReadonlyMap<string, ReadonlyMap<string, ActorCopy>> {
  // For each actor, each branch it links into and the first and last positions it links to there.
  const found = new Map<string, Map<string, [number, number]>>();
  for (const relation of model.relations) {
    if (relation.kind !== 'accountable-for' && relation.kind !== 'benefits-from' && relation.kind !== 'engaged-in') continue;
    const key = branch.get(relation.to) ?? '';
    const at = position.get(relation.to) ?? Number.POSITIVE_INFINITY;
    let branches = found.get(relation.from);
    if (branches === undefined) found.set(relation.from, (branches = new Map()));
    const known = branches.get(key);
    if (known === undefined) branches.set(key, [at, at]);
    else branches.set(key, [Math.min(known[0], at), Math.max(known[1], at)]);
  }
  const out = new Map<string, ReadonlyMap<string, ActorCopy>>();
  for (const [actor, branches] of found) {
    if (branches.size < 2) continue;
    const own = ids.get(actor) as string;
    const sorted = [...branches].sort((a, b) => a[1][0] - b[1][0]);
    const copies = sorted.map(([key, [, last]], i): [string, ActorCopy] => [
      key,
      { id: i === 0 ? own : `${own}_${key === '' ? 'top' : (ids.get(key) as string).slice(1)}`, place: last },
    ]);
    out.set(actor, new Map(copies));
  }
  return out;
}
