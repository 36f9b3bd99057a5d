import type { NodeDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import { STATUSES, type ProgressReportData, type Status } from '../progress/types.js';
import { INDENT, SHAPES, type DiagramLink, type DiagramNode } from './diagram-base.js';
import { escapeLabel } from './escape-label.js';
import { STATUS_TEXT } from './format.js';
import { STATUS_CLASS, type ClassName } from './styles.js';

/** Each shape's legend entry: its name, its shape, and its class (`undefined`: the neutral legend style when statuses colour it). */
const SHAPE_ENTRIES: readonly (readonly [ClassName, string, keyof typeof SHAPES, boolean])[] = [
  ['goal', 'Goal', 'goal', true],
  ['objective', 'Key objective', 'objective', true],
  ['subObjective', 'Sub-objective', 'subObjective', true],
  ['indicator', 'Indicator', 'indicator', true],
  ['dutyBearer', 'Duty bearer', 'dutyBearer', false],
  ['rightsHolder', 'Rights holder', 'rightsHolder', false],
  ['assumption', 'Assumption', 'assumption', false],
];

/** How each kind of line reads, in the order the legend lists them. */
const LINE_TEXT: readonly (readonly [DiagramLink['relation']['kind'], string])[] = [
  ['contributes-to', '──▶ solid arrow: contributes to'],
  ['measures', '┈┈▶ dotted arrow: indicator measures'],
  ['accountable-for', '┈┈┈ dotted line: duty bearer accountable for'],
  ['benefits-from', '┈┈┈ dotted line: rights holder benefits from'],
  ['underpins', '┈┈┈ dotted line: assumption underpins'],
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
  /** Whether a node drawn rests on illustrative figures. */
  readonly illustrative: boolean;
}

/**
 * The legend subgraph: the shapes, lines and statuses the diagram uses and
 * nothing else, and a note when figures are illustrative; when most readings
 * are, the legend's title says the diagram is a demonstration. Adds its nodes'
 * classes through `addClass`.
 * @internal
 */
export function legendLines(input: LegendInput, addClass: (name: ClassName, id: string) => void): string[] {
  const { model, report } = input;
  const inner = INDENT + INDENT;
  const readings = readingCounts(model, report.asOf);
  const mostly = readings.illustrative * 2 > readings.total;
  const title = mostly
    ? `Demonstration: ${readings.illustrative} of ${readings.total} readings illustrative · status as of ${report.asOf}`
    : `Key · status as of ${report.asOf}`;
  const lines = [`${INDENT}subgraph legend ["${escapeLabel(title)}"]`];
  const used = new Set<ClassName>(input.nodes.map((n): ClassName => (n.kindClass === 'assumptionFails' ? 'assumption' : n.kindClass)));
  for (const [name, text, shape, statusColoured] of SHAPE_ENTRIES) {
    if (!used.has(name)) continue;
    const [open, close] = SHAPES[shape];
    lines.push(`${inner}legend_${name}${open}${escapeLabel(text)}${close}`);
    addClass(statusColoured ? 'legendShape' : name, `legend_${name}`);
  }
  const kinds = new Set(input.links.map((l) => l.relation.kind));
  const lineText = LINE_TEXT.filter(([kind]) => kinds.has(kind)).map(([, text]) => text);
  if (input.failing) lineText.push('red dashed arrow: rests on a failing assumption');
  if (lineText.length > 0) {
    lines.push(`${inner}legend_lines["${escapeLabel(lineText.join('\n'))}"]`);
    addClass('legendShape', 'legend_lines');
  }
  for (const status of STATUSES) {
    if (!input.statuses.has(status)) continue;
    const id = `legend_${STATUS_CLASS[status]}`;
    lines.push(`${inner}${id}["${escapeLabel(STATUS_TEXT[status])}"]`);
    addClass(STATUS_CLASS[status], id);
  }
  if (input.illustrative) {
    const note = `incl. illustrative: rests on figures\nnot from a published source\n(${readings.illustrative} of ${readings.total} readings)`;
    lines.push(`${inner}legend_illustrative["${escapeLabel(note)}"]`);
    addClass('legendShape', 'legend_illustrative');
  }
  lines.push(`${INDENT}end`);
  return lines;
}

/**
 * The observations of the model dated on or before `asOf`, and how many of
 * them are illustrative: of an indicator tagged `illustrative`, with no source.
 * @internal
 */
export function readingCounts(model: Model, asOf: string): { readonly total: number; readonly illustrative: number } {
  let total = 0;
  let illustrative = 0;
  for (const node of model.nodes as readonly NodeDocument[]) {
    if (node.kind !== 'indicator') continue;
    const tagged = (node.tags ?? []).includes('illustrative');
    for (const reading of node.observations ?? []) {
      if (reading.date > asOf) continue;
      total++;
      if (tagged && (reading.source === undefined || reading.source === '')) illustrative++;
    }
  }
  return { total, illustrative };
}
