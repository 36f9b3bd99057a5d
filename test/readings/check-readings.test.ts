import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/parse-text.js';
import type { TheoryOfChangeDocument } from '../../src/document/types.js';
import { checkReadings } from '../../src/readings/check-readings.js';
import { formatReadingProblems } from '../../src/readings/reading-problems.js';
import type { ReadingsSheet } from '../../src/readings/sheet.js';
import { loadModel } from '../../src/validate/load-model.js';
import { STRATEGY } from './fixtures.js';

const parsed = parseText(STRATEGY);
if (!parsed.ok) throw new Error('fixture');
const doc = parsed.data as TheoryOfChangeDocument;

/** A sheet from rows of text, the header first: row numbers as a spreadsheet shows them. */
function sheet(header: string[], ...rows: (string | number | boolean | Date | null)[][]): ReadingsSheet {
  return { columns: header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

const lines = (check: ReturnType<typeof checkReadings>): string => formatReadingProblems(check.problems, 'r.csv');

describe('checkReadings: a bad row in each column', () => {
  const header = ['indicator', 'kind', 'date', 'period start', 'period end', 'value', 'numerator', 'denominator', 'rating', 'for sex', 'note', 'source title', 'source url', 'flags'];

  it('names the row, the column letter and name, and what to write instead', () => {
    const check = checkReadings(
      doc,
      sheet(
        header,
        ['enroled', '', '2025-12-31', '', '', 160, '', '', '', '', '', '', '', ''],
        ['enrolled', 'forecast', '2025-12-31', '', '', 160, '', '', '', '', '', '', '', ''],
        ['enrolled', '', '31/12/2025', '', '', 160, '', '', '', '', '', '', '', ''],
        ['enrolled', '', '', '2025-01-01', '', 160, '', '', '', '', '', '', '', ''],
        ['enrolled', '', '2025-12-31', '', '', '12,5', '', '', '', '', '', '', '', ''],
        ['pass-rate', '', '2025-12-31', '', '', 120, '', '', '', '', '', '', '', ''],
        ['pass-rate', '', '2026-06-30', '', '', '', '30', '4O', '', '', '', '', '', ''],
        ['enrolled', '', '2026-06-30', '', '', 20, '', '', '', 'girls', '', '', '', ''],
        ['law-passed', '', '2025-12-31', '', '', 'maybe', '', '', '', '', '', '', '', ''],
        ['attitude', '', '2025-12-31', '', '', 'medum', '', '', '', '', '', '', '', ''],
        ['enrolled', '', '2027-06-30', '', '', 200, '', '', '', '', '', '', '', 'provisonal'],
        ['enrolled', '', '2027-03-31', '', '', 190, '', '', '', '', '', '', 'https://example.org/count', ''],
        ['review', '', '2025-12-31', '', '', 'Two districts enrol girls', '', '', '1.5', '', '', '', '', ''],
        ['enrolled', '', '', '', '', '', '', '', '', '', 'a note only', '', '', ''],
      ),
    );
    expect(lines(check).split('\n')).toEqual([
      'r.csv row 2, column A (indicator): The document has no indicator "enroled". Did you mean "enrolled"?',
      'r.csv row 3, column B (kind): "forecast" is not a kind of reading: write observation (or leave it empty) or target.',
      'r.csv row 4, column C (date): "31/12/2025" is not a date written year-month-day. Write it as 2025-12-31.',
      'r.csv row 5, column E (period end): The period has a start but no end: give both its first and its last day.',
      'r.csv row 6, column F (value): "12,5" has a decimal comma: write it 12.5 (numbers are written with a point).',
      'r.csv row 7, column F (value): 120 does not fit: a percentage must lie between 0 and 100.',
      'r.csv row 8, column H (denominator): "4O" is not a number. Write it with a point for decimals, like 12.5.',
      'r.csv row 9, column J (for sex): "girls" is not a category of sex for indicator "enrolled": they are female, male.',
      'r.csv row 10, column F (value): "maybe" is not yes or no: this indicator records yes/no.',
      'r.csv row 11, column F (value): "medum" is not one of this indicator\'s levels ("low", "medium", "high"). Did you mean "medium"?',
      'r.csv row 12, column N (flags): "provisonal" is not a flag: the flags are illustrative, estimated, provisional. Did you mean "provisional"?',
      'r.csv row 13, column L (source title): The source https://example.org/count has no title: write the document\'s title in "source title" too.',
      'r.csv row 14, column I (rating): The rating 1.5 is not between 0 and 1 (0: as at the baseline, 1: achieved).',
      'r.csv row 15, column C (date): The reading has no date: write when the value held (2025-12-31), or the period it covers in "period start" and "period end".',
      'r.csv row 15, column F (value): The value is empty: write what was measured (or aimed for).',
    ]);
    expect(check.readings).toEqual([]);
    expect(check.badRows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(check.fatal).toBe(false);
  });

  it('refuses an unknown column, with the column it most likely means, before reading any row', () => {
    const check = checkReadings(doc, sheet(['indicator', 'date', 'valeu'], ['enrolled', '2025-12-31', 160]));
    expect(check.fatal).toBe(true);
    expect(check.problems).toEqual([
      expect.objectContaining({ code: 'unknown-column', rows: [1], column: 'C', columnName: 'valeu', message: expect.stringMatching(/^"valeu" is not a column of a readings sheet\. Did you mean "value"\?/) }),
    ]);
  });

  it('needs an indicator column, and takes the header in any case and spacing', () => {
    expect(checkReadings(doc, sheet(['date', 'value'], ['2025-12-31', 1])).problems[0]?.code).toBe('missing-column');
    const check = checkReadings(doc, sheet(['Indicator', 'DATE', 'Value', 'Source_Title', 'For Sex'], ['enrolled', '2025-12-31', 160, 'Term report', '']));
    expect(check.problems).toEqual([]);
    expect(check.readings[0]?.reading).toEqual({ date: '2025-12-31', value: 160, sources: [{ title: 'Term report' }] });
  });
});

describe('checkReadings: readings from rows', () => {
  it('makes one reading of a total row and a row per category, the parts in the declared order of categories', () => {
    const check = checkReadings(
      doc,
      sheet(['indicator', 'date', 'value', 'for sex', 'for age', 'note', 'flags'], ['enrolled', '2025-12-31', 90, 'male', '', '', ''], ['enrolled', '2025-12-31', 200, '', '', 'End of year count', 'provisional, estimated'], ['enrolled', '2025-12-31', 110, 'female', '', '', '']),
    );
    expect(check.problems).toEqual([]);
    expect(check.readings).toEqual([
      {
        indicator: 'enrolled',
        kind: 'observation',
        rows: [2, 3, 4],
        reading: { date: '2025-12-31', value: 200, breakdown: [{ for: { sex: 'female' }, value: 110 }, { for: { sex: 'male' }, value: 90 }], flags: ['estimated', 'provisional'], note: 'End of year count' },
      },
    ]);
  });

  it('puts the validator’s findings on the rows they come from: parts that do not add up to the total', () => {
    const check = checkReadings(doc, sheet(['indicator', 'date', 'value', 'for sex'], ['enrolled', '2025-12-31', 200, ''], ['enrolled', '2025-12-31', 110, 'female'], ['enrolled', '2025-12-31', 80, 'male']));
    expect(check.readings).toEqual([]);
    expect(check.badRows).toEqual([2, 3, 4]);
    expect(check.problems).toEqual([expect.objectContaining({ code: 'breakdown-mismatch', rows: [2, 3, 4], indicator: 'enrolled' })]);
    // 110 + 80 = 190, not 200.
    expect(check.problems[0]?.message).toContain('190');
  });

  it('finds two rows for the same part, rows that give a reading different notes, and a reading the document already has', () => {
    const check = checkReadings(
      doc,
      sheet(
        ['indicator', 'kind', 'date', 'value', 'for sex', 'note'],
        ['pass-rate', '', '2026-06-30', 50, 'female', ''],
        ['pass-rate', '', '2026-06-30', 52, 'female', ''],
        ['enrolled', '', '2026-12-31', 250, '', 'Year end'],
        ['enrolled', '', '2026-12-31', 130, 'female', 'Year-end'],
        ['enrolled', '', '2025-06-30', 150, '', ''],
      ),
    );
    expect(check.problems.map((p) => [p.code, p.rows, p.message])).toEqual([
      ['duplicate-row', [2, 3], 'Rows 2 and 3 both give the part for sex female of the observation of 2026-06-30 of indicator "pass-rate": keep one.'],
      ['rows-disagree', [4, 5], 'Rows 4 and 5 give different notes for the observation of 2026-12-31 of indicator "enrolled": a reading has one; write it on one of its rows.'],
      ['already-recorded', [6], 'The document already has the observation of 2025-06-30 of indicator "enrolled" (150): change it in the document, or leave these rows out.'],
    ]);
  });

  it('reads dates as spreadsheet date cells (UTC midnight) and text, periods, yes/no, levels in any case, percentages as counts', () => {
    const check = checkReadings(
      loadModel(doc),
      sheet(
        ['indicator', 'kind', 'date', 'period start', 'period end', 'value', 'numerator', 'denominator', 'rating', 'source title', 'source url'],
        ['law-passed', '', new Date(Date.UTC(2026, 2, 31)), null, null, 'Yes', null, null, null, null, null],
        ['attitude', 'Target', '2026-12-31', null, null, 'MEDIUM', null, null, null, null, null],
        ['pass-rate', '', null, '2025-09-01', new Date(Date.UTC(2026, 5, 30)), null, 30, 40, null, 'Exam board results', 'https://example.org/exams'],
        ['review', '', '2025-12-31T00:00:00', null, null, 'Two districts enrol girls as boys', null, null, 0.4, null, null],
      ),
    );
    expect(check.problems).toEqual([]);
    expect(check.readings.map((r) => [r.indicator, r.kind, r.reading])).toEqual([
      ['pass-rate', 'observation', { period: { start: '2025-09-01', end: '2026-06-30' }, numerator: 30, denominator: 40, sources: [{ title: 'Exam board results', url: 'https://example.org/exams' }] }],
      ['law-passed', 'observation', { date: '2026-03-31', value: true }],
      ['attitude', 'target', { date: '2026-12-31', value: 'medium' }],
      ['review', 'observation', { date: '2025-12-31', value: 'Two districts enrol girls as boys', rating: 0.4 }],
    ]);
  });

  it('takes 48% for a percentage, not for a number; a part for two dimensions at once', () => {
    const check = checkReadings(doc, [
      { indicator: 'pass-rate', date: '2026-06-30', value: '48%' },
      { indicator: 'enrolled', date: '2026-06-30', value: '48%' },
      { indicator: 'enrolled', date: '2026-12-31', value: 40, 'for sex': 'female', 'for age': 'over-12' },
      { indicator: 'enrolled', date: '2026-12-31', value: 100 },
    ]);
    expect(check.readings.map((r) => [r.indicator, r.reading])).toEqual([
      ['enrolled', { date: '2026-12-31', value: 100, breakdown: [{ for: { sex: 'female', age: 'over-12' }, value: 40 }] }],
      ['pass-rate', { date: '2026-06-30', value: 48 }],
    ]);
    expect(formatReadingProblems(check.problems)).toBe('row 3, column C (value): "48%" is not a number. Write it with a point for decimals, like 12.5.');
  });

  it('takes rows as plain objects, as a tool with its own database gives them (the first is row 2)', () => {
    const check = checkReadings(doc, [
      { indicator: 'enrolled', date: '2026-06-30', value: 210 },
      { indicator: 'enrolled', date: '2026-12-31', value: '1,250' },
    ]);
    expect(check.readings.map((r) => r.reading)).toEqual([{ date: '2026-06-30', value: 210 }]);
    expect(formatReadingProblems(check.problems)).toBe(
      'row 3, column C (value): "1,250" has a comma: write 1250 if it is thousands, or 1.250 if the comma is a decimal comma (numbers are written with a point, without separators).',
    );
  });

  it('leaves template rows that were not filled in alone', () => {
    const check = checkReadings(doc, sheet(['indicator', 'title', 'for sex', 'date', 'value'], ['enrolled', 'Enfants', '', '', ''], ['enrolled', 'Enfants', 'female', '', '']));
    expect(check).toEqual({ readings: [], problems: [], badRows: [], fatal: false, warnings: [] });
  });

  it('refuses a document with errors', () => {
    const check = checkReadings({ title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G', contributesTo: ['x'] }] } as unknown as TheoryOfChangeDocument, []);
    expect(check.fatal).toBe(true);
    expect(check.problems[0]?.code).toBe('invalid-document');
  });

  it('gives the same readings and problems whatever the order of the rows', () => {
    const rows: (string | number)[][] = [
      ['enrolled', '2025-12-31', 200, ''],
      ['enrolled', '2025-12-31', 110, 'female'],
      ['enrolled', '2025-12-31', 90, 'male'],
      ['pass-rate', '2026-06-30', 55, ''],
      ['attitude', '2026-12-31', 'medium', ''],
      ['enrolled', '2026-12-31', 'x', ''],
      ['law-passed', '2026-12-31', 'no', ''],
    ];
    const header = ['indicator', 'date', 'value', 'for sex'];
    const strip = (check: ReturnType<typeof checkReadings>) => ({ readings: check.readings.map((r) => [r.indicator, r.reading]), problems: check.problems.map((p) => p.message) });
    const expected = strip(checkReadings(doc, sheet(header, ...rows)));
    expect(expected.readings.map((r) => r[0])).toEqual(['enrolled', 'pass-rate', 'law-passed', 'attitude']);
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        expect(strip(checkReadings(doc, sheet(header, ...shuffled)))).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
