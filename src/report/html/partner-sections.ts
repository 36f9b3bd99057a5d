import type { AccountableResult } from '../duty-bearer-rows.js';
import type { BoundaryPartnerRow, ResultTypeRow } from '../partner-rows.js';
import { escapeHtml } from './escape-html.js';
import { ILLUSTRATIVE_MARK, refAndTitle, statusBadge } from './page-parts.js';
import { percent } from './progress-section.js';

const TYPE_NAMES = { impact: 'Impact', outcome: 'Outcomes', output: 'Outputs' } as const;

function resultItem(r: AccountableResult): string {
  return `<li>${refAndTitle(r)}${r.illustrative ? ILLUSTRATIVE_MARK : ''}: <strong>${percent(r.progress)}</strong> ${statusBadge(r.status)}</li>`;
}

/** The results chain: the goals and objectives grouped by result type, impact first. @internal */
export function resultTypeTable(rows: readonly ResultTypeRow[]): string {
  const body = rows.map((group) => `<tr><th scope="row">${TYPE_NAMES[group.resultType]}</th><td><ul class="plain">${group.results.map(resultItem).join('')}</ul></td></tr>`);
  return `<table class="result-types"><caption>The goals and objectives by result type (impact, outcomes, outputs), whatever their level is called; those without a result type are not listed.</caption><thead><tr><th>Result type</th><th>Goals and objectives</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The boundary-partner view: each partner, what it is engaged in, and the progress markers that describe its behaviour. @internal */
export function boundaryPartnerTable(rows: readonly BoundaryPartnerRow[]): string {
  const body = rows.map((partner) => {
    const engaged = partner.engagedIn.length === 0 ? '<span class="note">engaged in nothing in the model</span>' : `<ul class="plain">${partner.engagedIn.map(resultItem).join('')}</ul>`;
    const markers =
      partner.markers.length === 0
        ? '<span class="note">no progress markers describe its behaviour</span>'
        : `<ul class="plain">${partner.markers
            .map((m) => `<li>${refAndTitle(m)}${m.illustrative ? ILLUSTRATIVE_MARK : ''}: ${m.seen} of ${m.of} markers seen, <strong>${percent(m.progress)}</strong> ${statusBadge(m.status)}</li>`)
            .join('')}</ul>`;
    const type = partner.actorType === null ? '' : ` <br><span class="note">${escapeHtml(partner.actorType)}</span>`;
    return `<tr><td><strong>${escapeHtml(partner.title)}</strong>${type}</td><td>${engaged}</td><td>${markers}</td></tr>`;
  });
  return `<table class="boundary-partners"><caption>Each boundary partner (an actor the programme works with directly), the goals and objectives it is engaged in, and the progress markers that describe its behaviour.</caption><thead><tr><th>Boundary partner</th><th>Engaged in</th><th>Progress markers</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}
