/** Characters (code points) in `text`: what a column's width counts. @internal */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The words of `text`; a lone `*` (the mark of illustrative figures) stays with the word before it. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    if (word === '*' && out.length > 0) out[out.length - 1] += ' *';
    else out.push(word);
  }
  return out;
}

/**
 * Wraps one line of a table cell into lines of at most `width` characters,
 * breaking between words (a word longer than a line is broken inside). Leading
 * spaces (the indentation of a tree) start every line, so a wrapped title stays
 * under its first word; a lone `*` stays with the word before it. With `maxLines`, text beyond that many lines is dropped
 * and the last line ends with `…`.
 *
 * @example
 * ```ts
 * wrapCell('  Duty bearers are responsive', 16); // ['  Duty bearers', '  are responsive']
 * ```
 * @internal
 */
export function wrapCell(text: string, width: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  if (textWidth(text) <= width) return [text];
  const indentText = /^ */.exec(text)?.[0] ?? '';
  // An indentation taking most of the column keeps at least 8 characters for the text.
  const indent = textWidth(indentText) > width - 8 ? indentText.slice(0, Math.max(width - 8, 0)) : indentText;
  const room = Math.max(width - textWidth(indent), 1);
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    lines.push(indent + line);
    line = '';
  };
  for (const word of words(text.slice(indentText.length))) {
    let rest = word;
    if (line !== '' && textWidth(line) + 1 + textWidth(rest) <= room) {
      line += ` ${rest}`;
      continue;
    }
    if (line !== '') push();
    while (textWidth(rest) > room) {
      const chars = [...rest];
      lines.push(indent + chars.slice(0, room).join(''));
      rest = chars.slice(room).join('');
    }
    line = rest;
  }
  if (line !== '' || lines.length === 0) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] as string;
  kept[maxLines - 1] = textWidth(last) < width ? `${last}…` : `${[...last].slice(0, width - 1).join('').trimEnd()}…`;
  return kept;
}
