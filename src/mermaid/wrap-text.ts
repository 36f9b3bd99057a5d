/**
 * Wraps text at spaces into lines of at most `width` characters (code points).
 * Each space where a line breaks becomes a newline; nothing else changes, so
 * replacing those newlines by spaces gives the text back. A word longer than
 * `width` stays whole on its own line. Existing newlines are kept.
 *
 * @example
 * ```ts
 * wrapText('Governments enact and enforce laws', 16); // 'Governments\nenact and\nenforce laws'
 * ```
 * @internal
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(' ');
      const lines: string[] = [];
      let current = words[0] as string;
      for (const word of words.slice(1)) {
        if (length(current) + 1 + length(word) <= width) current += ` ${word}`;
        else {
          lines.push(current);
          current = word;
        }
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

/**
 * Shortens text longer than `max` characters (code points) to at most `max`,
 * ending it with "…", cutting at the last space when that keeps at least half.
 *
 * @example
 * ```ts
 * shortenText('Governments enact and enforce laws', 20); // 'Governments enact…'
 * ```
 * @internal
 */
export function shortenText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let kept = chars.slice(0, max - 1).join('');
  const space = kept.lastIndexOf(' ');
  // Back off to the last space unless the cut already falls between words.
  if (chars[max - 1] !== ' ' && space >= Math.floor(max / 2)) kept = kept.slice(0, space);
  return `${kept.trimEnd()}…`;
}

function length(text: string): number {
  return Array.from(text).length;
}
