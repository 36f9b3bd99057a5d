import type { NodeDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import type { Relation } from '../model/relations.js';
import { STATUSES, type NodeProgress, type ProgressReport } from '../progress/types.js';
import { illustrativeIds } from '../progress/illustrative-ids.js';
import { escapeLabel } from './escape-label.js';
import { percent, STATUS_TEXT } from './format.js';
import { compareCodeUnits } from './natural-order.js';
import { assignNodeIds } from './node-ids.js';
import { resolveMermaidOptions, type MermaidOptions, type ResolvedMermaidOptions } from './options.js';
import { selectNodes, type Selection } from './select.js';
import { CLASS_DEFS, FAILING_LINK_STYLE, STATUS_CLASS, type ClassName } from './styles.js';
import { shortenText, wrapText } from './wrap-text.js';

/** The order kinds are declared in, within the diagram and each subgraph. */
const KIND_ORDER: { readonly [K in NodeDocument['kind']]: number } = {
  goal: 0,
  objective: 1,
  indicator: 2,
  'duty-bearer': 3,
  'rights-holder': 4,
  assumption: 5,
};

/** The edge of each relation kind: contributes-to solid, the others dotted, arrows towards the result. */
const ARROW: { readonly [K in Relation['kind']]: string } = {
  'contributes-to': '-->',
  measures: '-.->',
  'accountable-for': '-.-',
  'benefits-from': '-.-',
  underpins: '-.-',
};

const INDENT = '  ';

/**
 * Mermaid flowchart text for a theory of change: goals (stadium shapes), key
 * objectives (rectangles), sub-objectives (rounded), duty bearers (subroutine
 * boxes), rights holders (flags) and, by option, indicators (parallelograms)
 * and assumptions (hexagons), each labelled with its `ref` and title. Contributes-to links are solid arrows from contributor to what it
 * contributes to; measures, accountability, benefit and assumption links are
 * dotted. With `options.report`, each goal, objective and indicator shows its
 * progress and status colour, with a legend.
 *
 * The output is safe and stable: node ids are generated (see
 * {@link mermaidNodeIds}), every piece of text goes through
 * {@link escapeLabel}, and everything is sorted, so the same model gives
 * byte-identical text whatever order its nodes were written in.
 *
 * Mermaid refuses diagrams with more than 500 links (`maxEdges`) and renders
 * at most 50,000 characters (`maxTextSize`) by default: for big models, raise
 * both with `mermaid.initialize({ maxEdges, maxTextSize })`, or draw a part
 * with `focus` and `depth`.
 *
 * @param model A validated model.
 * @param options See {@link MermaidOptions}; all optional.
 * @returns The diagram, starting `flowchart BT` and ending with a newline.
 * @throws RangeError on an invalid option value, Error when `focus` is not a
 *   goal or objective of the model.
 *
 * @example
 * ```ts
 * const text = toMermaid(model);
 * const focused = toMermaid(model, { report: rollUp(model, { asOf: '2025-06-30' }), focus: 'ko1', depth: 1 });
 * ```
 */
export function toMermaid(model: Model, options: MermaidOptions = {}): string {
  const resolved = resolveMermaidOptions(options);
  return renderDiagram(model, resolved, selectNodes(model, resolved));
}

/** Writes the diagram of a selection. @internal Shared with {@link toMarkdownReport}. */
export function renderDiagram(model: Model, options: ResolvedMermaidOptions, selection: Selection): string {
  const ids = assignNodeIds(model.nodes.map((node) => node.id));
  const idOf = (id: string): string => ids.get(id) as string;
  const progress = progressById(options.report);
  const failingLinks = failingLinksOf(options.report);
  const illustrative = options.report === undefined ? new Set<string>() : illustrativeIds(model, options.report);
  const shown = model.nodes
    .filter((node) => selection.nodes.has(node.id))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareCodeUnits(a.id, b.id));
  const groups = groupNodes(model, options, selection, idOf);
  const lines: string[] = [
    `flowchart ${options.direction}`,
    `${INDENT}%% Generated from a theory-of-change model: edit the model, not this diagram.`,
  ];
  const classes = new Map<ClassName, string[]>();
  const addClass = (name: ClassName, mermaidId: string): void => {
    const list = classes.get(name) ?? [];
    list.push(mermaidId);
    classes.set(name, list);
  };
  const declare = (node: NodeDocument, indent: string): void => {
    const [open, close] = shapeOf(model, node);
    const label = labelOf(node, options, progress.get(node.id), illustrative.has(node.id));
    lines.push(`${indent}${idOf(node.id)}${open}"${escapeLabel(label)}"${close}`);
    addClass(classOf(model, node, progress.get(node.id)), idOf(node.id));
  };

  // Each subgraph's members, in the order of `shown`: one pass, however many subgraphs.
  const inGroup = new Map<string, NodeDocument[]>();
  for (const node of shown) {
    const group = groups.member.get(node.id);
    if (group === undefined) declare(node, INDENT);
    else {
      const list = inGroup.get(group) ?? [];
      list.push(node);
      inGroup.set(group, list);
    }
  }
  for (const group of groups.list) {
    lines.push(`${INDENT}subgraph ${group.id} ["${escapeLabel(group.title)}"]`);
    for (const node of inGroup.get(group.id) ?? []) declare(node, INDENT + INDENT);
    lines.push(`${INDENT}end`);
  }
  if (options.report !== undefined && options.legend) {
    lines.push(`${INDENT}subgraph legend ["${escapeLabel(`Status as of ${options.report.asOf}`)}"]`);
    for (const status of STATUSES) {
      const legendId = `legend_${STATUS_CLASS[status]}`;
      lines.push(`${INDENT}${INDENT}${legendId}["${escapeLabel(STATUS_TEXT[status])}"]`);
      addClass(STATUS_CLASS[status], legendId);
    }
    lines.push(`${INDENT}end`);
  }

  const failing: number[] = [];
  selection.relations.forEach((relation, index) => {
    const notes: string[] = [];
    if (relation.kind === 'contributes-to') {
      if (options.weights && relation.weight !== 1) notes.push(`weight ${relation.weight}`);
      if (options.markFailingAssumptions && restsOnFailingAssumption(model, relation, failingLinks)) {
        notes.push('⚠ assumption fails');
        failing.push(index);
      }
    }
    const label = notes.length === 0 ? '' : `|"${escapeLabel(notes.join(' · '))}"|`;
    lines.push(`${INDENT}${idOf(relation.from)} ${ARROW[relation.kind]}${label} ${idOf(relation.to)}`);
  });

  for (const [name, style] of CLASS_DEFS) {
    if (classes.has(name)) lines.push(`${INDENT}classDef ${name} ${style}`);
  }
  for (const [name] of CLASS_DEFS) {
    const members = classes.get(name);
    if (members !== undefined) lines.push(`${INDENT}class ${members.join(',')} ${name}`);
  }
  if (failing.length > 0) lines.push(`${INDENT}linkStyle ${failing.join(',')} ${FAILING_LINK_STYLE}`);
  return `${lines.join('\n')}\n`;
}

