import type { Model } from '../model/model.js';
import type { NodeProgress, ProgressReportData, Status } from '../progress/types.js';
import { illustrativeIds } from '../progress/illustrative-ids.js';
import { diagramBase, INDENT, linkLine, type DiagramLink, type DiagramNode } from './diagram-base.js';
import { drawnOf, type Drawn } from './drawn.js';
import { escapeLabel } from './escape-label.js';
import { groupNodes } from './groups.js';
import { legendLines } from './legend.js';
import { encodedLabelOf, restsOnOldReadings, usedReadingsFlagged } from './label.js';
import { resolveMermaidOptions, type MermaidOptions, type ResolvedMermaidOptions } from './options.js';
import { selectNodes, type Selection } from './select.js';
import { CLASS_DEFS, FAILING_LINK_STYLE, STATUS_CLASS, type ClassName } from './styles.js';

export { labelOf } from './label.js';

/**
 * Mermaid flowchart text for a theory of change: goals (stadium shapes), key
 * objectives (rectangles), sub-objectives (rounded), duty bearers (subroutine
 * boxes), rights holders (flags) and, by option, indicators (parallelograms)
 * and assumptions (hexagons), each labelled with its `ref` and title. Contributes-to links are solid arrows from contributor to what it
 * contributes to; measures, accountability, benefit and assumption links are
 * dotted. With a progress report, each goal, objective and indicator shows
 * its progress and status colour, with a legend.
 *
 * The output is safe and stable: node ids are generated from the model's ids
 * (the same id always gets the same node id), every piece of text goes through
 * {@link escapeLabel}, and everything is sorted, so the same model gives
 * byte-identical text whatever order its nodes were written in.
 *
 * Mermaid refuses diagrams with more than 500 links (`maxEdges`) and renders
 * at most 50,000 characters (`maxTextSize`) by default: for big models, raise
 * both with `mermaid.initialize({ maxEdges, maxTextSize })`, or draw a part
 * with `focus` and `depth`.
 *
 * @param model A validated model.
 * @param report Its progress report (from `rollUp`), if any: each goal,
 *   objective and indicator then shows its progress as a percentage and its
 *   status as a colour (one `classDef` per status, with a legend), coverage
 *   when under 100%, and "no data" where there is none. Without it (or with
 *   `undefined`), a diagram of the structure.
 * @param options See {@link MermaidOptions}; all optional.
 * @returns The diagram, starting `flowchart BT` and ending with a newline.
 * @throws RangeError on an invalid option value, Error when `focus` is not a
 *   goal or objective of the model.
 *
 * @example
 * ```ts
 * const text = toMermaid(model);
 * const focused = toMermaid(model, rollUp(model, { asOf: '2025-06-30' }), { focus: 'ko1', depth: 1 });
 * const sideways = toMermaid(model, undefined, { direction: 'LR' });
 * ```
 */
export function toMermaid(model: Model, report?: ProgressReportData, options: MermaidOptions = {}): string {
  const resolved = resolveMermaidOptions(options, report);
  return renderDiagram(model, resolved, selectNodes(model, resolved));
}

/**
 * Writes the diagram of a selection: one pass over the nodes in declaration
 * order and one over the relations, every line into one list, joined once.
 * What depends on the model alone is kept with it (see `diagramBase`): ids and
 * order from its first diagram, each node's encoded title and each link's line
 * from the first diagram that draws it.
 * @internal Shared with {@link toMarkdownReport}.
 */
export function renderDiagram(model: Model, options: ResolvedMermaidOptions, selection: Selection): string {
  const base = diagramBase(model);
  const drawn = drawnOf(base, selection);
  const report = options.report;
  const progress = progressById(report);
  const illustrative = report === undefined ? new Set<string>() : illustrativeIds(model, report);
  const groups = groupNodes(model, options, selection, base, drawn);
  const lines: string[] = [
    `flowchart ${options.direction}`,
    `${INDENT}%% Generated from a theory-of-change model: edit the model, not this diagram.`,
  ];
  const classes = new Map<ClassName, string[]>();
  const addClass = (name: ClassName, mermaidId: string): void => {
    const list = classes.get(name);
    if (list === undefined) classes.set(name, [mermaidId]);
    else list.push(mermaidId);
  };
  const declare = (entry: DiagramNode, indent: string): void => {
    const nodeProgress = report === undefined ? undefined : progress.get(entry.key);
    const label = encodedLabelOf(entry, options, nodeProgress, report !== undefined && illustrative.has(entry.key));
    lines.push(indent + entry.open + label + entry.close);
    addClass(nodeProgress === undefined ? entry.kindClass : STATUS_CLASS[nodeProgress.status], entry.id);
  };

  // Nodes in declaration order; each subgraph's members kept for later, in that order: one pass, however many subgraphs.
  const inGroup = new Map<string, DiagramNode[]>();
  for (const entry of drawn.nodes) {
    const group = groups.member.size === 0 ? undefined : groups.member.get(entry.id);
    if (group === undefined) declare(entry, INDENT);
    else {
      const list = inGroup.get(group);
      if (list === undefined) inGroup.set(group, [entry]);
      else list.push(entry);
    }
  }
  for (const group of groups.list) {
    lines.push(`${INDENT}subgraph ${group.id} ["${escapeLabel(group.title)}"]`);
    for (const entry of inGroup.get(group.id) ?? []) declare(entry, INDENT + INDENT);
    lines.push(`${INDENT}end`);
  }
  const linkLines: string[] = [];
  const failing = writeLinks(options, drawn, base.ids, linkLines);
  if (report !== undefined && options.legend) {
    const statuses = new Set<Status>();
    let old = false;
    let estimated = false;
    let provisional = false;
    for (const entry of drawn.nodes) {
      const p = progress.get(entry.key);
      if (p === undefined) continue;
      statuses.add(p.status);
      old ||= restsOnOldReadings(p);
      if (p.kind === 'indicator') {
        estimated ||= usedReadingsFlagged(p, 'estimated');
        provisional ||= usedReadingsFlagged(p, 'provisional');
      }
    }
    const legend = legendLines(
      {
        model,
        report,
        nodes: drawn.nodes,
        // Lines as the legend explains them: a link drawn through assumptions has its own entry.
        links: drawn.links.filter((_, index) => drawn.chains[index] === undefined),
        statuses,
        failing: failing.length > 0,
        challenged: options.markFailingAssumptions && drawn.links.some((link) => link.challenged),
        illustrative: drawn.nodes.some((entry) => illustrative.has(entry.key)),
        old,
        estimated,
        provisional,
        assumptionsOnLinks: drawn.chains.some((chain) => chain !== undefined),
        direction: options.direction,
        anchor: legendAnchor(drawn.links),
      },
      addClass,
    );
    // One by one: spreading a million links into one call overflows the stack.
    for (const line of legend.lines) lines.push(line);
    for (const line of linkLines) lines.push(line);
    for (const line of legend.links) lines.push(line);
  } else for (const line of linkLines) lines.push(line);

  for (const [name, style] of CLASS_DEFS) {
    if (classes.has(name)) lines.push(`${INDENT}classDef ${name} ${style}`);
  }
  for (const [name] of CLASS_DEFS) {
    const members = classes.get(name);
    if (members !== undefined) lines.push(`${INDENT}class ${members.join(',')} ${name}`);
  }
  if (failing.length > 0) lines.push(`${INDENT}linkStyle ${failing.join(',')} ${FAILING_LINK_STYLE}`);
  lines.push('');
  return lines.join('\n');
}

