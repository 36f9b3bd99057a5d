import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/parse-text.js';
import { validate } from '../../src/validate/validate.js';
import { addReadings } from '../../src/readings/add-readings.js';
import { readingsFromCsv } from '../../src/readings/readings-from-csv.js';
import type { ReadingRecord } from '../../src/readings/sheet.js';
import { STRATEGY } from './fixtures.js';

const asi = readFileSync(resolve(import.meta.dirname, '../../examples/anti-slavery-international/asi.yaml'), 'utf8');

/** The lines of `after` with `inserted` (1-based line numbers of `after`) taken out. */
function without(after: string, inserted: readonly number[]): string {
  return after
    .split('\n')
    .filter((_, i) => !inserted.includes(i + 1))
    .join('\n');
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('addReadings: in place', () => {
  it('adds to the ASI example keeping every other line byte for byte: comments, folded text, flow and block lists', () => {
    const csv = '\uFEFFindicator;date;value;note;source title;source url;flags\r\ncountries-with-change;2021-12-31;10;Counted: "ten";Annual review 2021;https://example.org/r;provisional\r\nniger-schools-government-funded;2021-03-31;100;;;;\r\nmauritania-convictions;2020-03-31;12;;;;\r\n';
    const read = readingsFromCsv(csv);
    if (!read.ok) throw new Error('csv');
    const result = addReadings(asi, read.sheet);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    const before = asi.split('\n');
    const after = result.text.split('\n');
    // countries-with-change ends its block list with "- { date: 2020-12-31, value: 9 }", the 7 new lines come after it.
    const end = before.indexOf('      - { date: 2020-12-31, value: 9 }');
    expect(end).toBeGreaterThan(400);
    expect(after.slice(end, end + 10)).toEqual([
      '      - { date: 2020-12-31, value: 9 }',
      '      - date: 2021-12-31',
      '        value: 10',
      '        sources:',
      '          - title: Annual review 2021',
      '            url: https://example.org/r',
      '        flags: [ provisional ]',
      "        note: 'Counted: \"ten\"'",
      '    tags: [illustrative]',
      '    meta: { illustrative: [observations], inferred: [baseline] }',
    ]);
    const inserted = range(end + 2, end + 8);
    // The other two are block lists too; each gets two lines.
    const added = after.map((line, i) => [i + 1, line] as const).filter(([, line]) => line === '      - date: 2021-03-31' || line === '      - date: 2020-03-31');
    expect(added.map(([, line]) => line)).toEqual(['      - date: 2020-03-31', '      - date: 2021-03-31']);
    for (const [n] of added) inserted.push(n, n + 1);
    expect(after.length).toBe(before.length + inserted.length);
    expect(without(result.text, inserted)).toBe(asi);
    expect(validate(parseText(result.text).ok ? (parseText(result.text) as { data: unknown }).data : null).ok).toBe(true);
  });

  it('adds to a flow list before its ], makes a missing list after the targets, and edits a flow-map indicator inside its braces', () => {
    const rows: ReadingRecord[] = [
      { indicator: 'pass-rate', date: '2025-12-31', value: 48 },
      { indicator: 'law-passed', date: '2025-12-31', value: 'no', note: 'Bill read once' },
      { indicator: 'attitude', date: '2025-12-31', value: 'medium' },
      { indicator: 'review', date: '2025-12-31', value: 'Girls enrol in two of five districts', rating: 0.3 },
    ];
    const result = addReadings(STRATEGY, rows);
    expect(result.problems).toEqual([]);
    const expected = STRATEGY.replace('    observations: [{ date: 2025-06-30, value: 45 }]\n', '    observations: [{ date: 2025-06-30, value: 45 }, { date: 2025-12-31, value: 48 }]\n')
      .replace(
        '    targets: [{ date: 2027-12-31, value: true }]\n',
        '    targets: [{ date: 2027-12-31, value: true }]\n    observations:\n      - date: 2025-12-31\n        value: false\n        note: Bill read once\n',
      )
      .replace('targets: [{ date: 2027-12-31, value: high }] }\n', 'targets: [{ date: 2027-12-31, value: high }], observations: [{ date: 2025-12-31, value: medium }] }\n')
      .replace(
        '    targets: [{ date: 2027-12-31, value: Every district enrols girls as boys, rating: 1 }]\n',
        '    targets: [{ date: 2027-12-31, value: Every district enrols girls as boys, rating: 1 }]\n    observations:\n      - date: 2025-12-31\n        value: Girls enrol in two of five districts\n        rating: 0.3\n',
      );
    expect(expected).not.toBe(STRATEGY);
    expect(result.text).toBe(expected);
  });

  it('keeps CRLF line ends and a text without a final line break', () => {
    const crlf = 'title: T\r\nnodes:\r\n  - { kind: goal, id: g, title: G }\r\n  - kind: indicator\r\n    id: n\r\n    title: N\r\n    measures: [g]\r\n    measure: { kind: number }\r\n    observations:\r\n      - { date: 2025-01-01, value: 1 }';
    const result = addReadings(crlf, [{ indicator: 'n', date: '2025-12-31', value: 2 }]);
    expect(result.text).toBe(`${crlf}\r\n      - date: 2025-12-31\r\n        value: 2\r\n`);
  });

  it('changes nothing when a row is bad, and with skipBadRows adds the rest and lists the rows left out', () => {
    const rows: ReadingRecord[] = [
      { indicator: 'enrolled', date: '2025-12-31', value: 200 },
      { indicator: 'enrolled', date: '31/12/2026', value: 250 },
      { indicator: 'pass-rate', date: '2025-12-31', value: 55, 'for sex': '' },
      { indicator: 'pass-rate', date: '2025-12-31', value: 'fifty', 'for sex': 'female' },
    ];
    const refused = addReadings(STRATEGY, rows);
    expect(refused.ok).toBe(false);
    expect(refused.text).toBe(STRATEGY);
    expect(refused.added).toEqual([]);
    expect(refused.problems.map((p) => [p.code, p.rows])).toEqual([
      ['bad-date', [3]],
      ['reading-left-out', [4]],
      ['bad-value', [5]],
    ]);
    const skipped = addReadings(STRATEGY, rows, { skipBadRows: true });
    expect(skipped.ok).toBe(true);
    // Row 4 is the total of the reading whose part (row 5) is bad: the whole reading is left out.
    expect(skipped.skipped).toEqual([3, 4, 5]);
    expect(skipped.added.map((r) => [r.indicator, r.rows])).toEqual([['enrolled', [2]]]);
    expect(skipped.text).toContain('        value: 150 # mid-year count\n      - date: 2025-12-31\n        value: 200\n    note: >-\n');
  });

  it('refuses JSON, and a YAML document with errors, changing nothing', () => {
    const json = JSON.stringify({ title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] });
    const refused = addReadings(json, [{ indicator: 'g', date: '2025-12-31', value: 1 }]);
    expect(refused.ok).toBe(false);
    expect(refused.text).toBe(json);
    expect(refused.problems[0]?.message).toMatch(/^The document is JSON: readings are added in place to YAML only/);
    const broken = addReadings('title: T\nnodes:\n  - { kind: goal, id: g, title: G, contributesTo: [x] }\n', []);
    expect(broken.problems.map((p) => p.code)).toEqual(['invalid-document']);
  });

  it('reads back as the document with the readings, whatever style the list has (generated lists and values)', () => {
    for (const style of ['block', 'flow', 'none', 'empty-flow', 'multi-line-flow'] as const) {
      const list = {
        block: '    observations:\n      - date: 2024-01-01\n        value: 1\n',
        flow: '    observations: [{ date: 2024-01-01, value: 1 }]\n',
        none: '',
        'empty-flow': '    observations: []\n',
        'multi-line-flow': '    observations: [\n      { date: 2024-01-01, value: 1 }, # first\n    ]\n',
      }[style];
      const text = `title: T\nnodes:\n  - { kind: goal, id: g, title: G }\n  - kind: indicator\n    id: n\n    title: N\n    measures: [g]\n    measure: { kind: number }\n${list}    note: "# not a comment"\n`;
      const result = addReadings(text, [{ indicator: 'n', date: '2025-06-30', value: 2.5, note: 'yes: "quoted"' }]);
      expect(result.problems, style).toEqual([]);
      const data = parseText(result.text);
      if (!data.ok) throw new Error(style);
      const node = (data.data as { nodes: { observations: unknown[]; note: string }[] }).nodes[1];
      expect(node?.observations.at(-1), style).toEqual({ date: '2025-06-30', value: 2.5, note: 'yes: "quoted"' });
      expect(node?.note).toBe('# not a comment');
    }
  });
});

