/** A column of a text table: its heading and alignment. @internal */
export interface Column {
  readonly heading: string;
  readonly align?: 'left' | 'right';
}

/**
 * Lays out rows as a plain-text table with a heading rule, padding by
 * characters (code points), never cutting text.
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
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
