/** A column of a text table: its heading and alignment. @internal */
export interface Column {
  readonly heading: string;
  readonly align?: 'left' | 'right';
}

/** Control characters, line breaks and tabs included: none may break a row or reach a terminal raw. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A cell's text with each control character written visibly, as JSON writes it: a line break is `\u000a`. */
function cellText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Lays out rows as a plain-text table with a heading rule, padding by
 * characters (code points), never cutting text. A cell's own line breaks,
 * tabs and other control characters are written visibly (`\u000a`), so each
 * row stays one line and its columns line up.
 */
export function formatTable(columns: readonly Column[], rawRows: readonly (readonly string[])[]): string {
  const rows = rawRows.map((r) => r.map(cellText));
  const width = (text: string): number => [...text].length;
  const widths = columns.map((c, i) => Math.max(width(c.heading), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
        return columns[i]?.align === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.heading)), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}