function progressById(report: ProgressReport | undefined): ReadonlyMap<string, NodeProgress> {
  const map = new Map<string, NodeProgress>();
  for (const entry of report?.results ?? []) map.set(entry.id, entry);
  for (const entry of report?.indicators ?? []) map.set(entry.id, entry);
  return map;
}

/** Whether an objective contributes to another objective: a sub-objective. */
function isSubObjective(model: Model, node: NodeDocument): boolean {
  return node.kind === 'objective' && model.parents(node.id).some((parent) => model.node(parent)?.kind === 'objective');
}

function shapeOf(model: Model, node: NodeDocument): readonly [string, string] {
  switch (node.kind) {
    case 'goal':
      return ['([', '])'];
    case 'objective':
      return isSubObjective(model, node) ? ['(', ')'] : ['[', ']'];
    case 'indicator':
      return ['[/', '/]'];
    case 'duty-bearer':
      return ['[[', ']]'];
    case 'rights-holder':
      return ['>', ']'];
    case 'assumption':
      return ['{{', '}}'];
  }
}

function classOf(model: Model, node: NodeDocument, progress: NodeProgress | undefined): ClassName {
  if (progress !== undefined) return STATUS_CLASS[progress.status];
  switch (node.kind) {
    case 'goal':
      return 'goal';
    case 'objective':
      return isSubObjective(model, node) ? 'subObjective' : 'objective';
    case 'indicator':
      return 'indicator';
    case 'duty-bearer':
      return 'dutyBearer';
    case 'rights-holder':
      return 'rightsHolder';
    case 'assumption':
      return node.status === 'fails' ? 'assumptionFails' : 'assumption';
  }
}

/**
 * A node's label as plain text, lines separated by `\n`: `ref title` (shortened
 * and wrapped by option), then for indicators tagged `illustrative` a line
 * `illustrative`, for assumptions their status, and with a report the progress
 * (with "incl. illustrative" for a goal or objective resting on illustrative figures).
 * @internal
 */
