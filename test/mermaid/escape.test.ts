import { describe, expect, it } from 'vitest';
import { escapeLabel } from '../../src/mermaid/index.js';
import { escapeMarkdown } from '../../src/report/escape-markdown.js';

describe('escapeLabel', () => {
  it.each([
    ['plain text', 'Wells are maintained', 'Wells are maintained'],
    ['hash, first (every code contains one)', 'Goal #1', 'Goal #35;1'],
    ['an entity code written by the user', '#quot;', '#35;quot;'],
    ['double quote', 'say "no"', 'say #quot;no#quot;'],
    ['ampersand', 'A & B', 'A #amp; B'],
    ['HTML entity written by the user', '&lt;', '#amp;lt;'],
    ['less than, greater than', '<b>x</b>', '#lt;b#gt;x#lt;/b#gt;'],
    ['script tag', '<script>alert(1)</script>', '#lt;script#gt;alert(1)#lt;/script#gt;'],
    ['backtick (Markdown string)', '`md`', '#96;md#96;'],
    ['percent (directives, comments)', '%%{init: {}}%%', '#37;#37;{init#58; {}}#37;#37;'],
    ['colon (style pre-pass)', 'style x:#f00;', 'style x#58;#35;f00;'],
    ['Mermaid placeholder characters', 'ﬂ°°35¶ß', '#64258;°°35#182;ß'],
    ['newline becomes a line break', 'one\ntwo', 'one<br>two'],
    ['carriage return', 'one\r\ntwo', 'one#13;<br>two'],
    ['tab inside', 'a\tb', 'a#9;b'],
    ['other control characters', 'a\u0007\u001b\u007fb', 'a#7;#27;#127;b'],
    ['NUL becomes U+FFFD', 'a\u0000b', 'a#65533;b'],
    ['unpaired surrogates become U+FFFD', 'a\ud800b\udc00', 'a#65533;b#65533;'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a#8232;b#8233;c'],
    ['leading and trailing spaces (Mermaid trims)', '  x  ', '#32; x #32;'],
    ['leading no-break space, trailing BOM', '\u00a0x\ufeff', '#160;x#65279;'],
    ['a single space', ' ', '#32;'],
    ['inner spaces kept', 'a  b', 'a  b'],
    ['brackets, pipes, semicolons, quotes, backslash kept', "[a](b){c}|d;e'f\\g", "[a](b){c}|d;e'f\\g"],
    ['keywords kept (they are inside quotes)', 'end click style', 'end click style'],
    ['edge syntax kept', 'a --> b -.- c', 'a --#gt; b -.- c'],
    ['emoji and scripts kept', '😀 👩‍👩‍👧 שלום مرحبا ‮', '😀 👩‍👩‍👧 שלום مرحبا ‮'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(escapeLabel(input)).toBe(expected);
  });

  it('leaves no raw character that ends a label or starts HTML, an entity or a directive', () => {
    const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join('');
    const escaped = escapeLabel(all).replace(/<br>/g, '');
    expect(escaped).not.toMatch(/["<>&`%:\u0000-\u001f\u007f\u2028\u2029\uFB02\u00B6]/);
    expect(escaped.replace(/#(?:\d+|quot|amp|lt|gt);/g, '')).not.toContain('#');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain text', 'Wells are maintained', 'Wells are maintained'],
    ['dots, dashes, brackets kept', '1.1 - done (2024)', '1.1 - done (2024)'],
    ['table pipe', 'a | b', 'a \\| b'],
    ['emphasis', '*a* _b_ ~c~', '\\*a\\* \\_b\\_ \\~c\\~'],
    ['code', '`x`', '\\`x\\`'],
    ['link and image', '![a](b) [c]', '!\\[a\\](b) \\[c\\]'],
    ['HTML and entity', '<b>&amp;</b>', '\\<b\\>\\&amp;\\</b\\>'],
    ['backslash', 'a\\b', 'a\\\\b'],
    ['maths, emoji code, mention, heading closer', '$x$ :tada: @team #', '\\$x\\$ \\:tada\\: \\@team \\#'],
    ['line breaks', 'a\nb\r\nc\rd', 'a<br>b<br>c<br>d'],
    ['emoji and scripts kept', '😀 שלום', '😀 שלום'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
