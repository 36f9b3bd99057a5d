import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortenText, wrapText } from '../../src/mermaid/wrap-text.js';

const words = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('', ' ', '\n', '😀😀')), { maxLength: 12 })
  .map((parts) => parts.join(' '));

describe('wrapText', () => {
  it.each([
    ['Governments enact and enforce laws', 16, 'Governments\nenact and\nenforce laws'],
    ['short', 10, 'short'],
    ['Antidisestablishmentarianism rules', 10, 'Antidisestablishmentarianism\nrules'],
    ['keeps\nnewlines here', 20, 'keeps\nnewlines here'],
    ['a  b', 1, 'a\n\nb'],
  ])('%j at %i', (text, width, expected) => {
    expect(wrapText(text, width)).toBe(expected);
  });

  it('only turns spaces into newlines, and keeps lines within the width unless a word is longer', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 40 }), (text, width) => {
        const wrapped = wrapText(text, width);
        expect(wrapped.replace(/\n/g, ' ')).toBe(text.replace(/\n/g, ' '));
        for (const line of wrapped.split('\n')) {
          if (line.includes(' ')) expect(Array.from(line).length).toBeLessThanOrEqual(width);
        }
      }),
    );
  });
});

describe('shortenText', () => {
  it.each([
    ['Governments enact and enforce laws', 20, 'Governments enact…'],
    ['Governments enact and enforce laws', 30, 'Governments enact and enforce…'],
    ['Antidisestablishmentarianism', 10, 'Antidises…'],
    ['short', 10, 'short'],
    ['😀😀😀😀😀', 3, '😀😀…'],
  ])('%j to %i', (text, max, expected) => {
    expect(shortenText(text, max)).toBe(expected);
  });

  it('never exceeds the length asked for, and keeps the start', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 2, max: 40 }), (text, max) => {
        const short = shortenText(text, max);
        expect(Array.from(short).length).toBeLessThanOrEqual(max);
        if (short !== text) expect(text.startsWith(short.slice(0, -1))).toBe(true);
      }),
    );
  });
});
