import type { SourcePosition } from '../diagnostics/diagnostic.js';

/**
 * Turns offsets into a text into 1-based line and column. The line starts are
 * found once, on first use; each lookup is then a binary search. Lines end at
 * LF, CRLF or a lone CR, as in YAML and in editors.
 * @internal
 */
export class LineIndex {
  #starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The line and column of `offset` (clamped to the text). */
  at(offset: number): SourcePosition {
    const starts = (this.#starts ??= lineStarts(this.text));
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] as number) + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
