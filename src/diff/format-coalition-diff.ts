import type { CoalitionMember } from '../coalition/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { describeChange, PLAIN, type Style } from './describe-change.js';
import type { CoalitionDiff, JointProgressChange, MemberDiff } from './diff-coalition.js';
import { causesText, MARKDOWN, markdownText, points, type DiffFormatOptions } from './format-diff.js';
import type { FieldChange } from './types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A member as the M&E lead knows it: `lra (labour-rights-alliance.yaml)`. */
const memberName = (m: { readonly member: string; readonly file: string }, style: Style): string => `${style.id(m.member)} (${style.text(m.file)})`;
const entry = (m: CoalitionMember, style: Style): string => `${style.id(m.id)} (${style.text(m.file)})${m.title === undefined ? '' : ` "${style.text(m.title)}"`}`;
const fieldsText = (list: readonly FieldChange[], style: Style): string => list.map((f) => `${f.field} ${style.text(JSON.stringify(f.before ?? null))} → ${style.text(JSON.stringify(f.after ?? null))}`).join('; ');

/** The coalition file's own changes, as lines: members first, then the composed changes written there. */
function coalitionLines(d: CoalitionDiff, style: Style): string[] {
  return [
    ...d.membersAdded.map((m) => `member added: ${entry(m, style)}`),
    ...d.membersRemoved.map((m) => `member removed: ${entry(m, style)}`),
    ...d.membersChanged.map((m) => `member ${style.id(m.member)}: ${fieldsText(m.fields, style)}`),
    ...d.coalitionChanges.map((c) => describeChange(c, style)),
  ];
}

function summary(d: CoalitionDiff, options: DiffFormatOptions, style: Style): string {
  const names = options.before !== undefined && options.after !== undefined ? `${style.text(options.before)} → ${style.text(options.after)}: ` : '';
  if (d.equal) return `${names}no changes.`;
  const where = [...(coalitionLines(d, style).length > 0 ? ['the coalition file'] : []), ...d.members.map((m) => style.id(m.member))];
  const parts = [where.length === 0 ? 'no file changed' : `changes in ${where.join(', ')}`];
  if (d.warningsAppeared.length + d.warningsGone.length > 0) parts.push(`${plural(d.warningsAppeared.length, 'warning')} appeared, ${d.warningsGone.length} gone`);
  parts.push(d.progress.length === 0 ? `joint progress as of ${d.asOf} unchanged` : `joint progress as of ${d.asOf} differs for ${plural(d.progress.length, 'node')}`);
  return `${names}${parts.join('; ')}.`;
}

const fromText = (p: JointProgressChange, style: Style): string => {
  const from = [...p.fromMembers.map((m) => style.id(m)), ...(p.fromCoalitionFile ? ['the coalition file'] : [])];
  return from.length === 0 ? 'no change below it' : `from ${from.join(', ')}`;
};
const diagnosticText = (d: Diagnostic, style: Style): string => `${d.file === undefined ? '' : `${style.text(d.file)}: `}${d.code}: ${style.text(d.message)}`;

/**
 * A coalition diff as text for a terminal: a summary line; the coalition
 * file's changes; each changed member's own changes (ids as its file writes
 * them) and its own progress; the coalition's warnings that appeared and
 * went; then the joint progress that moved and which files its changes are in.
 *
 * @example
 * ```ts
 * console.log(formatCoalitionDiffText(diffCoalition(before, after), { before: 'v1/coalition.yaml', after: 'v2/coalition.yaml' }));
 * ```
 */
