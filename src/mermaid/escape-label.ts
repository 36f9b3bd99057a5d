/**
 * Characters encoded wherever they occur, with the reason:
 * - `#` starts Mermaid's entity codes (`#lt;`), and every code contains one;
 * - `"` ends a quoted label (Mermaid has no backslash escape);
 * - `&`, `<`, `>` would be HTML in the rendered label;
 * - `` ` `` at the start turns a label into a Markdown string;
 * - `%` forms `%%{init}%%` directives and `%%` comments;
 * - `:` lets Mermaid's `style…:…#…;` colour pre-pass eat a `;` of a later entity code;
 * - `ﬂ` (U+FB02) and `¶` (U+00B6) are Mermaid's internal entity placeholders;
 * - U+2028 and U+2029, line terminators to JavaScript regular expressions, defensively.
 */
const ENTITIES: readonly (readonly [string, string])[] = [
  ['#', '#35;'],
  ['"', '#quot;'],
  ['&', '#amp;'],
  ['<', '#lt;'],
  ['>', '#gt;'],
  ['`', '#96;'],
  ['%', '#37;'],
  [':', '#58;'],
  ['\uFB02', '#64258;'],
  ['\u00B6', '#182;'],
  ['\u2028', '#8232;'],
  ['\u2029', '#8233;'],
];

/**
 * What each ASCII character becomes where it is encoded: its entity code, `<br>`
 * for a newline, U+FFFD for NUL, else its numeric code (control characters, and
 * a space at either end).
 */
const ASCII_CODE: readonly string[] = Array.from({ length: 0x80 }, (_, code) => {
  const entity = ENTITIES.find(([char]) => char.charCodeAt(0) === code);
  if (entity !== undefined) return entity[1];
  if (code === 0x0a) return '<br>';
  if (code === 0) return '#65533;';
  return `#${code};`;
});

/** 1 for each ASCII character kept as it is wherever it occurs: the printable ones but the entity characters. */
const ASCII_KEPT = Uint8Array.from({ length: 0x80 }, (_, code) =>
  code >= 0x20 && code < 0x7f && !ENTITIES.some(([char]) => char.charCodeAt(0) === code) ? 1 : 0,
);

/**
 * Whether text has a character encoded wherever it occurs: one of
 * {@link ENTITIES}, a control character (newline and NUL included), or an
 * unpaired surrogate (with the `u` flag, a class of surrogates matches only
 * those outside a pair).
 */
const CHANGED_ANYWHERE = /[#"&<>`%:\uFB02\u00B6\u2028\u2029\u0000-\u001F\u007F\uD800-\uDFFF]/u;

/** Mermaid trims labels with `String.prototype.trim`, which removes exactly what `\s` matches (all of it in the BMP). */
const WHITESPACE = /^\s$/;

/**
 * Encodes text for a quoted Mermaid label (`["…"]`, `|"…"|`, `subgraph id ["…"]`)
 * so that it shows exactly as written and can never add a node, an edge, a
 * `click`, a style, a directive or HTML to the diagram.
 *
 * - `#`, `"`, `&`, `<`, `>`, `` ` ``, `%`, `:` and Mermaid's placeholder
 *   characters `ﬂ` and `¶` become entity codes (`#35;`, `#quot;`, `#amp;`,
 *   `#lt;`, `#gt;`, `#96;`, `#37;`, `#58;`, `#64258;`, `#182;`);
 * - a newline (`\n`) becomes a line break `<br>`, the only HTML it emits;
 * - other control characters, U+2028, U+2029, and whitespace at either end
 *   (which Mermaid would trim) become numeric codes such as `#13;` or `#32;`;
 * - the characters no HTML page can show, NUL and unpaired surrogates, become
 *   U+FFFD (`#65533;`), as a browser would show them. This is the only change
 *   to the text.
 *
 * Everything else (letters of any script, emoji, brackets, quotes `'`, `|`,
 * `;`, `\`) is kept as it is: inside quotes Mermaid reads it literally. Text
 * with nothing to encode is returned as it is.
 *
 * @example
 * ```ts
 * escapeLabel('Laws <"passed"> & #enforced'); // 'Laws #lt;#quot;passed#quot;#gt; #amp; #35;enforced'
 * escapeLabel('Line one\nline two'); // 'Line one<br>line two'
 * ```
 */
export function escapeLabel(text: string): string {
  const last = text.length - 1;
  if (last < 0) return text;
  if (!CHANGED_ANYWHERE.test(text) && !isTrimmed(text.charCodeAt(0)) && !isTrimmed(text.charCodeAt(last))) return text;
  let out = '';
  // Characters kept as they are are copied in runs, from `kept` up to the one encoded.
  let kept = 0;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    let replacement: string;
    if (code < 0x80) {
      if (ASCII_KEPT[code] === 1 && (code !== 0x20 || (i !== 0 && i !== last))) continue;
      replacement = ASCII_CODE[code] as string;
    } else if (code === 0xb6 || code === 0x2028 || code === 0x2029 || code === 0xfb02) {
      replacement = `#${code};`; // The entity characters beyond ASCII: each entity code is the numeric one.
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i < last && isLowSurrogate(text.charCodeAt(i + 1))) {
        i++; // A pair: one character, kept (no control or whitespace character lies outside the BMP).
        continue;
      }
      replacement = '#65533;';
    } else if ((i === 0 || i === last) && isTrimmed(code)) {
      replacement = `#${code};`;
    } else continue;
    out += text.slice(kept, i) + replacement;
    kept = i + 1;
  }
  return out + text.slice(kept);
}

/**
 * Whether a character (a code unit of the BMP) is whitespace that Mermaid
 * would trim, and so is encoded at either end of a label.
 * @internal
 */
export function isTrimmed(code: number): boolean {
  if (code < 0xa0) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(String.fromCharCode(code));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
