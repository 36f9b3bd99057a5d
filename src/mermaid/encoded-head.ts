import { escapeLabel, isTrimmed } from './escape-label.js';
import { breaksOf } from './wrap-text.js';

/**
 * A label's head (a node's `ref title`) encoded once, for every diagram of the
 * model whatever the wrap width: the text encoded by {@link escapeLabel}, and
 * what wrapping needs, so that wrapping the encoded text gives exactly
 * `escapeLabel(wrapText(head, width))` without looking at a character again.
 * @internal
 */
export interface EncodedHead {
  /** `escapeLabel(head)`: newlines are `<br>` already; spaces are kept as they are. */
  readonly text: string;
  /** Each word's length in code points; words are separated by a space or a newline. */
  readonly words: readonly number[];
  /** For each gap between two words: where its space lies in {@link EncodedHead.text}, or -1 for a newline. */
  readonly gaps: readonly number[];
}

const scratchWords: number[] = [];
const scratchGaps: number[] = [];
const NO_GAPS: readonly number[] = [];

/**
 * Encodes a head for {@link wrapEncodedHead}; `undefined` when it is empty or
 * starts or ends with whitespace, which Mermaid would trim: wrapping could then
 * move that whitespace away from the end of the label, and change its encoding.
 * @internal
 */
export function encodeHead(head: string): EncodedHead | undefined {
  const last = head.length - 1;
  if (last < 0 || isTrimmed(head.charCodeAt(0)) || isTrimmed(head.charCodeAt(last))) return undefined;
  // Inside, `escapeLabel` keeps every space as it is, and no other character becomes a space:
  // the n-th space of the head is the n-th of its encoding.
  const text = escapeLabel(head);
  // Collected in the scratch lists, then copied at their exact size: kept as long as the model.
  let count = 0;
  let size = 0; // Code points of the word so far.
  let space = -1;
  for (let i = 0; i <= last; i++) {
    const code = head.charCodeAt(i);
    if (code === 0x20 || code === 0x0a) {
      if (code === 0x20) space = text.indexOf(' ', space + 1);
      scratchWords[count] = size;
      scratchGaps[count++] = code === 0x20 ? space : -1;
      size = 0;
      continue;
    }
    // A surrogate pair is one code point; an unpaired surrogate is one too (as `Array.from` counts).
    if (code >= 0xd800 && code <= 0xdbff && i < last && isLowSurrogate(head.charCodeAt(i + 1))) i++;
    size++;
  }
  scratchWords[count] = size;
  const words = scratchWords.slice(0, count + 1);
  const gaps = count === 0 ? NO_GAPS : scratchGaps.slice(0, count);
  if (count > 1024) scratchWords.length = scratchGaps.length = 0; // Keep no big scratch lists after a long title.
  return { text, words, gaps };
}

/**
 * `escapeLabel(wrapText(head, width))` from the head's {@link EncodedHead}: the
 * spaces where {@link wrapText} would break a line become `<br>`.
 * @internal
 */
export function wrapEncodedHead(head: EncodedHead, width: number | false): string {
  const { text, words, gaps } = head;
  if (width === false || gaps.length === 0) return text;
  let out = '';
  // The text from `copied` on is not in `out` yet.
  let copied = 0;
  // Paragraph by paragraph (a gap of -1 is a newline), each balanced as `wrapText` balances it.
  for (let first = 0; first < words.length; ) {
    let last = first;
    while (last < gaps.length && gaps[last] !== -1) last++;
    const sizes = words.slice(first, last + 1);
    // One line needs no breaking: the paragraph's length is its words and the spaces between them.
    const length = sizes.reduce((sum, size) => sum + size, sizes.length - 1);
    if (length > width) {
      for (const k of breaksOf(sizes, width)) {
        const gap = gaps[first + k] as number;
        out += `${text.slice(copied, gap)}<br>`;
        copied = gap + 1;
      }
    }
    first = last + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
