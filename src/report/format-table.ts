import { textWidth, wrapCell } from './wrap-cell.js';

/** A column of a text table: its heading, alignment, and whether its text may wrap to fit a width. @internal */
export interface Column {
  readonly heading: string;
  readonly align?: 'left' | 'right';
  /** Left out when every cell of the column is empty (a Ref column where nothing has a ref). */
  readonly optional?: boolean;
  /**
   * Text that may wrap (titles, values with words): when the table is wider
   * than {@link TableOptions.width}, such columns narrow, down to `minWidth`,
   * widest first, and their text wraps between words. Other columns (the
   * numbers) keep their width.
   */
  readonly wrap?: {
    /** The narrowest the column gets. Default 12 (or its heading's width). */
    readonly minWidth?: number;
    /** With a table width, the widest the column starts from, however long its text. */
    readonly maxWidth?: number;
    /** The most lines one line of the cell wraps to; the last then ends with `…`. Default: no limit. */
    readonly maxLines?: number;
  };
}

/** A cell: one line of text, or several (a value and its date). @internal */
export type Cell = string | readonly string[];

/** Options of {@link formatTable}. @internal */
export interface TableOptions {
  /** The widest a line may be, in characters; wrapping columns narrow to fit. Default: no limit. */
  readonly width?: number;
  /** A blank line between rows when any row takes several lines. Default false. */
  readonly spaced?: boolean;
}

/** Control characters, line breaks and tabs included: none may break a row or reach a terminal raw. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A cell's text with each control character written visibly, as JSON writes it: a line break is `\u000a`. */
function cellText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const GAP = 2;
const DEFAULT_MIN_WIDTH = 12;

/**
 * Lays out rows as a plain-text table with a heading rule, padding by
 * characters (code points). A cell's own line breaks, tabs and other control
 * characters are written visibly (`\u000a`), so each of its lines stays one
 * line and the columns line up; a cell given as several lines takes several.
 * With a `width`, the columns marked `wrap` narrow until the table fits (or
 * reach their least width) and their text wraps; the other columns are never
 * cut. An `optional` column with every cell empty is left out.
 * @internal
 */
export function formatTable(allColumns: readonly Column[], rawRows: readonly (readonly Cell[])[], options: TableOptions = {}): string {
  const kept = allColumns.map((c, i) => c.optional !== true || rawRows.some((r) => linesOf(r[i]).some((l) => l !== ''))).flatMap((keep, i) => (keep ? [i] : []));
  const columns = kept.map((i) => allColumns[i] as Column);
  const rows = rawRows.map((r) => kept.map((i) => linesOf(r[i]).map(cellText)));
  const widths = columns.map((c, i) => Math.max(textWidth(c.heading), ...rows.flatMap((r) => (r[i] as string[]).map(textWidth))));
  if (options.width !== undefined) {
    columns.forEach((c, i) => {
      if (c.wrap?.maxWidth !== undefined) widths[i] = Math.min(widths[i] as number, Math.max(c.wrap.maxWidth, textWidth(c.heading)));
    });
    narrow(columns, widths, options.width);
  }
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(Math.max((widths[i] ?? 0) - textWidth(cell), 0));
        return columns[i]?.align === 'right' ? pad + cell : cell + pad;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const out = [line(columns.map((c) => c.heading)), line(widths.map((w) => '─'.repeat(w)))];
  const laidOut = rows.map((row) =>
    row.map((lines, i) => {
      const wrap = columns[i]?.wrap;
      return wrap === undefined ? lines : lines.flatMap((l) => wrapCell(l, widths[i] as number, wrap.maxLines));
    }),
  );
  const spaced = options.spaced === true && laidOut.some((cells) => cells.some((c) => c.length > 1));
  laidOut.forEach((cells, r) => {
    if (spaced && r > 0) out.push('');
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(cells.map((c) => c[k] ?? '')));
  });
  return out.join('\n');
}

function linesOf(cell: Cell | undefined): string[] {
  if (cell === undefined) return [''];
  return typeof cell === 'string' ? [cell] : cell.length === 0 ? [''] : [...cell];
}

/** Narrows the wrapping columns, widest first, until the table fits `width` or none can narrow further. */
function narrow(columns: readonly Column[], widths: number[], width: number): void {
  const least = columns.map((c, i) => {
    const natural = widths[i] as number;
    return c.wrap === undefined ? natural : Math.min(natural, Math.max(c.wrap.minWidth ?? DEFAULT_MIN_WIDTH, textWidth(c.heading)));
  });
  let excess = widths.reduce((sum, w) => sum + w, 0) + GAP * (columns.length - 1) - width;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if ((widths[i] as number) > (least[i] as number) && (widest === -1 || (widths[i] as number) > (widths[widest] as number))) widest = i;
    }
    if (widest === -1) return;
    // Down to the next widest column (or the least width), at most the excess, in one step.
    const next = Math.max(least[widest] as number, ...widths.map((w, i) => (i !== widest && columns[i]?.wrap !== undefined && w <= (widths[widest] as number) ? w : 0)));
    const step = Math.max(1, Math.min(excess, (widths[widest] as number) - next));
    widths[widest] = (widths[widest] as number) - step;
    excess -= step;
  }
}
