import type { SourceDocument } from '../../document/types.js';
import { isWebAddress } from '../../document/web-address.js';
import { sourceKey, type IndicatorRow } from '../indicator-rows.js';
import { escapeHtml } from './escape-html.js';

/** The sources of a report, numbered in order of first mention, for footnote marks. @internal */
export interface SourceList {
  /** Every source, in number order (number = position + 1): a source as text, or a source document. */
  readonly sources: readonly (string | SourceDocument)[];
  /** The numbers of a list of sources (keys from {@link sourceKeys}), as footnote text: `[1, 3]`, `''` for none. */
  marks(keys: readonly string[]): string;
}

/** The keys of a row's sources for {@link SourceList.marks}: its sources as text, then its source documents. @internal */
export function sourceKeys(row: IndicatorRow): string[] {
  return [...row.sources.map((s) => `text:${s}`), ...(row.sourceDocuments ?? []).map((d) => `document:${sourceKey(d)}`)];
}

/** Numbers the sources of the indicator rows, each once, in the order the rows name them. @internal */
export function sourceList(rows: readonly IndicatorRow[]): SourceList {
  const numbers = new Map<string, number>();
  const sources: (string | SourceDocument)[] = [];
  const add = (key: string, source: string | SourceDocument): void => {
    if (numbers.has(key)) return;
    sources.push(source);
    numbers.set(key, sources.length);
  };
  for (const row of rows) {
    for (const source of row.sources) add(`text:${source}`, source);
    for (const document of row.sourceDocuments ?? []) add(`document:${sourceKey(document)}`, document);
  }
  return {
    sources,
    marks: (keys) => {
      const list = [...new Set(keys.map((s) => numbers.get(s)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
      return list.length === 0 ? '' : `<span class="sources">[${list.map((k) => `<a href="#source-${k}">${k}</a>`).join(', ')}]</span>`;
    },
  };
}

/** How a source document reads in a list: its kind and date in brackets after the title. @internal */
export function sourceAbout(source: SourceDocument): string {
  return [source.kind, source.date].filter((x) => x !== undefined).join(', ');
}

/**
 * The numbered list of sources. A source given as text is shown as text (a
 * web address in it is shown, never fetched or linked); a source document
 * shows its title, kind and date, and links its `url` only when that is an
 * `http:` or `https:` address (validation refuses any other). @internal
 */
export function sourceListHtml(list: SourceList): string {
  if (list.sources.length === 0) return '<p>No indicator names a source.</p>';
  return `<ol class="source-list">${list.sources.map((s, i) => `<li id="source-${i + 1}">${typeof s === 'string' ? escapeHtml(s) : documentHtml(s)}</li>`).join('')}</ol>`;
}

function documentHtml(source: SourceDocument): string {
  const about = sourceAbout(source);
  const title = escapeHtml(source.title);
  const linked = source.url !== undefined && isWebAddress(source.url) ? `<a href="${escapeHtml(source.url)}" rel="noreferrer">${title}</a>` : title;
  return `${linked}${about === '' ? '' : ` <span class="note">(${escapeHtml(about)})</span>`}`;
}
