import { formatPercent } from '../progress/format-percent.js';
import { describeChange, PLAIN, type Style } from './describe-change.js';
import type { ModelDiff, ProgressChange, ProgressPoint } from './types.js';

/** What {@link formatDiffText} and {@link formatDiffMarkdown} may name: the two versions, e.g. their file names. */
export interface DiffFormatOptions {
  /** The earlier version's name, e.g. `main:asi.yaml`. */
  readonly before?: string;
  /** The later version's name. */
  readonly after?: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(d: ModelDiff, options: DiffFormatOptions, style: Style): string {
  const names = options.before !== undefined && options.after !== undefined ? `${style.text(options.before)} → ${style.text(options.after)}: ` : '';
  if (d.equal) return `${names}no changes.`;
  return `${names}${plural(d.changes.length, 'change')}; progress as of ${d.asOf} differs for ${plural(d.progress.length, 'node')}.`;
}

const pointText = (p: ProgressPoint, fine = false): string =>
  `${fine && p.progress !== null ? `${(p.progress * 100).toFixed(1)}%` : formatPercent(p.progress)} ${p.status}`;

/** Before and after; to a tenth of a percent where whole percentages would read the same. @internal */
export function points(p: ProgressChange): [string, string] {
  const fine = formatPercent(p.before.progress) === formatPercent(p.after.progress);
  return [pointText(p.before, fine), pointText(p.after, fine)];
}
/** The changes that feed a progress change, by number. @internal */
export const causesText = (p: ProgressChange): string => (p.causes.length === 0 ? 'no change below it' : `${p.causes.length === 1 ? 'change' : 'changes'} ${p.causes.map((i) => i + 1).join(', ')}`);

/**
 * A diff as text for a terminal: a summary line, the changes numbered, then
 * each node whose progress or status moved, from what to what, and the
 * numbers of the changes that feed it.
 *
 * @example
 * ```ts
 * console.log(formatDiffText(diff(before, after), { before: 'v1.yaml', after: 'v2.yaml' }));
 * ```
 */
export function formatDiffText(d: ModelDiff, options: DiffFormatOptions = {}): string {
  const lines = [summary(d, options, PLAIN)];
  if (d.changes.length > 0) {
    const width = String(d.changes.length).length;
    lines.push('', 'Changes', ...d.changes.map((c, i) => `  ${String(i + 1).padStart(width)}. ${describeChange(c)}`));
  }
  if (d.progress.length > 0) {
    lines.push('', `Progress as of ${d.asOf}`);
    for (const p of d.progress) {
      lines.push(`  ${p.nodeKind} ${p.id}${p.formerId === undefined ? '' : ` (was ${p.formerId})`} "${p.title}": ${points(p).join(' → ')}; ${causesText(p)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown's inline specials, escaped so that titles show as written (see the report's escaping). */
const SPECIAL = /[\\`*_~[\]<>&|$#:@]/g;
/** Markdown: ids as code, text escaped. @internal */
export const MARKDOWN: Style = {
  id: (id) => (/^[\w.-]+$/.test(id) ? `\`${id}\`` : markdownText(id)),
  text: (text) => markdownText(text),
};
/** Text escaped for Markdown. @internal */
export function markdownText(text: string): string {
  return text
    .replace(SPECIAL, (char) => `\\${char}`)
    .replace(/(www)\./gi, '$1\\.')
    .replace(/\r\n?|\n/g, '<br>');
}

/**
 * A diff as GitHub-flavoured Markdown for a pull-request comment: a heading,
 * a summary, the changes as a numbered list and the progress that moved as a
 * table. Titles and values are escaped so that they show as written.
 *
 * @example
 * ```ts
 * const comment = formatDiffMarkdown(diff(before, after), { before: 'main', after: 'this branch' });
 * ```
 */
export function formatDiffMarkdown(d: ModelDiff, options: DiffFormatOptions = {}): string {
  const lines = ['### Theory of change: what changed', '', summary(d, options, MARKDOWN)];
  if (d.changes.length > 0) {
    lines.push('', '#### Changes', '', ...d.changes.map((c, i) => `${i + 1}. ${describeChange(c, MARKDOWN)}`));
  }
  if (d.progress.length > 0) {
    lines.push('', `#### Progress as of ${d.asOf}`, '', '| Node | Before | After | Because of |', '| --- | --- | --- | --- |');
    for (const p of d.progress) {
      const node = `${p.nodeKind} ${MARKDOWN.id(p.id)}${p.formerId === undefined ? '' : ` (was ${MARKDOWN.id(p.formerId)})`}: ${markdownText(p.title)}`;
      lines.push(`| ${node} | ${points(p).join(' | ')} | ${causesText(p)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
