import type { JointProgress } from '../coalition/joint-progress.js';
import { formatPercent } from '../progress/format-percent.js';

/**
 * A coalition's joint roll-up as plain text: each joint goal and objective
 * with its progress, status and each member's share of it; then what each
 * member contributes to which joint node and how far that is; then the gaps.
 *
 * @example
 * ```ts
 * console.log(formatJointProgress(jointProgress(model, coalition, rollUp(model, { asOf: '2020-12-31' }))));
 * ```
 */
export function formatJointProgress(joint: JointProgress): string {
  const lines: string[] = [`Joint progress as of ${joint.asOf} (each member's share adds up to the progress)`, ''];
  for (const j of joint.joint) {
    lines.push(`${j.id} (${j.kind}): ${j.title}`);
    const shares = j.shares.map((s) => `${s.member ?? 'coalition'} ${formatPercent(s.share)}`).join(', ');
    const who = j.contributors.length === 0 ? 'no member contributes (a gap)' : shares === '' ? `from ${j.contributors.join(', ')}, no data yet` : shares;
    lines.push(`  ${j.progress === null ? 'no data' : `${formatPercent(j.progress)} ${j.status}`}: ${who}`);
  }
  lines.push('', 'Members');
  for (const m of joint.members) {
    lines.push(`${m.member}${m.title === undefined ? '' : `: ${m.title}`}`);
    if (m.contributions.length === 0) lines.push('  contributes to no joint goal or objective');
    for (const c of m.contributions) lines.push(`  ${c.from} → ${c.to}: ${c.progress === null ? 'no data' : `${formatPercent(c.progress)} ${c.status}`}`);
  }
  lines.push('', joint.gaps.length === 0 ? 'Gaps: none' : `Gaps (no member contributes): ${joint.gaps.join(', ')}`);
  return lines.join('\n');
}
