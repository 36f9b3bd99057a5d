import type { Model } from '../model/model.js';
import type { CoalitionComposition } from './validate-coalition.js';

/**
 * One member's part of a composed coalition: the member, a title to show
 * (its `title`, else its id) and the ids of the nodes that are its own.
 * Fits the Mermaid option `group` as it is.
 */
export interface MemberGroup {
  /** The member's id, as in the coalition file. */
  readonly member: string;
  /** The member's title, else its id. */
  readonly title: string;
  /** The composed ids (`member:id`) of the nodes from the member's document alone, in code-unit order. */
  readonly ids: readonly string[];
}

/**
 * One group per member of a coalition, in the order the coalition lists them,
 * each holding the nodes from that member's document: the joint nodes and the
 * indicators several members share belong to none, so that a diagram drawn
 * with these groups shows them between the members.
 *
 * @param model The composed coalition's model, from {@link validateCoalition}.
 * @param composition Its members and who owns each node, from the same result.
 * @returns A group per member, even one with no node; ids sorted, so the result
 *   is the same whatever the order of the nodes in the files.
 *
 * @example
 * ```ts
 * const result = validateCoalition(coalitionData, documents, { name: 'coalition.yaml' });
 * if (result.ok) toMermaid(result.model, undefined, { group: memberGroups(result.model, result.coalition) });
 * ```
 */
export function memberGroups(model: Model, composition: CoalitionComposition): readonly MemberGroup[] {
  const idsOf = new Map<string, string[]>(composition.members.map((member) => [member.id, []]));
  for (const node of model.nodes) {
    const owners = composition.ownersOf(node.id);
    if (owners.length === 1) idsOf.get(owners[0] as string)?.push(node.id);
  }
  return composition.members.map((member) => ({
    member: member.id,
    title: member.title ?? member.id,
    // Without a comparison function, `sort` compares by code units: the same in every locale.
    ids: (idsOf.get(member.id) as string[]).sort(),
  }));
}
