import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import type { TheoryOfChangeDocument } from '../../src/document/types.js';
import { parseText } from '../../src/parse/parse-text.js';
import { addReadings } from '../../src/readings/add-readings.js';
import { readingsFromCsv } from '../../src/readings/readings-from-csv.js';
import { readingsFromXlsx } from '../../src/readings/readings-from-xlsx.js';
import { readingsTemplate } from '../../src/readings/readings-template.js';
import { loadModel } from '../../src/validate/load-model.js';
import { STRATEGY } from './fixtures.js';

const parsed = parseText(STRATEGY);
if (!parsed.ok) throw new Error('fixture');
const doc = parsed.data as TheoryOfChangeDocument;

const HEADER = ['indicator', 'title', 'unit', 'measure', 'kind', 'date', 'period start', 'period end', 'value', 'numerator', 'denominator', 'rating', 'for sex', 'for age', 'note', 'source title', 'source url', 'flags'];

describe('readingsTemplate', () => {
  it('lists every indicator, then a row per category of each of its dimensions, as CSV with a BOM', async () => {
    const csv = await readingsTemplate(doc, 'csv');
    expect(csv.startsWith('\uFEFFindicator,title,unit,measure,kind,date,')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(HEADER);
    const blank = (n: number) => Array<string>(n).fill('');
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[12], r[13]])).toEqual([
      ['enrolled', 'Enfants scolarisés – Ñandú 日本', 'children', 'number', '', ''],
      ['enrolled', 'Enfants scolarisés – Ñandú 日本', 'children', 'number', 'female', ''],
      ['enrolled', 'Enfants scolarisés – Ñandú 日本', 'children', 'number', 'male', ''],
      ['enrolled', 'Enfants scolarisés – Ñandú 日本', 'children', 'number', '', 'under-12'],
      ['enrolled', 'Enfants scolarisés – Ñandú 日本', 'children', 'number', '', 'over-12'],
      ['pass-rate', 'Pass rate', '', 'percentage (0–100)', '', ''],
      ['pass-rate', 'Pass rate', '', 'percentage (0–100)', 'female', ''],
      ['pass-rate', 'Pass rate', '', 'percentage (0–100)', 'male', ''],
      ['law-passed', 'The education law is passed', '', 'yes/no', '', ''],
      ['attitude', "Parents back girls' schooling", '', 'one of: low; medium; high', '', ''],
      ['review', 'Annual review', '', 'a written finding, with a rating from 0 to 1', '', ''],
    ]);
    // The columns to fill are empty.
    expect(rows.slice(1).every((r) => [...r.slice(4, 12), ...r.slice(14)].join('') === blank(12).join(''))).toBe(true);
  });

  it('leaves out numerator, denominator and rating when no indicator takes them, and writes a formula-like title as text', async () => {
    const csv = await readingsTemplate(
      loadModel({ title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G' }, { kind: 'indicator', id: 'n', title: '=HYPERLINK("http://x")', measures: ['g'], measure: { kind: 'number' } }] }),
      'csv',
    );
    expect(csv).toBe('\uFEFFindicator,title,unit,measure,kind,date,period start,period end,value,note,source title,source url,flags\nn,"\'=HYPERLINK(""http://x"")",,number,,,,,,,,,\n');
  });

  it('writes a workbook: the Readings sheet, bold frozen header, and a Columns sheet saying what each column holds', async () => {
    const bytes = await readingsTemplate(doc, 'xlsx');
    const sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(sheets.map((s) => s.sheet)).toEqual(['Readings', 'Columns']);
    expect(sheets[0]?.data[0]).toEqual(HEADER);
    expect(sheets[0]?.data[1]?.slice(0, 4)).toEqual(['enrolled', 'Enfants scolarisés – Ñandú 日本', 'children', 'number']);
    const columns = new Map((sheets[1]?.data ?? []).map((r) => [r[0], r[1]]));
    expect(columns.get('for sex')).toBe('The sex category a row\'s value is for (female, male): a row per category gives the reading\'s breakdown; the row with every "for" cell empty gives its total.');
    expect([...columns.keys()]).toEqual(['column', ...HEADER.slice(0, 12), 'for sex', 'for age', 'note', 'source title', 'source url', 'flags']);
    const { unzipSync, strFromU8 } = await import('fflate');
    const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(sheetXml).toContain('state="frozen"');
  });

  it('round trip: the workbook filled in and saved by a spreadsheet library (date cells) goes into the document', async () => {
    const bytes = await readingsTemplate(doc, 'xlsx');
    const [sheet] = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const rows = (sheet?.data ?? []).map((r) => [...r]);
    const at = (name: string) => HEADER.indexOf(name);
    // Fill the enrolled total and its two sex parts, and the law; leave the rest as they are.
    const fill = (row: number, values: Record<string, string | number | boolean | Date>) => {
      for (const [column, value] of Object.entries(values)) (rows[row] as unknown[])[at(column)] = value;
    };
    const day = new Date(Date.UTC(2025, 11, 31));
    fill(1, { date: day, value: 230, note: 'Année scolaire – fin', 'source title': 'Rapport du district', 'source url': 'https://example.org/rapport' });
    fill(2, { date: day, value: 120 });
    fill(3, { date: day, value: 110 });
    fill(9, { date: day, value: true, flags: 'provisional' });
    const saved = await writeXlsxFile(rows as never, { sheet: 'Readings', dateFormat: 'dd/mm/yyyy' }).toBlob();
    const read = await readingsFromXlsx(new Uint8Array(await saved.arrayBuffer()));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const result = addReadings(STRATEGY, read.sheet);
    expect(result.problems).toEqual([]);
    expect(result.added.map((r) => [r.indicator, r.rows])).toEqual([
      ['enrolled', [2, 3, 4]],
      ['law-passed', [10]],
    ]);
    expect(result.text).toContain(
      [
        '        value: 150 # mid-year count',
        '      - date: 2025-12-31',
        '        value: 230',
        '        breakdown:',
        '          - for: { sex: female }',
        '            value: 120',
        '          - for: { sex: male }',
        '            value: 110',
        '        sources:',
        '          - title: Rapport du district',
        '            url: https://example.org/rapport',
        '        note: Année scolaire – fin',
        '    note: >-',
      ].join('\n'),
    );
    expect(result.text).toContain('    targets: [{ date: 2027-12-31, value: true }]\n    observations:\n      - date: 2025-12-31\n        value: true\n        flags: [ provisional ]\n');
  });

  it('round trip: the CSV template filled in and saved with ";" by a European spreadsheet', async () => {
    const csv = await readingsTemplate(doc, 'csv');
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const pass = rows.findIndex((r) => r[0] === 'pass-rate' && r[12] === '');
    (rows[pass] as string[])[HEADER.indexOf('period start')] = '2025-01-01';
    (rows[pass] as string[])[HEADER.indexOf('period end')] = '2025-12-31';
    (rows[pass] as string[])[HEADER.indexOf('numerator')] = '52';
    (rows[pass] as string[])[HEADER.indexOf('denominator')] = '100';
    const saved = `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n`;
    const read = readingsFromCsv(saved);
    if (!read.ok) throw new Error('csv');
    const result = addReadings(STRATEGY, read.sheet);
    expect(result.problems).toEqual([]);
    expect(result.text).toContain('    observations: [{ date: 2025-06-30, value: 45 }, { period: { start: 2025-01-01, end: 2025-12-31 }, numerator: 52, denominator: 100 }]\n');
  });
});
