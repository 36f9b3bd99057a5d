import type { JointProgress, JointResultProgress, MemberShare, MemberView } from '../../coalition/joint-progress.js';
import type { Model } from '../../model/model.js';
import { formatPercent } from '../../progress/format-percent.js';
import { memberName, nodeText } from '../coalition-names.js';
import { escapeHtml } from './escape-html.js';
import { ILLUSTRATIVE_MARK, statusBadge } from './page-parts.js';
import { percent } from './progress-section.js';

/**
 * The members' colours, Okabe–Ito hues (told apart by colour-blind readers),
 * in the members' order, then again from the first; the coalition's own
 * indicators are grey. Each colour always comes with the member's name and
 * share in words, so greyscale print loses nothing.
 */
const MEMBER_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'] as const;
const OWN_COLOUR = '#8c8c8c';

/** The styles of the coalition section, added to the page's stylesheet only when the page has one (other pages stay as they were). @internal */
export const COALITION_STYLES = `
.members { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; margin: .5rem 0; }
.swatch { display: inline-block; vertical-align: -.1em; margin-right: .35rem; }
table.coalition td.bar { width: 34%; min-width: 12rem; }
svg.share-bar { display: block; width: 100%; height: 14px; margin: .15rem 0 .2rem; }
.share-words { font-size: .88em; }
.share-item { display: inline-block; }
.gaps { border-left: 4px solid #d55e00; padding: .2rem 0 .2rem .8rem; margin: .8rem 0; break-inside: avoid; }
.member-part { break-inside: avoid; page-break-inside: avoid; }
.id { color: var(--muted); font-size: .85em; white-space: nowrap; }
`;

/** The colour of a member (`null`: the coalition's own indicators), by its place among the members. */
function colourOf(joint: JointProgress, member: string | null): string {
  if (member === null) return OWN_COLOUR;
  const i = joint.members.findIndex((m) => m.member === member);
  return MEMBER_COLOURS[Math.max(0, i) % MEMBER_COLOURS.length] as string;
}

function swatch(colour: string): string {
  return `<svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><rect width="12" height="12" fill="${colour}" stroke="#1a1a1a" stroke-width="1"/></svg>`;
}

/** A number for an SVG attribute: at most three decimals, no trailing zeros. */
function svgNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/**
 * A stacked bar of the shares, 0% to 100% (or to the progress, when over
 * 100%): one segment per member with a positive share, in its colour, a white
 * gap between segments, the rest of the way to the target in light grey.
 */
function shareBar(joint: JointProgress, row: JointResultProgress): string {
  const positive = row.shares.filter((s) => s.share > 0);
  const scale = Math.max(1, positive.reduce((sum, s) => sum + s.share, 0));
  let x = 0;
  const segments = positive.map((s) => {
    const width = (s.share / scale) * 100;
    const rect = `<rect class="share" data-member="${escapeHtml(s.member ?? '')}" data-share="${svgNumber(s.share)}" x="${svgNumber(x)}" y="0" width="${svgNumber(width)}" height="10" fill="${colourOf(joint, s.member)}" stroke="#fff" stroke-width="1.5" vector-effect="non-scaling-stroke"><title>${escapeHtml(memberName(joint, s.member))}: ${formatPercent(s.share)}</title></rect>`;
    x += width;
    return rect;
  });
  const target = scale > 1 ? `<line x1="${svgNumber(100 / scale)}" x2="${svgNumber(100 / scale)}" y1="0" y2="10" stroke="#1a1a1a" stroke-width="1.5" vector-effect="non-scaling-stroke"/>` : '';
  const label = shareWords(joint, row, false);
  return `<svg class="share-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}"><rect x="0" y="0" width="100" height="10" fill="#ececec" stroke="#9a9a9a" stroke-width="1" vector-effect="non-scaling-stroke"/>${segments.join('')}${target}</svg>`;
}

/** The shares in words: `Anti-Slavery International 38%, Labour Rights Alliance 25%`; those contributing without data said so. */
function shareWords(joint: JointProgress, row: JointResultProgress, html: boolean): string {
  const name = (who: string | null): string => (html ? escapeHtml(memberName(joint, who)) : memberName(joint, who));
  // On the page each share is one piece that wraps as a whole, so a swatch never ends a line without its name.
  const parts = row.shares.map((s: MemberShare) =>
    html ? `<span class="share-item">${swatch(colourOf(joint, s.member))}${name(s.member)} ${formatPercent(s.share)}</span>` : `${name(s.member)} ${formatPercent(s.share)}`,
  );
  const withoutData = row.contributors.filter((m) => !row.shares.some((s) => s.member === m));
  if (withoutData.length > 0) parts.push(`${withoutData.map(name).join(', ')}: no data yet`);
  if (parts.length === 0) return row.contributors.length === 0 ? 'no member contributes' : 'no data yet';
  return parts.join(html ? ' · ' : ', ');
}

