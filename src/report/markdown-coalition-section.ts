import type { JointProgress, JointResultProgress } from '../coalition/joint-progress.js';
import type { Model } from '../model/model.js';
import { STATUS_TEXT } from '../mermaid/format.js';
import { formatPercent as percent } from '../progress/format-percent.js';
import { memberName, nodeText } from './coalition-names.js';
import { escapeMarkdown } from './escape-markdown.js';

const NONE = '—';

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** `Anti-Slavery International 38%, Labour Rights Alliance 25%`, those contributing without data said so; unescaped. */
function shareWords(joint: JointProgress, j: JointResultProgress): string {
  const parts = j.shares.map((s) => `${memberName(joint, s.member)} ${percent(s.share)}`);
  const withoutData = j.contributors.filter((m) => !j.shares.some((s) => s.member === m));
  if (withoutData.length > 0) parts.push(`${withoutData.map((m) => memberName(joint, m)).join(', ')}: no data yet`);
  if (parts.length === 0) return j.contributors.length === 0 ? 'no member contributes' : 'no data yet';
  return parts.join(', ');
}

/** A member's name and id, `Anti-Slavery International — asi`; its id alone when it has no title. */
function withId(joint: JointProgress, member: string): string {
  const name = memberName(joint, member);
  return name === member ? member : `${name} — ${member}`;
}

/**
 * The sections of a coalition's Markdown report: the members; a table of the
 * joint goals and objectives with progress, status, each member's share in
 * words and who contributes; the gaps; then, for each member, what it
 * contributes to which joint goal or objective, how far that is, and its
 * shares; those in `illustrative` marked so. `heading(text, offset)` writes a heading `offset` levels below the
 * title (or none). @internal
 */
export function coalitionMarkdown(model: Model, joint: JointProgress, heading: (text: string, offset: number) => string[], illustrative: ReadonlySet<string> = new Set()): string[] {
  const mark = (id: string): string => (illustrative.has(id) ? ' _(illustrative)_' : '');
  const members = joint.members.map((m) => escapeMarkdown(withId(joint, m.member)));
  const out = ['', ...heading('Coalition', 1), `Members: ${members.join('; ')}.`, ''];
  out.push(
    'Each joint goal and objective, its progress and status, and the share of that progress each member’s own goals and objectives bring: the shares add up to the progress (a shared indicator’s part is split evenly between the members that report it).',
    '',
  );
  const header = ['Joint goal or objective', 'Progress', 'Status', 'Each member’s share', 'Contributors'];
  out.push(row(header), row(header.map(() => '---')));
  for (const j of joint.joint) {
    const who = j.contributors.length === 0 ? '**none: a gap**' : escapeMarkdown(j.contributors.map((m) => memberName(joint, m)).join(', '));
    out.push(row([`${escapeMarkdown(nodeText(model, j.id))} (${escapeMarkdown(j.id)})${mark(j.id)}`, j.progress === null ? NONE : percent(j.progress), STATUS_TEXT[j.status], escapeMarkdown(shareWords(joint, j)), who]));
  }
  if (joint.joint.some((j) => illustrative.has(j.id))) out.push('', '_Illustrative_: resting on figures not from a published source.');
  const gaps = joint.joint.filter((j) => joint.gaps.includes(j.id)).map((j) => `${escapeMarkdown(j.title)} (${escapeMarkdown(j.id)})`);
  out.push(
    '',
    gaps.length === 0
      ? 'No gaps: a member contributes to every joint goal and objective.'
      : `**Gaps.** No member contributes to ${gaps.length === 1 ? 'this joint goal or objective' : `these ${gaps.length.toString()} joint goals and objectives`}, directly or through other joint objectives: ${gaps.join('; ')}.`,
  );
  for (const m of joint.members) {
    out.push('', ...heading(withId(joint, m.member), 2));
    if (m.contributions.length === 0) {
      out.push('Contributes to no joint goal or objective.');
      continue;
    }
    const columns = ['Its goal or objective', 'Contributes to the joint', 'Its progress', 'Status'];
    out.push(row(columns), row(columns.map(() => '---')));
    for (const c of m.contributions) {
      const to = joint.joint.find((j) => j.id === c.to)?.title ?? nodeText(model, c.to);
      out.push(row([`${escapeMarkdown(nodeText(model, c.from))} (${escapeMarkdown(c.from)})${mark(c.from)}`, `${escapeMarkdown(to)} (${escapeMarkdown(c.to)})`, c.progress === null ? NONE : percent(c.progress), STATUS_TEXT[c.status]]));
    }
    const shares = m.shares.map((s) => {
      const of = joint.joint.find((j) => j.id === s.id);
      return `${escapeMarkdown(of?.title ?? s.id)} ${percent(s.share)} of ${of?.progress === null || of === undefined ? NONE : percent(of.progress)}`;
    });
    out.push('', shares.length === 0 ? 'No share of the joint progress yet: what it contributes has no data.' : `Its share of the joint progress: ${shares.join('; ')}.`);
  }
  return out;
}
