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
const ALWAYS: ReadonlyMap<string, string> = new Map([
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
]);

/** Mermaid trims labels with `String.prototype.trim`, which removes exactly what `\s` matches. */
const WHITESPACE = /^\s$/u;

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
 * `;`, `\`) is kept as it is: inside quotes Mermaid reads it literally.
 *
 * @example
 * ```ts
 * escapeLabel('Laws <"passed"> & #enforced'); // 'Laws #lt;#quot;passed#quot;#gt; #amp; #35;enforced'
 * escapeLabel('Line one\nline two'); // 'Line one<br>line two'
 * ```
 */
export function escapeLabel(text: string): string {
  const chars = Array.from(text);
  const last = chars.length - 1;
  let out = '';
  chars.forEach((char, i) => {
    const fixed = ALWAYS.get(char);
    if (fixed !== undefined) {
      out += fixed;
      return;
    }
    if (char === '\n') {
      out += '<br>';
      return;
    }
    const code = char.codePointAt(0) as number;
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) {
      out += '#65533;';
      return;
    }
    if (code < 0x20 || code === 0x7f || ((i === 0 || i === last) && WHITESPACE.test(char))) {
      out += `#${code};`;
      return;
    }
    out += char;
  });
  return out;
}
