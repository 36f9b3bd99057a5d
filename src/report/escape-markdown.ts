/**
 * The characters that can start something inline in GitHub-flavoured Markdown
 * (text here never starts a line, so `-`, `+`, `.` and `=` are safe): `\`
 * escapes, `` ` `` code, `*` `_` emphasis, `~` strikethrough, `[` `]` links and
 * images, `<` `>` HTML and autolinks, `&` entities, `|` table cells, `$` maths,
 * `#` a heading's closing sequence, `:` emoji codes, `@` mentions. Escaping
 * `:` and `@` also keeps GitHub from turning `https://…` and `name@host`
 * into links.
 */
const SPECIAL = /[\\`*_~[\]<>&|$#:@]/g;

/**
 * Encodes text for a Markdown table cell or heading so it shows exactly as
 * written: each character that could start emphasis, code, a link, HTML, an
 * entity, a table cell, maths, an emoji code or a mention (`\`, `` ` ``, `*`,
 * `_`, `~`, `[`, `]`, `<`, `>`, `&`, `|`, `$`, `#`, `:`, `@`) gets a backslash,
 * as does the dot of `www.` (which GitHub would turn into a link), and each
 * line break (`\n`, `\r\n` or `\r`) becomes `<br>`, the only HTML it emits.
 * Meant for text inside a line, not at its start.
 *
 * @example
 * ```ts
 * escapeMarkdown('1.1 Laws | *passed*'); // '1.1 Laws \\| \\*passed\\*'
 * ```
 * @internal
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(SPECIAL, (char) => `\\${char}`)
    .replace(/(www)\./gi, '$1\\.')
    .replace(/\r\n?|\n/g, '<br>');
}
