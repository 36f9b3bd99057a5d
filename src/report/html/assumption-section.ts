import type { AssumptionDocument, EvidenceDocument } from '../../document/types.js';
import { compareRefs } from '../../model/compare-refs.js';
import { compareIds } from '../../model/model-index.js';
import type { Model } from '../../model/model.js';
import { assumptionStatus, describeBalance, evidenceBalance, sortedFindings } from '../../model/evidence-balance.js';
import { escapeHtml } from './escape-html.js';
import { shortName } from './page-parts.js';

/**
 * The assumptions judged failing, each with the links it qualifies (from →
 * to) and its evidence; then those judged uncertain, by name. @internal
 */
export function assumptionSection(model: Model): string {
  const byRef = (a: AssumptionDocument, b: AssumptionDocument): number => compareRefs(a.ref ?? '', b.ref ?? '') || compareIds(a.id, b.id);
  const all = [...model.assumptions()].sort(byRef);
  // A status left out is argued from the evidence (and the page says so).
  const failing = all.filter((a) => assumptionStatus(a).status === 'fails');
  const uncertain = all.filter((a) => assumptionStatus(a).status === 'uncertain');
  if (all.length === 0) return '<p>The model states no assumption.</p>';
  const out: string[] = [];
  if (failing.length === 0) out.push('<p>No assumption is judged failing.</p>');
  for (const a of failing) {
    const links = model.relations
      .filter((r) => r.kind === 'contributes-to' && r.assumptions.includes(a.id))
      .map((r) => `<li>${escapeHtml(shortName(model.node(r.from) ?? { title: r.from }))} → ${escapeHtml(shortName(model.node(r.to) ?? { title: r.to }))}</li>`);
    const evidence = sortedFindings(a.evidence ?? []).map(findingItem);
    out.push(
      `<div class="assumption"><h3>${a.ref === undefined || a.ref === '' ? '' : `${escapeHtml(a.ref)} `}${escapeHtml(a.title)}</h3>`,
      a.description === undefined ? '' : `<p>${escapeHtml(a.description)}</p>`,
      links.length === 0 ? '<p class="note">It qualifies no link in the model.</p>' : `<p>It qualifies the link${links.length === 1 ? '' : 's'}:</p><ul>${links.join('')}</ul>`,
      a.status === undefined ? `<p>Judged failing by its evidence (no status written): ${describeBalance(evidenceBalance(a.evidence ?? []))}.</p>` : '',
      evidence.length === 0 ? '' : `<p>Evidence:</p><ul>${evidence.join('')}</ul>`,
      '</div>',
    );
  }
  if (uncertain.length > 0) {
    out.push(`<p>Judged uncertain: ${uncertain.map((a) => `<span class="user">${escapeHtml(a.title)}</span>`).join('; ')}.</p>`);
  }
  return out.join('');
}

/** A finding as a list item: its summary, stance and strength when given, date and source. @internal */
export function findingItem(e: EvidenceDocument): string {
  const stance = e.stance === undefined ? '' : ` <span class="stance ${e.stance}">${e.stance}${e.strength === undefined ? '' : ` (${e.strength})`}</span>`;
  const strength = e.stance === undefined && e.strength !== undefined ? ` <span class="stance">${e.strength}</span>` : '';
  return `<li>${escapeHtml(e.summary)}${stance}${strength}${e.date === undefined ? '' : ` <span class="date">${escapeHtml(e.date)}</span>`}${e.source === undefined ? '' : ` <span class="sources">(${escapeHtml(e.source)})</span>`}</li>`;
}
