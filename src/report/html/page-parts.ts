import { readingDate } from '../../document/reading-date.js';
import type { IndicatorDocument, NodeDocument, ReadingDocument } from '../../document/types.js';
import { STATUS_TEXT } from '../../mermaid/format.js';
import type { Status } from '../../progress/types.js';
import { formatNumber } from '../../progress/format-percent.js';
import { escapeHtml } from './escape-html.js';

/** A status as a word in a tinted box (never colour alone). @internal */
export function statusBadge(status: Status): string {
  return `<span class="status ${status}">${STATUS_TEXT[status]}</span>`;
}

/** The mark after a figure or a title resting on illustrative figures. @internal */
export const ILLUSTRATIVE_MARK = '<span class="mark illustrative" title="not from a published source">illustrative</span>';

/** The marks of a reading flagged estimated or provisional (the sign is in the text: the page's styles stay as they were). @internal */
export const FLAG_MARKS = {
  estimated: '<span class="mark estimated" title="the writer’s own estimate, not a measured figure">≈ estimated</span>',
  provisional: '<span class="mark provisional" title="may still change">◌ provisional</span>',
} as const;

/** `ref` and title of a node as HTML: `<span class="ref">1.2</span> Title`, or the title alone. @internal */
export function refAndTitle(node: { readonly ref: string; readonly title: string }): string {
  return node.ref === '' ? escapeHtml(node.title) : `${escapeHtml(node.ref)} ${escapeHtml(node.title)}`;
}

/** The short name of a node for running text: its ref when it has one, else its title. @internal */
export function shortName(node: NodeDocument | { readonly ref?: string; readonly title: string }): string {
  return node.ref === undefined || node.ref === '' ? node.title : node.ref;
}

/** `1 reading`, `2 readings`. @internal */
export function count(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Every observation of the model dated on or before `asOf`, with its indicator. @internal */
export function readingsUpTo(indicators: readonly IndicatorDocument[], asOf: string): { readonly indicator: IndicatorDocument; readonly reading: ReadingDocument }[] {
  return indicators.flatMap((indicator) => (indicator.observations ?? []).filter((o) => (readingDate(o) ?? '') <= asOf).map((reading) => ({ indicator, reading })));
}
