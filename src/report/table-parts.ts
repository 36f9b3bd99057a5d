import { wrapCell } from './wrap-cell.js';

/** Options of the plain-text tables. */
export interface TextTableOptions {
  /**
   * The widest a line may be, in characters (a terminal's width): titles and
   * values wrap between words to fit, numbers are never cut. Default: no limit,
   * each row one line.
   */
  readonly width?: number;
}

/** The footnote of a table with rows marked `*`. @internal */
export const ILLUSTRATIVE_NOTE = '* includes illustrative figures (not from a published source)';

/** A table's title line, wrapped to `width`. @internal */
export function titleLine(text: string, width: number | undefined): string {
  return width === undefined ? text : wrapCell(text, width).join('\n');
}

/** A table with its title above and, when any row is marked `*`, the footnote below. @internal */
export function titled(title: string, table: string, illustrative: boolean, width: number | undefined): string {
  return `${titleLine(title, width)}\n\n${table}${illustrative ? `\n\n${ILLUSTRATIVE_NOTE}` : ''}`;
}

/** How titles wrap in a table: at least 20 characters wide, at most 3 lines (then `…`). @internal */
export const TITLE_WRAP = { minWidth: 20, maxLines: 3 } as const;