describe('addReadings: any text a reading may carry', () => {
  it('writes notes, sources and values that read back exactly, in any list style (property)', async () => {
    const fc = (await import('fast-check')).default;
    const styles = ['    observations:\n      - { date: 2024-01-01, value: 1 }\n', '    observations: [{ date: 2024-01-01, value: 1 }]\n', '', '    observations: []\n'];
    fc.assert(
      fc.property(
        fc.constantFrom(...styles),
        fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => s.trim() !== '' && s === s.trim() && !/[\u0000-\u001f\u007f-\u009f\ufeff]/.test(s)),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (list, note, value) => {
          const text = `title: T\nnodes:\n  - { kind: goal, id: g, title: G }\n  - kind: indicator\n    id: n\n    title: N\n    measures: [g]\n    measure: { kind: number }\n${list}    tags: [x]\n`;
          const result = addReadings(text, [{ indicator: 'n', date: '2025-06-30', value: String(value), note, 'source title': note }]);
          expect(result.problems).toEqual([]);
          const data = parseText(result.text);
          if (!data.ok) throw new Error('unreadable');
          const node = (data.data as { nodes: { observations: unknown[] }[] }).nodes[1];
          expect(node?.observations.at(-1)).toEqual({ date: '2025-06-30', value: Object.is(value, -0) ? 0 : value, sources: [{ title: note }], note });
        },
      ),
      { numRuns: 150 },
    );
  });
});
