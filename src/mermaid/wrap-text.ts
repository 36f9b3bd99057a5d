/**
 * Wraps text at spaces into lines of at most `width` characters (code points),
 * balanced: each paragraph takes as few lines as greedy filling would, and
 * those lines are as even as that allows (the longest as short as it can be),
 * so "National governments and institutions" at 24 becomes "National
 * governments" / "and institutions", not "National governments and" /
 * "institutions". Each space where a line breaks becomes a newline; nothing
 * else changes, so replacing those newlines by spaces gives the text back. A
 * word longer than `width` stays whole on its own line. Existing newlines are kept.
 *
 * @example
 * ```ts
 * wrapText('Governments enact and enforce laws', 16); // 'Governments\nenact and\nenforce laws'
 * ```
 * @internal
 */
export function wrapText(text: string, width: number): string {
  // A line needs breaking only when longer than the width; its length in code units is at least that in code points.
  if (text.length <= width) return text;
  // Without surrogates, code units are code points.
  const pairs = SURROGATE.test(text);
  let out = '';
  // The text from `copied` on is not in `out` yet: it is cut only where a space becomes a newline.
  let copied = 0;
  for (let start = 0; start <= text.length; ) {
    const end = endOf(text, '\n', start, text.length);
    if (end - start > width) {
      // The paragraph's words: where each ends, and its size.
      const ends: number[] = [];
      const sizes: number[] = [];
      for (let word = start; word <= end; ) {
        const wordEnd = endOf(text, ' ', word, end);
        ends.push(wordEnd);
        sizes.push(pairs ? codePoints(text, word, wordEnd) : wordEnd - word);
        word = wordEnd + 1;
      }
      for (const k of breaksOf(sizes, width)) {
        const space = ends[k] as number;
        out += `${text.slice(copied, space)}\n`;
        copied = space + 1;
      }
    }
    start = end + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Where to break a paragraph of words of these sizes (in characters, one space
 * between words) into lines of at most `width`: the indexes of the words that
 * end a line, but the last. As few lines as greedy filling at `width` gives,
 * filled greedily at the narrowest width that still gives that few, so the
 * lines come out even. A word longer than `width` stands on its own line.
 * @internal
 */
export function breaksOf(sizes: readonly number[], width: number): number[] {
  const lines = greedy(sizes, width, undefined);
  if (lines <= 1) return [];
  // The fewest lines is a count that only falls as the width grows: search the narrowest width giving it.
  let low = 1;
  let high = width;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (greedy(sizes, middle, undefined) <= lines) high = middle;
    else low = middle + 1;
  }
  const breaks: number[] = [];
  greedy(sizes, high, breaks);
  return breaks;
}

/** Fills lines of at most `width` greedily; returns how many, and adds to `breaks` the index of each word ending a line but the last. */
function greedy(sizes: readonly number[], width: number, breaks: number[] | undefined): number {
  let lines = 1;
  let current = sizes[0] as number;
  for (let k = 1; k < sizes.length; k++) {
    const size = sizes[k] as number;
    if (current + 1 + size <= width) current += 1 + size;
    else {
      breaks?.push(k - 1);
      lines++;
      current = size;
    }
  }
  return lines;
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
  if (text.length <= max || codePoints(text, 0, text.length) <= max) return text;
  // Where the first `max - 1` characters end, in code units.
  let cut = 0;
  for (let n = 0; n < max - 1; n++) cut += isPairAt(text, cut) ? 2 : 1;
  let kept = text.slice(0, cut);
  const space = kept.lastIndexOf(' ');
  // Back off to the last space unless the cut already falls between words.
  if (text.charCodeAt(cut) !== 0x20 && space >= Math.floor(max / 2)) kept = kept.slice(0, space);
  return `${kept.trimEnd()}…`;
}

/** Any surrogate, paired or not. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** The position of the first `char` in `text` from `start`, or `end` if there is none before it. */
function endOf(text: string, char: string, start: number, end: number): number {
  const found = text.indexOf(char, start);
  return found === -1 || found > end ? end : found;
}

/** The number of code points from `start` to `end`, as `Array.from` counts them (an unpaired surrogate is one). */
function codePoints(text: string, start: number, end: number): number {
  let count = end - start;
  for (let i = start; i < end - 1; i++) {
    if (isPairAt(text, i)) {
      count--;
      i++;
    }
  }
  return count;
}

/** Whether a surrogate pair starts at `i`. */
function isPairAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
