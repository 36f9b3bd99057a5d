import type { IndicatorRow } from '../indicator-rows.js';
import { escapeHtml } from './escape-html.js';

/** The sources of a report, numbered in order of first mention, for footnote marks. @internal */
export interface SourceList {
  /** Every source, in number order (number = position + 1). */
  readonly sources: readonly string[];
  /** The numbers of a list of sources, as footnote text: `[1, 3]`, `''` for none. */
  marks(sources: readonly string[]): string;
}

/** Numbers the sources of the indicator rows, each once, in the order the rows name them. @internal */
export function sourceList(rows: readonly IndicatorRow[]): SourceList {
  const numbers = new Map<string, number>();
  for (const row of rows) for (const source of row.sources) if (!numbers.has(source)) numbers.set(source, numbers.size + 1);
  return {
    sources: [...numbers.keys()],
    marks: (sources) => {
      const list = [...new Set(sources.map((s) => numbers.get(s)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
      return list.length === 0 ? '' : `<span class="sources">[${list.map((k) => `<a href="#source-${k}">${k}</a>`).join(', ')}]</span>`;
    },
  };
}

/** The numbered list of sources, as text (a web address is shown, never fetched or linked). @internal */
export function sourceListHtml(list: SourceList): string {
  if (list.sources.length === 0) return '<p>No indicator names a source.</p>';
  return `<ol class="source-list">${list.sources.map((s, i) => `<li id="source-${i + 1}">${escapeHtml(s)}</li>`).join('')}</ol>`;
}
