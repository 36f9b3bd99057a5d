/**
 * Text as XML can carry it. XML 1.0 cannot hold every character a JavaScript string can: its
 * `Char` production leaves out the C0 controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF. The writer removes those characters (a file holding one
 * would not be XML, and no reader could open it), then escapes what markup would misread.
 * @internal
 */

/** Every character outside XML 1.0's `Char` production (with `u`, a lone surrogate is one character). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 cannot hold. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\t': '&#9;' };

/**
 * Element text, escaped: `&`, `<` and `>` (so `]]>` cannot occur), a carriage return as `&#13;`
 * (a parser turns a raw one into a line feed), and DEL and the C1 controls as character references.
 * Line feeds and tabs stay as they are.
 */
export function escapeText(text: string): string {
  return xmlChars(text).replace(/[&<>\r\u007f-\u009f]/g, escapeOne(TEXT_ESCAPES));
}

/**
 * An attribute value, escaped for double quotes. Line feeds, tabs and carriage returns become
 * character references, since a parser turns raw ones into spaces.
 */
export function escapeAttribute(value: string): string {
  return xmlChars(value).replace(/[&<>"\r\n\t\u007f-\u009f]/g, escapeOne(ATTRIBUTE_ESCAPES));
}

/**
 * One character's escape from `table`; DEL and the C1 controls (U+007F–U+009F), which XML allows but a
 * terminal acts on, as numeric character references, so a file holding them reads back the same and is safe to show.
 */
function escapeOne(table: Readonly<Record<string, string>>): (c: string) => string {
  return (c) => table[c] ?? `&#${c.charCodeAt(0)};`;
}

/** An XML name without a colon (an NCName), as far as ASCII and the common letters go. */
const NC_NAME = /^[A-Za-z_\u00C0-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][\w.\-\u00B7\u00C0-\u02FF\u0300-\u036F\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*$/;

/** Whether `name` can be the local name of an element or attribute. */
export function isLocalName(name: string): boolean {
  return NC_NAME.test(name);
}
