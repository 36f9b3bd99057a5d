import type { Model } from '../model/model.js';
import type { Relation } from '../model/relations.js';
import { compareCodeUnits } from './natural-order.js';
import type { ResolvedMermaidOptions } from './options.js';

/** What a diagram shows: node ids, and the relations drawn between them. @internal */
export interface Selection {
  /** Ids of the nodes drawn. */
  readonly nodes: ReadonlySet<string>;
  /** Relations drawn, sorted by key; `underpins` ones only with assumptions shown. */
  readonly relations: readonly Relation[];
}

type Visibility = Pick<
  ResolvedMermaidOptions,
  'indicators' | 'dutyBearers' | 'rightsHolders' | 'assumptions' | 'focus' | 'focusDirection' | 'depth'
>;

/**
 * Chooses the nodes and relations to draw: the goals and objectives within the
 * focus and depth, then the indicators, actors and assumptions of the kinds
 * asked for that link to them. Without focus or depth, every node of a kind
 * asked for is drawn, linked or not.
 * @throws Error when the focus is not the id of a goal or objective.
 * @internal
 */
export function selectNodes(model: Model, options: Visibility): Selection {
  const filtered = options.focus !== undefined || options.depth !== Number.POSITIVE_INFINITY;
  const results = filtered ? resultsInReach(model, options) : allResults(model);
  const shown = new Set(results);
  const linked = new Set<string>();
  const isVisibleLink = (key: string): boolean => {
    const link = model.relation(key);
    return link !== undefined && shown.has(link.from) && shown.has(link.to);
  };
  for (const relation of model.relations) {
    if (!shown.has(relation.to)) continue;
    switch (relation.kind) {
      case 'measures':
      case 'accountable-for':
      case 'benefits-from':
        linked.add(relation.from);
        break;
      case 'underpins':
        if (relation.links.some(isVisibleLink)) linked.add(relation.from);
        break;
      case 'contributes-to':
        break;
    }
  }
  for (const node of model.nodes) {
    const wanted =
      (node.kind === 'indicator' && options.indicators) ||
      (node.kind === 'duty-bearer' && options.dutyBearers) ||
      (node.kind === 'rights-holder' && options.rightsHolders) ||
      (node.kind === 'assumption' && options.assumptions);
    if (wanted && (!filtered || linked.has(node.id))) shown.add(node.id);
  }
  const relations = model.relations
    .filter((relation) => {
      if (!shown.has(relation.from) || !shown.has(relation.to)) return false;
      return relation.kind !== 'underpins' || relation.links.some(isVisibleLink);
    })
    .sort((a, b) => compareCodeUnits(a.key, b.key));
  return { nodes: shown, relations };
}

function allResults(model: Model): string[] {
  return model.nodes.filter((node) => node.kind === 'goal' || node.kind === 'objective').map((node) => node.id);
}

/** Breadth-first from the focus (or the top of the chain), up to `depth` contributes-to steps. */
function resultsInReach(model: Model, options: Visibility): string[] {
  let starts: readonly string[];
  if (options.focus === undefined) starts = model.roots();
  else {
    const kind = model.node(options.focus)?.kind;
    if (kind !== 'goal' && kind !== 'objective') {
      throw new Error(
        `theory-of-change: toMermaid: focus ${JSON.stringify(options.focus)} is not the id of a goal or objective of the model.`,
      );
    }
    starts = [options.focus];
  }
  const down = options.focus === undefined || options.focusDirection !== 'above';
  const up = options.focus !== undefined && options.focusDirection !== 'below';
  const reached = new Set(starts);
  if (down) walk(starts, (id) => model.children(id), options.depth, reached);
  if (up) walk(starts, (id) => model.parents(id), options.depth, reached);
  return [...reached];
}

/** Adds to `reached` everything within `depth` steps of `starts` along `next`. */
function walk(
  starts: readonly string[],
  next: (id: string) => readonly string[],
  depth: number,
  reached: Set<string>,
): void {
  const seen = new Set(starts);
  let frontier = [...starts];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const neighbour of next(id)) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        reached.add(neighbour);
        following.push(neighbour);
      }
    }
    frontier = following;
  }
}
