import type { Model } from '../model/model.js';
import type { Relation } from '../model/relations.js';
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
  'indicators' | 'dutyBearers' | 'rightsHolders' | 'boundaryPartners' | 'assumptions' | 'focus' | 'focusDirection' | 'depth'
>;

/**
 * Chooses the nodes and relations to draw: the goals and objectives within the
 * focus and depth, then the indicators, actors and assumptions of the kinds
 * asked for that link to them. Without focus or depth, every node of a kind
 * asked for is drawn, linked or not (that selection is made once per model
 * and kinds shown, and shared: never change it).
 * @throws Error when the focus is not the id of a goal or objective.
 * @internal
 */
export function selectNodes(model: Model, options: Visibility): Selection {
  const filtered = options.focus !== undefined || options.depth !== Number.POSITIVE_INFINITY;
  if (filtered) return select(model, options, true);
  // The whole model: the selection depends only on the kinds shown, and is kept.
  const kinds = (options.indicators ? 1 : 0) | (options.dutyBearers ? 2 : 0) | (options.rightsHolders ? 4 : 0) | (options.assumptions ? 8 : 0) | (options.boundaryPartners ? 16 : 0);
  let byKinds = wholeModel.get(model);
  if (byKinds === undefined) wholeModel.set(model, (byKinds = new Map()));
  let selection = byKinds.get(kinds);
  if (selection === undefined) byKinds.set(kinds, (selection = select(model, options, false)));
  return selection;
}

/**
 * The selections of whole models, by model and kinds shown (a bit per kind):
 * a model never changes, and a selection is never changed once made.
 */
const wholeModel = new WeakMap<Model, Map<number, Selection>>();

function select(model: Model, options: Visibility, filtered: boolean): Selection {
  const shown = new Set(filtered ? resultsInReach(model, options) : allResults(model));
  const isVisibleLink = (key: string): boolean => {
    const link = model.relation(key);
    return link !== undefined && shown.has(link.from) && shown.has(link.to);
  };
  // With a focus or a depth, only the indicators, actors and assumptions linked to the results shown.
  const linked = filtered ? linkedTo(model, shown, isVisibleLink) : undefined;
  for (const node of model.nodes) {
    const wanted =
      (node.kind === 'indicator' && options.indicators) ||
      (node.kind === 'duty-bearer' && options.dutyBearers) ||
      (node.kind === 'rights-holder' && options.rightsHolders) ||
      (node.kind === 'boundary-partner' && options.boundaryPartners) ||
      (node.kind === 'assumption' && options.assumptions);
    if (wanted && (linked === undefined || linked.has(node.id))) shown.add(node.id);
  }
  // The model's relations are sorted by key already, and stay so once filtered.
  const relations: Relation[] = [];
  for (const relation of model.relations) {
    if (!shown.has(relation.from) || !shown.has(relation.to)) continue;
    if (relation.kind !== 'underpins' || relation.links.some(isVisibleLink)) relations.push(relation);
  }
  return { nodes: shown, relations: Object.freeze(relations) };
}

/** The nodes linked to a result shown: an indicator, actor, or assumption under a visible link. */
function linkedTo(model: Model, shown: ReadonlySet<string>, isVisibleLink: (key: string) => boolean): Set<string> {
  const linked = new Set<string>();
  for (const relation of model.relations) {
    if (!shown.has(relation.to)) continue;
    switch (relation.kind) {
      case 'measures':
      case 'accountable-for':
      case 'benefits-from':
      case 'engaged-in':
        linked.add(relation.from);
        break;
      case 'underpins':
        if (relation.links.some(isVisibleLink)) linked.add(relation.from);
        break;
      case 'contributes-to':
        break;
    }
  }
  return linked;
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