export function formatCoalitionDiffText(d: CoalitionDiff, options: DiffFormatOptions = {}): string {
  const lines = [summary(d, options, PLAIN)];
  const numbered = (list: readonly string[]): string[] => list.map((text, i) => `  ${String(i + 1).padStart(String(list.length).length)}. ${text}`);
  const own = coalitionLines(d, PLAIN);
  if (own.length > 0) lines.push('', `The coalition file: ${plural(own.length, 'change')}`, ...numbered(own));
  for (const m of d.members) {
    lines.push('', `${memberName(m, PLAIN)}: ${plural(m.diff.changes.length, 'change')}`, ...numbered(m.diff.changes.map((c) => describeChange(c))));
    if (m.diff.progress.length > 0) {
      lines.push(`  Its own progress as of ${d.asOf}`);
      for (const p of m.diff.progress) lines.push(`    ${p.nodeKind} ${p.id} "${p.title}": ${points(p).join(' → ')}; ${causesText(p)}`);
    }
  }
  if (d.warningsAppeared.length > 0) lines.push('', 'Warnings that appeared', ...d.warningsAppeared.map((w) => `  + ${diagnosticText(w, PLAIN)}`));
  if (d.warningsGone.length > 0) lines.push('', 'Warnings gone', ...d.warningsGone.map((w) => `  - ${diagnosticText(w, PLAIN)}`));
  if (!d.equal) {
    if (d.progress.length === 0) lines.push('', `Joint progress as of ${d.asOf}: no change.`);
    else lines.push('', `Joint progress as of ${d.asOf}`, ...d.progress.map((p) => `  ${p.nodeKind} ${p.id}${p.formerId === undefined ? '' : ` (was ${p.formerId})`} "${p.title}": ${points(p).join(' → ')}; ${fromText(p, PLAIN)}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A coalition diff as GitHub-flavoured Markdown for a pull-request comment:
 * the same sections as {@link formatCoalitionDiffText}, the joint progress as
 * a table. Titles and values are escaped so that they show as written.
 *
 * @example
 * ```ts
 * const comment = formatCoalitionDiffMarkdown(diffCoalition(before, after), { before: 'main', after: 'this branch' });
 * ```
 */
export function formatCoalitionDiffMarkdown(d: CoalitionDiff, options: DiffFormatOptions = {}): string {
  const lines = ['### Coalition: what changed', '', summary(d, options, MARKDOWN)];
  const numbered = (list: readonly string[]): string[] => list.map((text, i) => `${i + 1}. ${text}`);
  const own = coalitionLines(d, MARKDOWN);
  if (own.length > 0) lines.push('', `#### The coalition file: ${plural(own.length, 'change')}`, '', ...numbered(own));
  for (const m of d.members) lines.push(...memberMarkdown(m, d.asOf));
  const diagnostics = (title: string, list: readonly Diagnostic[]): void => {
    if (list.length > 0) lines.push('', `#### ${title}`, '', ...list.map((w) => `- ${diagnosticText(w, MARKDOWN)}`));
  };
  diagnostics('Warnings that appeared', d.warningsAppeared);
  diagnostics('Warnings gone', d.warningsGone);
  if (!d.equal) {
    if (d.progress.length === 0) lines.push('', `#### Joint progress as of ${d.asOf}`, '', 'No change.');
    else {
      lines.push('', `#### Joint progress as of ${d.asOf}`, '', '| Node | Before | After | Changes in |', '| --- | --- | --- | --- |');
      for (const p of d.progress) {
        const node = `${p.nodeKind} ${MARKDOWN.id(p.id)}${p.formerId === undefined ? '' : ` (was ${MARKDOWN.id(p.formerId)})`}: ${markdownText(p.title)}`;
        lines.push(`| ${node} | ${points(p).join(' | ')} | ${fromText(p, MARKDOWN)} |`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function memberMarkdown(m: MemberDiff, asOf: string): string[] {
  const lines = ['', `#### ${memberName(m, MARKDOWN)}: ${plural(m.diff.changes.length, 'change')}`, '', ...m.diff.changes.map((c, i) => `${i + 1}. ${describeChange(c, MARKDOWN)}`)];
  if (m.diff.progress.length > 0) {
    lines.push('', `Its own progress as of ${asOf}:`, '');
    for (const p of m.diff.progress) lines.push(`- ${p.nodeKind} ${MARKDOWN.id(p.id)}: ${markdownText(p.title)}: ${points(p).join(' → ')}; ${causesText(p)}`);
  }
  return lines;
}