export function labelOf(node: NodeDocument, options: ResolvedMermaidOptions, progress?: NodeProgress, illustrative = false): string {
  const title = options.maxTitleLength === false ? node.title : shortenText(node.title, options.maxTitleLength);
  const head = node.ref === undefined || node.ref === '' ? title : `${node.ref} ${title}`;
  const lines = [options.wrap === false ? head : wrapText(head, options.wrap)];
  if (node.kind === 'indicator' && (node.tags ?? []).includes('illustrative')) lines.push('illustrative');
  if (node.kind === 'assumption') lines.push(node.status === 'fails' ? '⚠ fails' : node.status);
  if (progress !== undefined) lines.push(progressLine(progress) + (illustrative && node.kind !== 'indicator' ? ' · incl. illustrative' : ''));
  return lines.join('\n');
}

function progressLine(progress: NodeProgress): string {
  if (progress.progress === null) return STATUS_TEXT['no-data'];
  const parts: string[] = [];
  if (progress.kind === 'indicator') parts.push(percent(progress.rawProgress ?? progress.progress));
  else parts.push(percent(progress.progress));
  parts.push(STATUS_TEXT[progress.status]);
  if (progress.kind !== 'indicator') {
    if (progress.coverage < 1) parts.push(`coverage ${percent(progress.coverage)}`);
    if (progress.method === 'assessment') parts.push('assessed');
  }
  return parts.join(' · ');
}

/**
 * The contributes-to links a report flags as resting on a failing assumption,
 * as `from → to` keys: built once, so a goal with many contributors costs no
 * more than one with few.
 */
function failingLinksOf(report: ProgressReport | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  for (const result of report?.results ?? []) {
    for (const c of result.contributions) {
      if (c.relation === 'contributes-to' && c.failingAssumptions.length > 0) out.add(linkKey(c.id, result.id));
    }
  }
  return out;
}

function linkKey(from: string, to: string): string {
  return JSON.stringify([from, to]);
}

function restsOnFailingAssumption(
  model: Model,
  relation: Extract<Relation, { kind: 'contributes-to' }>,
  failingLinks: ReadonlySet<string>,
): boolean {
  const fails = relation.assumptions.some((id) => {
    const node = model.node(id);
    return node?.kind === 'assumption' && node.status === 'fails';
  });
  return fails || failingLinks.has(linkKey(relation.from, relation.to));
}

interface Groups {
  /** Subgraphs in the order written. */
  readonly list: readonly { readonly id: string; readonly title: string }[];
  /** The subgraph id of each grouped node. */
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

function groupNodes(
  model: Model,
  options: ResolvedMermaidOptions,
  selection: Selection,
  idOf: (id: string) => string,
): Groups {
  const member = new Map<string, string>();
  const list: { id: string; title: string }[] = [];
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
      member.set(node.id, `g${i}`);
      used.add(i);
    }
    model.levels.forEach((level, i) => {
      if (used.has(i)) list.push({ id: `g${i}`, title: level });
    });
    return { list, member };
  }
  if (options.group === 'key-objective') {
    const shown = (id: string): boolean => selection.nodes.has(id);
    const keys = model
      .objectives()
      .filter((node) => shown(node.id) && model.parents(node.id).some((p) => model.node(p)?.kind === 'goal'))
      .map((node) => node.id)
      .sort(compareCodeUnits);
    const keySet = new Set(keys);
    for (const key of keys) {
      // The subgraph id follows the key objective's node id, so it is as stable.
      const id = `g${idOf(key).slice(1)}`;
      member.set(key, id);
      list.push({ id, title: groupTitle(model.node(key) as NodeDocument, options) });
    }
    // Each other objective joins the first key objective (in id order) it contributes to,
    // directly or not. Walking down from the keys in that order, a node already reached
    // needs no second visit: everything below it was reached from the same or an earlier key.
    // Linear in the size of the model, whatever its depth.
    const reached = new Set<string>();
    for (const key of keys) {
      if (reached.has(key)) continue;
      reached.add(key);
      const group = member.get(key) as string;
      const queue = [key];
      for (let head = 0; head < queue.length; head++) {
        for (const child of model.children(queue[head] as string)) {
          if (reached.has(child)) continue;
          reached.add(child);
          queue.push(child);
          if (!keySet.has(child) && shown(child)) member.set(child, group);
        }
      }
    }
    // An indicator or actor joins a group when everything it links to is in that group.
    const targets = new Map<string, Set<string | undefined>>();
    for (const relation of selection.relations) {
      if (relation.kind !== 'measures' && relation.kind !== 'accountable-for' && relation.kind !== 'benefits-from') continue;
      const found = targets.get(relation.from) ?? new Set();
      found.add(member.get(relation.to));
      targets.set(relation.from, found);
    }
    for (const [from, found] of targets) {
      const [only] = [...found];
      if (found.size === 1 && only !== undefined) member.set(from, only);
    }
  }
  return { list, member };
}
