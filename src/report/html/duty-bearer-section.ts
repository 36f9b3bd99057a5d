import type { DutyBearerRow } from '../duty-bearer-rows.js';
import { escapeHtml } from './escape-html.js';
import { ILLUSTRATIVE_MARK, refAndTitle, statusBadge } from './page-parts.js';
import { percent } from './progress-section.js';

/** The duty-bearer view: each duty bearer, what it is accountable for with progress and status, and its worst status. @internal */
export function dutyBearerTable(rows: readonly DutyBearerRow[]): string {
  if (rows.length === 0) return '<p>The model names no duty bearer.</p>';
  const body = rows.map((duty) => {
    const results =
      duty.results.length === 0
        ? '<span class="note">accountable for nothing in the model</span>'
        : `<ul class="plain">${duty.results
            .map((r) => `<li>${refAndTitle(r)}${r.illustrative ? ILLUSTRATIVE_MARK : ''}: <strong>${percent(r.progress)}</strong> ${statusBadge(r.status)}</li>`)
            .join('')}</ul>`;
    return `<tr><td><strong>${escapeHtml(duty.title)}</strong> <br><span class="note">${escapeHtml(duty.actorType)}</span></td><td>${results}</td><td>${statusBadge(duty.worstStatus)}</td></tr>`;
  });
  return `<table class="duty-bearers"><caption>Each duty bearer with the goals and objectives it is accountable for; the worst status among them first catches the eye.</caption><thead><tr><th>Duty bearer</th><th>Accountable for</th><th>Worst status</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}
