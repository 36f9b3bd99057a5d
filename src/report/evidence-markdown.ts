import { describeBalance, describeFinding } from '../model/evidence-balance.js';
import type { Model } from '../model/model.js';
import type { ResultProgress } from '../progress/types.js';
import { escapeMarkdown } from './escape-markdown.js';
import { evidenceRows, type EvidenceRow } from './evidence-rows.js';
import type { NodeDocument } from '../document/types.js';

/** How the Markdown report names a node: its `ref`, else its title. */
function short(node: NodeDocument | undefined, id: string): string {
  if (node === undefined) return id;
  return node.ref === undefined || node.ref === '' ? node.title : node.ref;
}

/** ` (argued from its evidence)` after an assumption whose status is argued, else empty. @internal */
export function arguedMark(model: Model, id: string): string {
  const node = model.node(id);
  return node?.kind === 'assumption' && node.status === undefined ? ' (argued from its evidence)' : '';
}

/** The notes of a goal's or objective's row on links into it that only challenging evidence speaks to. @internal */
export function evidenceNotes(model: Model, r: ResultProgress): string[] {
  const challenged = r.challengedLinks ?? [];
  if (challenged.length === 0) return [];
  return [`⚠ only challenging evidence on the link from ${challenged.map((id) => short(model.node(id), id)).join('; ')}`];
}

/** What a row says before its findings. */
function headline(row: EvidenceRow): string {
  const balance = describeBalance(row.balance);
  if (row.kind === 'link') {
    const [from, to] = row.nodes;
    const name = `Link ${short(from, '?')} → ${short(to, '?')}`;
    const flag = row.flagged ? ' ⚠ Only challenging evidence: flagged like a link resting on a failing assumption.' : '';
    return `**${escapeMarkdown(name)}**: ${balance}.${flag}`;
  }
  const a = row.nodes[0];
  const judged = row.argued ? `${row.status ?? ''}, argued from its evidence` : `${row.status ?? ''} (as written)`;
  return `**Assumption ${escapeMarkdown(short(a, row.id))}**: ${judged}; ${balance}.`;
}

/**
 * The evidence section of the Markdown report: each link and assumption with
 * evidence, its balance (and status, for an assumption: written, or argued
 * from the evidence), then its findings with their dates and sources. Empty
 * when the document does not weigh evidence.
 * @internal
 */
export function evidenceSection(model: Model): string[] {
  const rows = evidenceRows(model);
  if (rows.length === 0) return [];
  const out = ['Findings count by strength (weak 1, moderate 2, strong 3; none given: weak) for or against each link and assumption.', ''];
  for (const row of rows) {
    out.push(`- ${headline(row)}`);
    for (const f of row.findings) out.push(`  - ${escapeMarkdown(describeFinding(f))}`);
  }
  return out;
}
