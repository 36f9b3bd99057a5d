import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/report/format-table.js';
import { wrapCell } from '../../src/report/wrap-cell.js';

describe('wrapCell', () => {
  it('breaks between words, each line under the first word of the text', () => {
    expect(wrapCell('  Duty bearers are responsive', 16)).toEqual(['  Duty bearers', '  are responsive']);
    expect(wrapCell('short', 16)).toEqual(['short']);
  });

  it('keeps the * of illustrative figures with the word before it', () => {
    expect(wrapCell('Laws are passed *', 15)).toEqual(['Laws are', 'passed *']);
  });

  it('breaks a word longer than a line inside it, and cuts past maxLines with …', () => {
    expect(wrapCell('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapCell('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapCell('aaaa bbbb cccc', 4, 2)).toEqual(['aaaa', 'bbb…']);
  });

  it('never writes a line wider than asked, and loses no word when not cut', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z,*]{1,12}$/), { maxLength: 20 }), fc.integer({ min: 9, max: 40 }), (words, width) => {
        const lines = wrapCell(words.join(' '), width);
        for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
      }),
    );
  });
});

describe('formatTable', () => {
  const columns = [{ heading: 'Ref', optional: true }, { heading: 'Title', wrap: { minWidth: 8 } }, { heading: 'Share', align: 'right' as const }];

  it('lays rows out one line each without a width', () => {
    expect(formatTable(columns, [['1', 'Wells are maintained', '42%']])).toBe(
      ['Ref  Title                 Share', '───  ────────────────────  ─────', '1    Wells are maintained    42%'].join('\n'),
    );
  });

  it('narrows the wrapping column to fit the width; the number stays whole on the first line', () => {
    // Ref 3 + Share 5 + two gaps of 2 = 12: a width of 24 leaves the title 12.
    expect(formatTable(columns, [['1', 'Wells are maintained', '42%']], { width: 24 }).split('\n')).toEqual([
      'Ref  Title         Share',
      '───  ────────────  ─────',
      '1    Wells are       42%',
      '     maintained',
    ]);
  });

  it('stops at the least width rather than cut a number, and leaves out an optional column with no text', () => {
    const lines = formatTable(columns, [['', 'Wells are maintained', '100,000,000%']], { width: 10 }).split('\n');
    // The title at its least width, 8: "maintained" (10) is broken inside.
    expect(lines).toEqual(['Title            Share', '────────  ────────────', 'Wells     100,000,000%', 'are', 'maintain', 'ed']);
  });

  it('takes a cell of several lines, and spaces rows apart when asked', () => {
    const table = formatTable(
      [{ heading: 'Value' }, { heading: 'N' }],
      [
        [['0 laws', '2020-01-01'], '1'],
        ['5 laws', '2'],
      ],
      { spaced: true },
    );
    expect(table.split('\n')).toEqual(['Value       N', '──────────  ─', '0 laws      1', '2020-01-01', '', '5 laws      2']);
  });
});
