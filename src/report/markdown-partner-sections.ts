import type { IndicatorDocument, SourceDocument } from '../document/types.js';
import { isWebAddress } from '../document/web-address.js';
import type { Model } from '../model/model.js';
import { STATUS_TEXT } from '../mermaid/format.js';
import { formatPercent as percent } from '../progress/format-percent.js';
import type { ProgressReportData } from '../progress/types.js';
import { escapeMarkdown } from './escape-markdown.js';
import { sourceKey, type DatedValue, type IndicatorRow } from './indicator-rows.js';
import { boundaryPartnerRows, resultTypeRows } from './partner-rows.js';

const NONE = '—';
const TYPE_NAMES = { impact: 'Impact', outcome: 'Outcome', output: 'Output' } as const;

/** The marks of a reading's flags after its value in a table: ` ≈` estimated, ` ◌` provisional (illustrative keeps its own mark). @internal */
export function flagMarks(value: DatedValue | null | undefined): string {
  const flags = value?.flags ?? [];
  return `${flags.includes('estimated') ? ' ≈' : ''}${flags.includes('provisional') ? ' ◌' : ''}${flags.includes('illustrative') ? ' ◇' : ''}`;
}

/** The note under the indicator table explaining the flag marks used, or none. @internal */
export function flagNote(rows: readonly IndicatorRow[]): string[] {
  const used = (flag: 'illustrative' | 'estimated' | 'provisional'): boolean =>
    rows.some((r) => [r.baseline, r.latest, r.target].some((v) => v?.flags?.includes(flag) === true));
  const parts = [
    used('illustrative') ? '◇ illustrative (not from a published source)' : '',
    used('estimated') ? '≈ estimated (the writer’s own estimate)' : '',
    used('provisional') ? '◌ provisional (may still change)' : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? [] : ['', `Figures marked ${parts.join(', ')}.`];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The results-chain table: each goal and objective with a result type, impact first; none when no node has one. @internal */
export function resultTypeSection(model: Model, report: ProgressReportData, heading: (text: string) => string[]): string[] {
  const groups = resultTypeRows(model, report);
  if (groups.length === 0) return [];
  const header = ['Result type', 'Ref', 'Goal or objective', 'Progress', 'Status'];
  const lines = ['', ...heading('Results chain'), row(header), row(header.map(() => '---'))];
  for (const group of groups) {
    for (const r of group.results) {
      lines.push(row([TYPE_NAMES[group.resultType], escapeMarkdown(r.ref), escapeMarkdown(r.title) + (r.illustrative ? ' _(illustrative)_' : ''), r.progress === null ? NONE : percent(r.progress), STATUS_TEXT[r.status]]));
    }
  }
  return lines;
}

/** The boundary-partner table: each partner, what it is engaged in, the progress markers describing its behaviour; none without partners. @internal */
export function boundaryPartnerSection(model: Model, report: ProgressReportData, heading: (text: string) => string[]): string[] {
  const partners = boundaryPartnerRows(model, report);
  if (partners.length === 0) return [];
  const header = ['Boundary partner', 'Actor type', 'Engaged in', 'Progress markers'];
  const lines = ['', ...heading('Boundary partners'), row(header), row(header.map(() => '---'))];
  for (const p of partners) {
    const engaged = p.engagedIn.map((r) => `${r.ref === '' ? r.title : r.ref} (${percent(r.progress)}, ${STATUS_TEXT[r.status]})`).join('; ');
    const markers = p.markers.map((m) => `${m.ref === '' ? m.title : m.ref}: ${m.seen} of ${m.of} seen (${STATUS_TEXT[m.status]})`).join('; ');
    lines.push(row([escapeMarkdown(p.title), escapeMarkdown(p.actorType ?? '') || NONE, escapeMarkdown(engaged) || NONE, escapeMarkdown(markers) || NONE]));
  }
  return lines;
}

/** A source document as a Markdown list item's text: its title, linked when its address is a web address, then kind and date. */
function documentText(source: SourceDocument): string {
  const title = escapeMarkdown(source.title);
  const linked = source.url !== undefined && isWebAddress(source.url) ? `[${title}](<${source.url}>)` : title;
  const about = [source.kind, source.date].filter((x) => x !== undefined).join(', ');
  return `${linked}${about === '' ? '' : ` (${escapeMarkdown(about)})`}`;
}

/**
 * The sources section: for each indicator shown whose readings list source
 * documents (`sources`), those documents, numbered across the report; none
 * when no reading lists any (so reports of other models stay as they were).
 * @internal
 */
export function sourceSection(shown: readonly IndicatorDocument[], rows: ReadonlyMap<string, IndicatorRow>, heading: (text: string) => string[]): string[] {
  const lines: string[] = [];
  const numbers = new Map<string, number>();
  for (const node of shown) {
    const documents = rows.get(node.id)?.sourceDocuments ?? [];
    if (documents.length === 0) continue;
    const items = documents.map((d) => {
      const key = sourceKey(d);
      if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
      return `${escapeMarkdown(`[${numbers.get(key) as number}]`)} ${documentText(d)}`;
    });
    const name = node.ref === undefined || node.ref === '' ? escapeMarkdown(node.title) : `${escapeMarkdown(node.ref)} ${escapeMarkdown(node.title)}`;
    lines.push(`- ${name}: ${items.join('; ')}`);
  }
  return lines.length === 0 ? [] : ['', ...heading('Sources'), ...lines];
}
