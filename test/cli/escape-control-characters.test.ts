import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControlCharacters } from '../../src/cli/escape-control-characters.js';
import { escapingIo } from '../../src/cli/io.js';

describe('escapeControlCharacters', () => {
  const CASES: readonly (readonly [string, string, string])[] = [
    ['plain text', 'Clean water for every village', 'Clean water for every village'],
    ['tab and line feed are layout, kept', 'a\tb\nc', 'a\tb\nc'],
    ['a screen clear (CSI 2J)', 'Goal \u001b[2J', 'Goal \\u001b[2J'],
    ['an OSC-8 hyperlink', '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', '\\u001b]8;;https://evil.example\\u0007click\\u001b]8;;\\u0007'],
    ['a window-title change (OSC 0 ended by ST)', '\u001b]0;pwned\u001b\\', '\\u001b]0;pwned\\u001b\\'],
    ['carriage return, which overwrites the line', 'safe\rEVIL', 'safe\\u000dEVIL'],
    ['NUL, backspace, vertical tab, form feed', '\u0000\b\u000b\f', '\\u0000\\u0008\\u000b\\u000c'],
    ['the unit separator, last of C0', '\u001f', '\\u001f'],
    ['DEL', 'a\u007fb', 'a\\u007fb'],
    ['C1: the one-character CSI U+009B and NEL U+0085', '\u009b31mred\u0085', '\\u009b31mred\\u0085'],
    ['the first and last of C1', '\u0080\u009f', '\\u0080\\u009f'],
    ['space, printable ASCII and U+00A0 just past C1 are kept', ' ~\u00a0', ' ~\u00a0'],
    ['other scripts, emoji and bidi text are kept', 'שלום — مرحبا 😀👩‍👩‍👧 ü', 'שלום — مرحبا 😀👩‍👩‍👧 ü'],
    ['a backslash is kept as it is', 'C:\\data\\u001b', 'C:\\data\\u001b'],
    ['empty', '', ''],
  ];
  for (const [name, input, expected] of CASES) {
    it(name, () => expect(escapeControlCharacters(input)).toBe(expected));
  }

  it('leaves no character a terminal acts on, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeControlCharacters(text);
        expect(escaped).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        // Undoing the escapes gives the text back (where the text had no `\u00xx` of its own).
        if (!/\\u00/.test(text)) expect(escaped.replace(/\\u00([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))).toBe(text);
      }),
    );
  });

  it('keeps JSON text parsing to exactly the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, key) => {
        const json = JSON.stringify({ [key]: value, text: key }, null, 2);
        // The same as the unescaped text parses to (JSON itself turns -0 into 0).
        expect(JSON.parse(escapeControlCharacters(json))).toEqual(JSON.parse(json));
      }),
    );
  });
});

describe('escapingIo', () => {
  it('escapes what goes to standard output and to standard error', () => {
    const written: string[] = [];
    const io = escapingIo({ out: (t) => written.push(`out:${t}`), err: (t) => written.push(`err:${t}`) });
    io.out('\u001b[2Jtitle\n');
    io.err('toc: no node "\u009b6n"\n');
    expect(written).toEqual(['out:\\u001b[2Jtitle\n', 'err:toc: no node "\\u009b6n"\n']);
  });
});
