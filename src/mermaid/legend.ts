import type { NodeDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import { describeLimit } from '../progress/describe-age.js';
import { countReadings } from '../progress/illustrative-reading.js';
import { STATUSES, type ProgressReportData, type Status } from '../progress/types.js';
import { INDENT, SHAPES, type DiagramLink, type DiagramNode } from './diagram-base.js';
import { escapeLabel } from './escape-label.js';
import { ESTIMATED_MARK, ILLUSTRATIVE_MARK, OLD_MARK, PROVISIONAL_MARK } from './label.js';
import { STATUS_TEXT } from './format.js';
import type { FlowDirection } from './options.js';
import { STATUS_CLASS, type ClassName } from './styles.js';

/** Each shape's legend entry: its name, its shape, and its class (`undefined`: the neutral legend style when statuses colour it). */
const SHAPE_ENTRIES: readonly (readonly [ClassName, string, keyof typeof SHAPES, boolean])[] = [
  ['goal', 'Goal', 'goal', true],
  ['objective', 'Key objective', 'objective', true],
  ['subObjective', 'Sub-objective', 'subObjective', true],
  ['indicator', 'Indicator', 'indicator', true],
  ['dutyBearer', 'Duty bearer', 'dutyBearer', false],
  ['rightsHolder', 'Rights holder', 'rightsHolder', false],
  ['boundaryPartner', 'Boundary partner', 'boundaryPartner', false],
  ['assumption', 'Assumption', 'assumption', false],
];

/** How each kind of line reads, in the order the legend lists them. */
const LINE_TEXT: readonly (readonly [DiagramLink['relation']['kind'], string])[] = [
  ['contributes-to', '──▶ contributes to'],
  ['measures', '┈┈▶ measures'],
  ['accountable-for', '┈┈┈ is accountable for'],
  ['benefits-from', '┈┈┈ benefits from'],
  ['engaged-in', '┈┈┈ is engaged in'],
  ['underpins', '┈┈┈ underpins'],
];

/** What the legend needs to know of a diagram. @internal */
export interface LegendInput {
  readonly model: Model;
  readonly report: ProgressReportData;
  readonly nodes: readonly DiagramNode[];
  readonly links: readonly DiagramLink[];
  /** The statuses of the nodes drawn. */
  readonly statuses: ReadonlySet<Status>;
  /** Whether a link is drawn red and dashed for a failing assumption. */
  readonly failing: boolean;
  /** Whether a link is drawn red and dashed for evidence that only challenges it. */
  readonly challenged?: boolean;
  /** Whether a node drawn rests on illustrative figures. */
  readonly illustrative: boolean;
  /** Whether a node drawn rests partly on readings older than their age limit. */
  readonly old: boolean;
  /** Whether an indicator drawn rests on a reading flagged estimated. */
  readonly estimated?: boolean;
  /** Whether an indicator drawn rests on a reading flagged provisional. */
  readonly provisional?: boolean;
  /** Whether contributes-to links are drawn through the assumptions they rest on. */
  readonly assumptionsOnLinks: boolean;
  /** The diagram's direction: the legend runs across it. */
  readonly direction: FlowDirection;
  /**
   * The Mermaid id of a node one step below the top of the diagram, if any:
   * the legend is tied to it by invisible links, so that it stands in the
   * top's rank, beside the goal, where the layout leaves room.
   */
  readonly anchor: string | undefined;
}

/** The legend's lines: its subgraph, and the invisible links that place it (written after every other link). @internal */
export interface Legend {
  readonly lines: readonly string[];
  readonly links: readonly string[];
}

/**
 * The legend subgraph: the shapes, lines, statuses and marks the diagram uses
 * and nothing else. When most readings are illustrative, its first entry says
 * the diagram is a demonstration, not an evaluation, and its title starts
 * "Demonstration". Laid out across the diagram's flow (a column in `LR` and
 * `RL`, a row in `TB` and `BT`), so that it widens one rank only. Adds its
 * nodes' classes through `addClass`.
 * @internal
 */
export function legendLines(input: LegendInput, addClass: (name: ClassName, id: string) => void): Legend {
  const { model, report } = input;
  const inner = INDENT + INDENT;
  const readings = countReadings(model.nodes as readonly NodeDocument[], report.asOf);
  const mostly = readings.illustrative * 2 > readings.total;
  // A per-category report says which category (dimensions in name order): "for sex female".
  const category = report.settings.for;
  const forText =
    category === undefined
      ? ''
      : ` · for ${Object.keys(category)
          .sort()
          .map((d) => `${d} ${category[d] as string}`)
          .join(', ')}`;
  const title = `${mostly ? `Demonstration · as of ${report.asOf}` : `Key · status as of ${report.asOf}`}${forText}`;
  const across = input.direction === 'LR' || input.direction === 'RL' ? 'LR' : 'TB';
  const lines = [`${INDENT}subgraph legend ["${escapeLabel(title)}"]`, `${inner}direction ${across}`];
  const ids: string[] = [];
  const entry = (id: string, text: string, name: ClassName, [open, close]: readonly [string, string] = SHAPES.objective): void => {
    lines.push(`${inner}${id}${open}${escapeLabel(text)}${close}`);
    addClass(name, id);
    ids.push(id);
  };
  const note = (id: string, text: string): void => entry(id, text, 'legendShape');
  if (mostly) note('legend_demonstration', `A demonstration,\nnot an evaluation:\n${readings.illustrative} of ${readings.total} readings\nillustrative`);
  const used = new Set<ClassName>(input.nodes.map((n): ClassName => (n.kindClass === 'assumptionFails' ? 'assumption' : n.kindClass)));
  for (const [name, text, shape, statusColoured] of SHAPE_ENTRIES) {
    if (!used.has(name)) continue;
    entry(`legend_${name}`, text, statusColoured ? 'legendShape' : name, SHAPES[shape]);
  }
  const kinds = new Set(input.links.map((l) => l.relation.kind));
  const lineText = LINE_TEXT.filter(([kind]) => kinds.has(kind) && !(kind === 'underpins' && input.assumptionsOnLinks)).map(([, text]) => text);
  if (input.assumptionsOnLinks) lineText.push('──⬡──▶ contributes to,\nresting on the assumption');
  if (input.failing) lineText.push(input.challenged === true ? 'red dashed: rests on\na failing assumption,\nor only challenging\nevidence' : 'red dashed: rests on\na failing assumption');
  if (lineText.length > 0) note('legend_lines', lineText.join('\n'));
  for (const status of STATUSES) {
    if (!input.statuses.has(status)) continue;
    entry(`legend_${STATUS_CLASS[status]}`, STATUS_TEXT[status], STATUS_CLASS[status]);
  }
  if (input.illustrative) {
    const share = mostly ? '' : `\n(${readings.illustrative} of ${readings.total} readings)`;
    note('legend_illustrative', `${ILLUSTRATIVE_MARK}: rests on\nfigures not from a\npublished source${share}`);
  }
  if (input.old) {
    const limit = report.settings.maxReadingAge;
    const older = limit === undefined ? 'their age limit' : describeLimit(limit);
    note('legend_old', `${OLD_MARK}: rests partly on\nreadings older than\n${older}\n(still counted)`);
  }
  if (input.estimated === true) note('legend_estimated', `${ESTIMATED_MARK}: rests on a\nreading the writer\nestimated`);
  if (input.provisional === true) note('legend_provisional', `${PROVISIONAL_MARK}: rests on a\nreading that may\nstill change`);
  lines.push(`${INDENT}end`);
  const anchor = input.anchor;
  return { lines, links: anchor === undefined ? [] : ids.map((id) => `${INDENT}${anchor} ~~~ ${id}`) };
}
