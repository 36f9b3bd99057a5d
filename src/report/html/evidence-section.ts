import { describeBalance } from '../../model/evidence-balance.js';
import type { Model } from '../../model/model.js';
import { evidenceRows } from '../evidence-rows.js';
import { findingItem } from './assumption-section.js';
import { escapeHtml } from './escape-html.js';
import { shortName } from './page-parts.js';

/**
 * The evidence on links and assumptions: each with its balance (an
 * assumption with its status, written or argued from the evidence; a link
 * with only challenging evidence flagged), then its findings. Empty when the
 * document does not weigh evidence, and the page then has no such section.
 * @internal
 */
export function evidenceSection(model: Model): string {
  const rows = evidenceRows(model);
  if (rows.length === 0) return '';
  const out = ['<p class="note">Findings count by strength (weak 1, moderate 2, strong 3; none given: weak) for or against each link and assumption.</p>'];
  for (const row of rows) {
    const name =
      row.kind === 'link'
        ? `Link ${escapeHtml(shortName(row.nodes[0] ?? { title: '?' }))} → ${escapeHtml(shortName(row.nodes[1] ?? { title: '?' }))}`
        : `Assumption ${escapeHtml(shortName(row.nodes[0] ?? { title: row.id }))}`;
    const judged = row.kind === 'assumption' ? `<strong>${row.status ?? ''}</strong>${row.argued ? ' (argued from its evidence)' : ' (as written)'}: ` : '';
    const flag = row.flagged ? ' <strong class="flag">⚠ only challenging evidence: flagged like a link resting on a failing assumption</strong>' : '';
    out.push(
      `<div class="assumption"><h3>${name}</h3>`,
      `<p>${judged}${describeBalance(row.balance)}.${flag}</p>`,
      `<ul>${row.findings.map(findingItem).join('')}</ul>`,
      '</div>',
    );
  }
  return out.join('');
}