function jointRow(model: Model, joint: JointProgress, row: JointResultProgress, illustrative: ReadonlySet<string>): string {
  const node = model.node(row.id);
  const ref = node?.ref === undefined || node.ref === '' ? '' : `${escapeHtml(node.ref)} `;
  const who = row.contributors.length === 0 ? '<strong>none: a gap</strong>' : row.contributors.map((m) => escapeHtml(memberName(joint, m))).join(', ');
  const bar = row.progress === null ? '' : shareBar(joint, row);
  return `<tr class="${row.kind}" data-id="${escapeHtml(row.id)}"><td>${ref}${escapeHtml(row.title)} <span class="id">${escapeHtml(row.id)}</span>${illustrative.has(row.id) ? ILLUSTRATIVE_MARK : ''}</td><td class="num">${percent(row.progress)}</td><td>${statusBadge(row.status)}</td><td class="bar">${bar}<span class="share-words">${shareWords(joint, row, true)}</span></td><td>${who}</td></tr>`;
}

function gapsParagraph(joint: JointProgress): string {
  if (joint.gaps.length === 0) return '<p>No gaps: a member contributes to every joint goal and objective.</p>';
  const items = joint.joint.filter((j) => joint.gaps.includes(j.id)).map((j) => `<li>${escapeHtml(j.title)} <span class="id">${escapeHtml(j.id)}</span></li>`);
  const what = joint.gaps.length === 1 ? 'this joint goal or objective' : `these ${joint.gaps.length.toString()} joint goals and objectives`;
  return `<div class="gaps"><p><strong>Gaps.</strong> No member contributes to ${what}, directly or through other joint objectives: link a member’s goal or objective to it in the coalition file, or it stays a gap.</p><ul>${items.join('')}</ul></div>`;
}

function memberPart(model: Model, joint: JointProgress, member: MemberView, illustrative: ReadonlySet<string>): string {
  const heading = `<h3>${swatch(colourOf(joint, member.member))}${escapeHtml(memberName(joint, member.member))} <span class="id">${escapeHtml(member.member)}</span></h3>`;
  if (member.contributions.length === 0) return `<div class="member-part" data-member="${escapeHtml(member.member)}">${heading}<p>Contributes to no joint goal or objective.</p></div>`;
  const titleOf = (id: string): string => joint.joint.find((j) => j.id === id)?.title ?? nodeText(model, id);
  const rows = member.contributions.map(
    (c) => `<tr><td>${escapeHtml(nodeText(model, c.from))} <span class="id">${escapeHtml(c.from)}</span>${illustrative.has(c.from) ? ILLUSTRATIVE_MARK : ''}</td><td>${escapeHtml(titleOf(c.to))} <span class="id">${escapeHtml(c.to)}</span></td><td class="num">${percent(c.progress)}</td><td>${statusBadge(c.status)}</td></tr>`,
  );
  const shares =
    member.shares.length === 0
      ? '<p>No share of the joint progress yet: what it contributes has no data.</p>'
      : `<p>Its share of the joint progress:</p><ul>${member.shares
          .map((s) => {
            const of = joint.joint.find((j) => j.id === s.id);
            return `<li>${escapeHtml(of?.title ?? s.id)}: <strong>${formatPercent(s.share)}</strong> of ${percent(of?.progress ?? null)}</li>`;
          })
          .join('')}</ul>`;
  return `<div class="member-part" data-member="${escapeHtml(member.member)}">${heading}<table class="contributions"><thead><tr><th>Its goal or objective</th><th>Contributes to the joint</th><th class="num">Its progress</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>${shares}</div>`;
}

/**
 * The coalition section: the members with their colours; the joint goals and
 * objectives with progress, status and each member's share as a stacked bar
 * and in words, and who contributes; the gaps; then one part per member (what
 * it contributes to which joint goal or objective, how far that is, and its
 * shares). Goals and objectives in `illustrative` (resting on figures not from
 * a published source) are marked so. @internal
 */
export function coalitionSection(model: Model, joint: JointProgress, illustrative: ReadonlySet<string> = new Set()): string {
  const members = joint.members.map((m) => `<li>${swatch(colourOf(joint, m.member))}${escapeHtml(memberName(joint, m.member))} <span class="id">${escapeHtml(m.member)}</span></li>`);
  const table =
    joint.joint.length === 0
      ? '<p>The coalition has no joint goal or objective.</p>'
      : `<table class="coalition"><caption>Each joint goal and objective, its progress and status, and the share of that progress each member’s own goals and objectives bring: the shares add up to the progress (a shared indicator’s part is split evenly between the members that report it). The bar runs from 0% to the target (100%).</caption><thead><tr><th>Joint goal or objective</th><th class="num">Progress</th><th>Status</th><th>Each member’s share</th><th>Contributors</th></tr></thead><tbody>${joint.joint.map((j) => jointRow(model, joint, j, illustrative)).join('')}</tbody></table>`;
  return `<p>Progress of the coalition’s joint goals and objectives as of <strong>${escapeHtml(joint.asOf)}</strong>, and what each of its ${joint.members.length.toString()} members brings to it.</p><ul class="members">${members.join('')}</ul>${table}${gapsParagraph(joint)}${joint.members.map((m) => memberPart(model, joint, m, illustrative)).join('')}`;
}
