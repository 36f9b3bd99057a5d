import type { NodeDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import type { DiagramBase } from './diagram-base.js';
import type { Drawn } from './drawn.js';
import { assignNodeIds } from './node-ids.js';
import type { NodeGroup, ResolvedMermaidOptions } from './options.js';
import type { Selection } from './select.js';
import { wrapText } from './wrap-text.js';

/** The subgraphs of a diagram. @internal */
export interface Groups {
  /** Subgraphs in the order written. */
  readonly list: readonly { readonly id: string; readonly title: string }[];
  /** The subgraph id of each grouped node, by its Mermaid id (an actor drawn in several places has one per copy). */
  readonly member: ReadonlyMap<string, string>;
}

/**
 * A key objective's subgraph title: its level and ref (`Key objective 1`), its
 * ref, or else its title. Short, because Mermaid draws a long subgraph title
 * over the nodes inside.
 */
function groupTitle(node: NodeDocument, options: ResolvedMermaidOptions): string {
  const level = node.kind === 'objective' ? node.level : undefined;
  const ref = node.ref === undefined || node.ref === '' ? undefined : node.ref;
  if (ref !== undefined) return level === undefined || level === '' ? ref : `${level} ${ref}`;
  return options.wrap === false ? node.title : wrapText(node.title, options.wrap);
}

/**
 * The subgraphs of {@link ResolvedMermaidOptions.group}, in reading order, and the nodes in each.
 * @internal
 */
export function groupNodes(model: Model, options: ResolvedMermaidOptions, selection: Selection, base: DiagramBase, drawn: Drawn): Groups {
  const ids = base.ids;
  const member = new Map<string, string>();
  const list: { id: string; title: string }[] = [];
  if (typeof options.group !== 'string') return ownGroups(model, options.group, drawn);
  if (options.group === 'level') {
    // One pass over the nodes, however many levels: subgraph `g<i>` for the i-th level, if used.
    const levelIndex = new Map<string, number>();
    model.levels.forEach((level, i) => {
      if (!levelIndex.has(level)) levelIndex.set(level, i);
    });
    const used = new Set<number>();
    for (const node of model.nodes) {
      if ((node.kind !== 'goal' && node.kind !== 'objective') || node.level === undefined || !selection.nodes.has(node.id)) continue;
      const i = levelIndex.get(node.level);
      if (i === undefined) continue;
      member.set(ids.get(node.id) as string, `g${i}`);
      used.add(i);
    }
    model.levels.forEach((level, i) => {
      if (used.has(i)) list.push({ id: `g${i}`, title: level });
    });
    return { list, member };
  }
  if (options.group === 'key-objective') {
    const shown = (id: string): boolean => selection.nodes.has(id);
    // Key objectives in reading order: the order of the diagram base.
    const keys = base.keys.filter((id) => {
      const node = model.node(id);
      return node?.kind === 'objective' && shown(id) && model.parents(id).some((p) => model.node(p)?.kind === 'goal');
    });
    const keySet = new Set(keys);
    // Each result's subgraph, by model id; the members by Mermaid id.
    const groupOf = new Map<string, string>();
    for (const key of keys) {
      // The subgraph id follows the key objective's node id, so it is as stable.
      const id = `g${(ids.get(key) as string).slice(1)}`;
      groupOf.set(key, id);
      list.push({ id, title: groupTitle(model.node(key) as NodeDocument, options) });
    }
    // Each other objective joins the first key objective (in reading order) it contributes to,
    // directly or not. Walking down from the keys in that order, a node already reached
    // needs no second visit: everything below it was reached from the same or an earlier key.
    // Linear in the size of the model, whatever its depth.
    const reached = new Set<string>();
    for (const key of keys) {
      if (reached.has(key)) continue;
      reached.add(key);
      const group = groupOf.get(key) as string;
      const queue = [key];
      for (let head = 0; head < queue.length; head++) {
        for (const child of model.children(queue[head] as string)) {
          if (reached.has(child)) continue;
          reached.add(child);
          queue.push(child);
          if (!keySet.has(child) && shown(child)) groupOf.set(child, group);
        }
      }
    }
    for (const [id, group] of groupOf) member.set(ids.get(id) as string, group);
    joinOnlyGroup(drawn, (id) => groupOf.get(id), member);
  }
  return { list, member };
}

/**
 * An indicator or actor (each copy of one) joins a group when everything it
 * links to is in that group; an assumption's node when the links drawn
 * through it run inside one group. `groupOf` gives a result's group by model id.
 */
function joinOnlyGroup(drawn: Drawn, groupOf: (id: string) => string | undefined, member: Map<string, string>): void {
  const targets = new Map<string, Set<string | undefined>>();
  const note = (id: string, group: string | undefined): void => {
    const found = targets.get(id);
    if (found === undefined) targets.set(id, new Set([group]));
    else found.add(group);
  };
  drawn.links.forEach((link, index) => {
    const kind = link.relation.kind;
    if (kind === 'measures' || kind === 'accountable-for' || kind === 'benefits-from' || kind === 'engaged-in') note(link.from, groupOf(link.relation.to));
    const chain = drawn.chains[index];
    if (chain === undefined) return;
    for (const step of chain.steps) {
      note(step, groupOf(link.relation.from));
      note(step, groupOf(link.relation.to));
    }
  });
  for (const [id, found] of targets) {
    const [only] = [...found];
    if (found.size === 1 && only !== undefined) member.set(id, only);
  }
}

/**
 * Your own subgraphs (see `MermaidOptions.group`): each node listed in one
 * group inside it, each listed in several outside, the indicators, actors and
 * assumptions listed nowhere where everything they link to is; the groups in
 * the order given, those with nothing drawn left out.
 */
function ownGroups(model: Model, groups: readonly NodeGroup[], drawn: Drawn): Groups {
  // Subgraph ids from the titles, as node ids are from model ids: `u…` can be neither a node id (`n…`) nor the legend.
  const hashed = assignNodeIds(groups.map((group) => group.title));
  const seen = new Map<string, number>();
  const groupIds = groups.map((group) => {
    const count = (seen.get(group.title) ?? 0) + 1;
    seen.set(group.title, count);
    const id = `u${(hashed.get(group.title) as string).slice(1)}`;
    return count === 1 ? id : `${id}_${count}`;
  });
  // The one group of each node listed once; `null` for a node listed in several.
  const listed = new Map<string, string | null>();
  groups.forEach((group, index) => {
    const groupId = groupIds[index] as string;
    for (const id of group.ids) {
      if (model.node(id) === undefined) {
        throw new Error(`theory-of-change: toMermaid: the group "${group.title}" lists "${id}", but the model has no node with that id.`);
      }
      const found = listed.get(id);
      if (found === undefined) listed.set(id, groupId);
      else if (found !== groupId) listed.set(id, null);
    }
  });
  const groupOf = (id: string): string | undefined => listed.get(id) ?? undefined;
  const member = new Map<string, string>();
  joinOnlyGroup(drawn, groupOf, member);
  // What is listed is placed as listed, whatever it links to: in its one group, or outside.
  for (const entry of drawn.nodes) {
    const found = listed.get(entry.key);
    if (found === null) member.delete(entry.id);
    else if (found !== undefined) member.set(entry.id, found);
  }
  const used = new Set(member.values());
  const list: { id: string; title: string }[] = [];
  groups.forEach((group, index) => {
    const id = groupIds[index] as string;
    // On one line: Mermaid widens the subgraph to its title, but draws a wrapped one over the nodes below it.
    if (used.has(id)) list.push({ id, title: group.title });
  });
  return { list, member };
}
