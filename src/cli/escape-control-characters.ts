/**
 * Control characters a terminal would act on: C0 except tab and line feed
 * (U+0000–U+0008, U+000B–U+001F, so carriage return and ESC too), DEL
 * (U+007F) and C1 (U+0080–U+009F, such as U+009B, a one-character CSI).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * `text` with every control character a terminal would act on written
 * visibly as `\u` and four lowercase hex digits, the way JSON writes it:
 * ESC (U+001B) becomes `\u001b`, carriage return `\u000d`, DEL `\u007f`,
 * U+009B `\u009b`. Tabs and line feeds are kept: the output's own layout
 * uses them. Everything else, other scripts and emoji included, is kept.
 *
 * Every escape is also a valid JSON string escape for the same character,
 * and JSON text has raw control characters only inside strings, so JSON
 * output run through it still parses to exactly the same data.
 *
 * @example
 * ```ts
 * escapeControlCharacters('Goal \u001b[2J'); // 'Goal \\u001b[2J'
 * ```
 * @internal
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