/**
 * Adds a line per link drawn to `lines` (one edge each, so a line's index is
 * its link number), labelled with its weight and whether it rests on a failing
 * assumption, by option; returns the numbers of the links resting on a failing
 * assumption (for their `linkStyle`), in ascending order. A link drawn through
 * its assumptions is `from --- A` (with the label) and, once per chain,
 * `A --- B` … `B --> to`: every segment of a failing link is red.
 */
function writeLinks(options: ResolvedMermaidOptions, drawn: Drawn, ids: ReadonlyMap<string, string>, lines: string[]): number[] {
  const { links, chains } = drawn;
  const failingLinks = failingLinksOf(options.report);
  const failing = new Set<number>();
  // The link numbers of each chain's own segments, by chain key, once written.
  const segments = new Map<string, number[]>();
  for (let index = 0; index < links.length; index++) {
    const link = links[index] as DiagramLink;
    if (!link.contributes) {
      lines.push(link.line);
      continue;
    }
    const weight = options.weights && link.weight !== 1 ? `weight ${link.weight}` : undefined;
    const fails =
      options.markFailingAssumptions &&
      (link.assumptionFails || (failingLinks.size > 0 && failingLinks.has(linkKey(link.relation.from, link.relation.to))));
    // A link whose evidence only challenges it is flagged the same way, with its own words.
    const challenged = options.markFailingAssumptions && !fails && link.challenged;
    const flag = fails ? '⚠ assumption fails' : challenged ? '⚠ only challenging evidence' : undefined;
    const note = flag === undefined ? weight : weight === undefined ? flag : `${weight} · ${flag}`;
    const label = note === undefined ? '' : `|"${escapeLabel(note)}"|`;
    const chain = chains[index];
    if (fails || challenged) failing.add(lines.length);
    if (chain === undefined) {
      lines.push(label === '' ? link.line : linkLine(ids, link.relation, label, link.from));
      continue;
    }
    lines.push(`${INDENT}${link.from} ---${label} ${chain.steps[0] as string}`);
    let own = segments.get(chain.key);
    if (own === undefined) {
      own = [];
      segments.set(chain.key, own);
      for (let k = 0; k < chain.steps.length; k++) {
        own.push(lines.length);
        const next = chain.steps[k + 1];
        lines.push(next === undefined ? `${INDENT}${chain.steps[k] as string} --> ${chain.to}` : `${INDENT}${chain.steps[k] as string} --- ${next}`);
      }
    }
    if (fails) for (const number of own) failing.add(number);
  }
  return [...failing].sort((a, b) => a - b);
}

/**
 * The node the legend is tied to: the first contributor (in reading order) to
 * a node at the top of the diagram (one nothing drawn contributes to), so
 * that the legend stands in the top's rank; none when no link is drawn.
 */
function legendAnchor(links: readonly DiagramLink[]): string | undefined {
  const contributors = new Set<string>();
  for (const link of links) if (link.contributes) contributors.add(link.relation.from);
  for (const link of links) if (link.contributes && !contributors.has(link.relation.to)) return link.from;
  return undefined;
}

function progressById(report: ProgressReportData | undefined): ReadonlyMap<string, NodeProgress> {
  const map = new Map<string, NodeProgress>();
  for (const entry of report?.results ?? []) map.set(entry.id, entry);
  for (const entry of report?.indicators ?? []) map.set(entry.id, entry);
  return map;
}

/**
 * The contributes-to links a report flags as resting on a failing assumption,
 * as `from → to` keys: built once, so a goal with many contributors costs no
 * more than one with few.
 */
function failingLinksOf(report: ProgressReportData | undefined): ReadonlySet<string> {
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
