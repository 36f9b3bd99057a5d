/**
 * Warnings the readings bring (found by validating the document with them)
 * carry the spreadsheet rows they come from and, once added, their line and
 * column in the new text; warnings the document had already are not repeated.
 * Positions are counted by hand in the text addReadings writes (two block
 * observations of two lines each go in above the pumps indicator).
 */
import { describe, expect, it } from 'vitest';
import { addReadings } from '../../src/readings/add-readings.js';
import { checkReadings } from '../../src/readings/check-readings.js';
import { readingsFromCsv } from '../../src/readings/readings-from-csv.js';
import { parseText } from '../../src/parse/parse-text.js';
import type { TheoryOfChangeDocument } from '../../src/document/types.js';

/** Wells already has two observations of 2025-06-30 (a duplicate-reading warning of its own, at nodes[1].observations[0]). */
const WELLS = `title: Wells
nodes:
  - { kind: goal, id: g, title: Water }
  - kind: indicator
    id: wells
    title: Wells working
    measure: { kind: number }
    measures: [g]
    baseline: { date: 2024-12-31, value: 100 }
    targets: [{ date: 2027-12-31, value: 300 }]
    observations:
      - { date: 2025-06-30, value: 150 }
      - { period: { start: 2025-01-01, end: 2025-06-30 }, value: 150 }
  - kind: indicator
    id: pumps
    title: Pumps
    measure: { kind: number }
    measures: [g]
    baseline: { date: 2024-12-31, value: 10 }
    targets: [{ date: 2027-12-31, value: 30 }]
`;

const CSV = 'indicator,kind,date,value\nwells,observation,2025-12-31,200\npumps,target,2026-12-31,5\nwells,observation,2026-06-30,210\n';

function sheet(csv: string) {
  const read = readingsFromCsv(csv);
  if (!read.ok) throw new Error('unreadable test sheet');
  return read.sheet;
}

describe('warnings of added readings', () => {
  it('name the row of the reading that caused them and, once added, where they are in the new text', () => {
    const result = addReadings(WELLS, sheet(CSV));
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        code: 'target-wrong-side',
        severity: 'warning',
        path: ['nodes', 2, 'targets', 1, 'value'],
        ids: ['pumps'],
        message: 'Indicator "pumps" should increase, but its target of 2026-12-31 (5) is below its baseline (10).',
        rows: [3],
        position: { line: 24, column: 68 },
      },
    ]);
    expect(result.text.split('\n')[23]).toBe('    targets: [{ date: 2027-12-31, value: 30 }, { date: 2026-12-31, value: 5 }]');
  });

  it('checkReadings gives the rows too, without a position (nothing is written)', () => {
    const parsed = parseText(WELLS, 'doc', { format: 'yaml' });
    if (!parsed.ok) throw new Error('unreadable test document');
    const check = checkReadings(parsed.data as TheoryOfChangeDocument, sheet(CSV));
    expect(check.warnings.map((w) => [w.code, w.rows, w.position])).toEqual([['target-wrong-side', [3], undefined]]);
  });

  it('do not repeat a warning the document had already', () => {
    const result = addReadings(WELLS, sheet('indicator,date,value\nwells,2025-12-31,200\n'));
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('give every row of a reading made of several rows', () => {
    const csv = 'indicator,kind,date,value,for sex\npumps,target,2026-12-31,5,\npumps,target,2026-12-31,2,female\npumps,target,2026-12-31,3,male\n';
    const doc = WELLS.replace("    title: Pumps\n", "    title: Pumps\n    dimensions: { sex: [female, male] }\n");
    const result = addReadings(doc, sheet(csv));
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.rows])).toEqual([['target-wrong-side', [2, 3, 4]]]);
  });
});
