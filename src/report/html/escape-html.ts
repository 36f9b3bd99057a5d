/** The five characters that can end text or an attribute value in HTML, and what each becomes. */
const MARKUP: { readonly [char: string]: string } = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Everything {@link escapeHtml} changes: the markup characters; control
 * characters HTML forbids or a terminal would act on (C0 but tab and line
 * feed, so carriage return and ESC too; DEL; C1); U+2028 and U+2029; and a
 * surrogate outside a pair (with the `u` flag a surrogate class matches only
 * those).
 */
const CHANGED = /[&<>"']|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udfff]/gu;

/**
 * Encodes user text for an HTML page, in text or in a quoted attribute value,
 * so that it shows exactly as written and can never add an element, an
 * attribute, an entity or a script: `&`, `<`, `>`, `"` and `'` become
 * character references; a control character is written visibly as `\u` and
 * four hex digits (`\u001b`), as the command line shows it; a carriage return
 * too, so `\r\n` reads `\u000d` then a line break; U+2028 and U+2029 become
 * `&#8232;` and `&#8233;`; an unpaired surrogate becomes U+FFFD (it has no
 * UTF-8 form). Tabs, line feeds and every other character (other scripts,
 * emoji, right-to-left marks) are kept; the page isolates user text so that
 * a direction mark cannot reorder what is around it.
 *
 * @example
 * ```ts
 * escapeHtml('<b>Tom & "Jerry"</b>'); // '&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;'
 * ```
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(CHANGED, (char) => {
    const markup = MARKUP[char];
    if (markup !== undefined) return markup;
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
    if (code === 0x2028 || code === 0x2029) return `&#${code};`;
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
