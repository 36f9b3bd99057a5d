/**
 * The last chunks given to the parser (at least the last two, and a thousand characters), so that a place the parser has just passed (the `<` of
 * a tag, the `&` of an entity, the start of a DOCTYPE) can be given its own line and column.
 * saxes reports where it is, not where the construct began. @internal
 */
import type { SourcePosition } from '../../diagnostics/diagnostic.js';

/** Where the parser is: the offset of the next character in the whole text, its line and 1-based column. */
export interface Here extends SourcePosition {
  readonly offset: number;
}

/** The fewest characters held before the current chunk, however small the chunks. */
const MIN_HELD = 1024;

export class TextWindow {
  private previous = '';
  private previousStart = 0;
  private current = '';
  private currentStart = 0;

  /** Whether the text starts with a byte order mark, which editors do not count as a column. */
  private bom: boolean | undefined;

  push(chunk: string): void {
    if (this.bom === undefined && chunk !== '') this.bom = chunk.charCodeAt(0) === 0xfeff;
    // Keep the whole previous chunk, and at least MIN_HELD characters before the current one:
    // chunks of a character or two (`<`, `/`, `iati-activity>`) must not push a tag's start out.
    const before = this.previous + this.current;
    const keep = Math.max(this.current.length, MIN_HELD);
    this.previous = before.length > keep ? before.slice(before.length - keep) : before;
    this.currentStart += this.current.length;
    this.previousStart = this.currentStart - this.previous.length;
    this.current = chunk;
  }

  /** `position` as an editor shows it: on the first line, a byte order mark is not a column. */
  forEditor(position: SourcePosition): SourcePosition {
    return this.bom === true && position.line === 1 && position.column > 1 ? { line: 1, column: position.column - 1 } : { line: position.line, column: position.column };
  }

  /** The UTF-16 code unit at `offset` of the whole text, or `undefined` when it is no longer held. */
  private at(offset: number): string | undefined {
    if (offset >= this.currentStart) return this.current[offset - this.currentStart];
    if (offset >= this.previousStart) return this.previous[offset - this.previousStart];
    return undefined;
  }

  /**
   * The line and column of `offset`, at or before where the parser is, counting line breaks
   * (`\n`, `\r\n`, `\r`) back from there; `undefined` when the text between is no longer held.
   */
  positionOf(offset: number, here: Here): SourcePosition | undefined {
    const lineStart = here.offset - (here.column - 1);
    if (offset >= lineStart) return { line: here.line, column: offset - lineStart + 1 };
    let line = here.line;
    for (let i = lineStart - 1; i >= offset; i--) {
      const c = this.at(i);
      if (c === undefined) return undefined;
      if (c === '\n' || (c === '\r' && this.at(i + 1) !== '\n')) line--;
    }
    for (let i = offset - 1; ; i--) {
      const c = i < 0 ? '\n' : this.at(i);
      if (c === undefined) return undefined;
      if (c === '\n' || c === '\r') return { line, column: offset - i };
    }
  }

  /**
   * Where the tag whose name (`nameLength` code units) the parser has just read begins: saxes
   * stands after the name and the one character that ended it (a space, `>`, `/` or a line break).
   */
  tagStart(nameLength: number, here: Here): SourcePosition {
    let end = here.offset - 1;
    if (this.at(end) === '\n' && this.at(end - 1) === '\r') end--;
    return this.positionOf(end - nameLength - 1, here) ?? here;
  }

  /** The last `text` that begins in the held text before `here`, with its position. */
  find(text: string, here: Here): SourcePosition | undefined {
    const held = this.previous + this.current;
    const index = held.lastIndexOf(text, here.offset - this.previousStart);
    return index === -1 ? undefined : this.positionOf(this.previousStart + index, here);
  }

  /**
   * The `&` that began the entity reference the parser has just read (it reads from `&` to the next
   * `;`, whatever lies between): the first `&` after the last `;` before `here`, with the text from
   * it (up to 80 characters) and its position; `undefined` when there is none in the held text.
   */
  referenceStart(here: Here): { readonly reference: string; readonly at: SourcePosition } | undefined {
    let start: number | undefined;
    for (let i = here.offset - 2; ; i--) {
      const c = this.at(i);
      if (c === undefined || c === ';') break;
      if (c === '&') start = i;
    }
    if (start === undefined) return undefined;
    let reference = '';
    for (let j = start; j < here.offset && reference.length < 80; j++) reference += this.at(j) ?? '';
    const at = this.positionOf(start, here);
    return at === undefined ? undefined : { reference, at };
  }

  /** Where the run of text outside any element that ends at `here` begins: after the last `>`, past white space. */
  textStart(here: Here): SourcePosition | undefined {
    let i = here.offset - 1;
    while (this.at(i - 1) !== undefined && this.at(i - 1) !== '>') i--;
    while (i < here.offset && /\s|\uFEFF/.test(this.at(i) ?? '')) i++;
    return this.positionOf(i, here);
  }

  /** Whether the held text just before `here` ends an element named `name` (`</name>` or `/>`). */
  endsElement(name: string, here: Here): boolean {
    let end = here.offset - 1;
    if (this.at(end) !== '>') return false;
    end--;
    if (this.at(end) === '/') return true;
    while (/\s/.test(this.at(end) ?? '')) end--;
    const start = end - name.length + 1;
    // Text no longer held (an end tag padded with over a thousand spaces): trust saxes, which
    // stops at the next character if the end tag was wrong.
    if (this.at(start - 2) === undefined) return true;
    let found = '';
    for (let i = start - 2; i <= end; i++) found += this.at(i) ?? '';
    return found === `</${name}`;
  }
}
