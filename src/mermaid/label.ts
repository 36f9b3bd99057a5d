import type { NodeDocument } from '../document/types.js';
import { assumptionStatus } from '../model/evidence-balance.js';
import { partlyOld } from '../progress/partly-old.js';
import type { IndicatorProgress, NodeProgress } from '../progress/types.js';
import { encodeHead, wrapEncodedHead, type EncodedHead } from './encoded-head.js';
import { escapeLabel } from './escape-label.js';
import { formatPercent as percent } from '../progress/format-percent.js';
import { STATUS_TEXT } from './format.js';
import type { ResolvedMermaidOptions } from './options.js';
import { shortenText, wrapText } from './wrap-text.js';

/** The mark on a node resting on illustrative figures (explained in the legend). @internal */
export const ILLUSTRATIVE_MARK = '◇ illustrative';
/** The mark on an indicator whose value rests on a reading flagged estimated (explained in the legend). @internal */
export const ESTIMATED_MARK = '≈ estimated';
/** The mark on an indicator whose value rests on a reading flagged provisional (explained in the legend). @internal */
export const PROVISIONAL_MARK = '◌ provisional';

/** The mark on a node resting, wholly or partly, on readings older than their age limit (explained in the legend). @internal */
export const OLD_MARK = '◷ old';

/**
 * A node's label as plain text, lines separated by `\n`: `ref title` (shortened
 * and wrapped by option), then for indicators tagged `illustrative` a line
 * `◇ illustrative`, for assumptions their status; with a report the progress,
 * then a line of marks: `◇ illustrative` for a goal or objective resting on
 * illustrative figures, `◷ old` for an indicator whose reading is
 * older than its age limit (`old`) or a goal or objective whose coverage rests
 * partly on such readings (`recentCoverage` below `coverage`, or an old assessment).
 * @internal
 */
export function labelOf(node: NodeDocument, options: ResolvedMermaidOptions, progress?: NodeProgress, illustrative = false): string {
  const head = headOf(node, options.maxTitleLength);
  const wrapped = options.wrap === false ? head : wrapText(head, options.wrap);
  const tail = tailOf(noteOf(node), node, progress, illustrative);
  return tail === undefined ? wrapped : `${wrapped}\n${tail}`;
}

/**
 * What a node's label takes from the node alone, whatever the options and
 * report: worked out once per node, when first drawn (see `diagramBase`).
 * @internal
 */
export interface LabelParts {
  readonly node: NodeDocument;
  /** `ref title`, whole, encoded for wrapping at any width; `undefined` where {@link encodeHead} declines. */
  readonly head: EncodedHead | undefined;
  /** The line after the head that depends on the node alone (see {@link noteOf}). */
  readonly note: string | undefined;
}

/** The {@link LabelParts} of a node. @internal */
export function labelParts(node: NodeDocument): LabelParts {
  return { node, head: encodeHead(headOf(node, false)), note: noteOf(node) };
}

/**
 * `escapeLabel(labelOf(parts.node, options, progress, illustrative))`, made
 * from the head encoded beforehand when the title is not shortened: the head's
 * lines and the lines after it are then encoded apart, which gives the same
 * text, as a newline separates them.
 * @internal
 */
export function encodedLabelOf(parts: LabelParts, options: ResolvedMermaidOptions, progress?: NodeProgress, illustrative = false): string {
  const { node, head, note } = parts;
  if (head === undefined || options.maxTitleLength !== false) return escapeLabel(labelOf(node, options, progress, illustrative));
  const wrapped = wrapEncodedHead(head, options.wrap);
  const tail = tailOf(note, node, progress, illustrative);
  return tail === undefined ? wrapped : wrapped + escapeLabel(`\n${tail}`);
}

/** The first lines of a label: `ref title`, the title shortened to `maxTitleLength`, not wrapped. */
function headOf(node: NodeDocument, maxTitleLength: number | false): string {
  const title = maxTitleLength === false ? node.title : shortenText(node.title, maxTitleLength);
  return node.ref === undefined || node.ref === '' ? title : `${node.ref} ${title}`;
}

/** The line after the head that depends on the node alone: `illustrative` for an indicator so tagged, an assumption's status. */
function noteOf(node: NodeDocument): string | undefined {
  if (node.kind === 'indicator' && node.tags?.includes('illustrative') === true) return ILLUSTRATIVE_MARK;
  if (node.kind === 'assumption') {
    // A status left out is argued from the evidence, and the label says so.
    const { status, argued } = assumptionStatus(node);
    return `${status === 'fails' ? '⚠ fails' : status}${argued ? ' (argued)' : ''}`;
  }
  return undefined;
}

/** The lines of a label after its head, if any: the note, the progress, the marks. */
function tailOf(note: string | undefined, node: NodeDocument, progress: NodeProgress | undefined, illustrative: boolean): string | undefined {
  if (progress === undefined) return note;
  const marks: string[] = [];
  // An indicator tagged illustrative says so in its note already; one whose readings are flagged says so here.
  if (illustrative && (node.kind !== 'indicator' || note !== ILLUSTRATIVE_MARK)) marks.push(ILLUSTRATIVE_MARK);
  if (restsOnOldReadings(progress)) marks.push(OLD_MARK);
  if (progress.kind === 'indicator') {
    if (usedReadingsFlagged(progress, 'estimated')) marks.push(ESTIMATED_MARK);
    if (usedReadingsFlagged(progress, 'provisional')) marks.push(PROVISIONAL_MARK);
  }
  const lines = [progressLine(progress)];
  if (note !== undefined) lines.unshift(note);
  lines.push(...marks);
  return lines.join('\n');
}

/** Whether an observation behind an indicator's value is flagged `flag`. @internal */
export function usedReadingsFlagged(progress: IndicatorProgress, flag: 'estimated' | 'provisional'): boolean {
  return progress.observations.some((o) => o.flags?.includes(flag) === true);
}

/**
 * Whether a node's value rests, wholly or partly, on readings older than their
 * age limit: an indicator's reading is `old`; a goal's or objective's coverage
 * by recent readings is below its coverage, or its assessment is `old`.
 * @internal
 */
export function restsOnOldReadings(progress: NodeProgress): boolean {
  if (progress.old === true) return true;
  return progress.kind !== 'indicator' && partlyOld(progress.coverage, progress.recentCoverage);
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
