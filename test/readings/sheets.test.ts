import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { readingsFromCsv } from '../../src/readings/readings-from-csv.js';
import { readingsFromXlsx } from '../../src/readings/readings-from-xlsx.js';
import { addReadings } from '../../src/readings/add-readings.js';
import { formatReadingProblems } from '../../src/readings/reading-problems.js';
import { STRATEGY } from './fixtures.js';

async function xlsx(data: SheetData, sheet = 'Readings'): Promise<Uint8Array> {
  const blob = await writeXlsxFile(data, { sheet, dateFormat: 'dd/mm/yyyy' }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

describe('readingsFromCsv', () => {
  it('reads CSV as a European spreadsheet saves it: a BOM, ";", CRLF, a quoted cell over two lines; rows numbered as the spreadsheet shows them', () => {
    const text = '\uFEFFindicator;date;value;note\r\nenrolled;2025-12-31;200;"Two lines;\r\nof note"\r\n\r\npass-rate;31/12/2025;12,5;\r\n';
    const read = readingsFromCsv(text);
    expect(read).toEqual({
      ok: true,
      sheet: {
        columns: ['indicator', 'date', 'value', 'note'],
        rows: [
          { row: 2, cells: ['enrolled', '2025-12-31', '200', 'Two lines;\r\nof note'] },
          // Row 3 is empty; the multi-line cell of row 2 does not shift the numbers.
          { row: 4, cells: ['pass-rate', '31/12/2025', '12,5', ''] },
        ],
      },
    });
  });

  it('finds commas and tabs, and takes a delimiter when told', () => {
    const comma = readingsFromCsv(Papa.unparse([['indicator', 'date', 'value'], ['enrolled', '2025-12-31', '1']]));
    expect(comma.ok && comma.sheet.rows[0]?.cells).toEqual(['enrolled', '2025-12-31', '1']);
    const tab = readingsFromCsv('indicator\tdate\tvalue\nenrolled\t2025-12-31\t1\n');
    expect(tab.ok && tab.sheet.columns).toEqual(['indicator', 'date', 'value']);
    const told = readingsFromCsv('indicator|date\nenrolled|2025-12-31\n', { delimiter: '|' });
    expect(told.ok && told.sheet.rows[0]?.cells).toEqual(['enrolled', '2025-12-31']);
  });

  it('refuses an empty text and a quote left open, saying where', () => {
    expect(readingsFromCsv('')).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'unreadable-sheet', rows: [] })] });
    const open = readingsFromCsv('indicator,note\nenrolled,"never closed\nmore,text\n');
    expect(open.ok).toBe(false);
    expect(!open.ok && formatReadingProblems(open.problems, 'r.csv')).toBe(
      'r.csv row 2: Row 2 opens a quoted cell (") that is never closed, so the rest of the file would be read as one cell. Close the quote, or remove it.',
    );
  });
});

describe('readingsFromXlsx', () => {
  it('reads a workbook written by write-excel-file: real date cells, text dates, numbers, yes/no, non-ASCII text', async () => {
    const bytes = await xlsx([
      [{ value: 'indicator', fontWeight: 'bold' as const }, 'date', 'value', 'note'],
      ['enrolled', new Date(Date.UTC(2025, 11, 31)), 200, 'Enfants scolarisés – Ñandú 日本'],
      [null, null, null, null],
      ['law-passed', '31/12/2025', true, null],
    ]);
    const read = await readingsFromXlsx(bytes);
    expect(read).toEqual({
      ok: true,
      sheet: {
        columns: ['indicator', 'date', 'value', 'note'],
        rows: [
          { row: 2, cells: ['enrolled', new Date('2025-12-31T00:00:00Z'), 200, 'Enfants scolarisés – Ñandú 日本'] },
          { row: 4, cells: ['law-passed', '31/12/2025', true, null] },
        ],
      },
    });
    // Checked against the document: the date cell is fine, the text date is not.
    const result = addReadings(STRATEGY, read.ok ? read.sheet : { columns: [], rows: [] });
    expect(formatReadingProblems(result.problems, 'r.xlsx')).toBe('r.xlsx row 4, column B (date): "31/12/2025" is not a date written year-month-day. Write it as 2025-12-31.');
  });

  it('reads the sheet called Readings, else the first, or the one named; an ArrayBuffer as well', async () => {
    const bytes = await xlsx([['indicator'], ['enrolled']], 'Données');
    const read = await readingsFromXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(read.ok && read.sheet.columns).toEqual(['indicator']);
    const missing = await readingsFromXlsx(bytes, { sheet: 'Readings' });
    expect(!missing.ok && missing.problems[0]?.message).toBe('The workbook has no sheet called "Readings"; its sheets are "Données".');
  });

  it('refuses a file that is not a workbook', async () => {
    const notZip = await readingsFromXlsx(strToU8('indicator,date\n'));
    expect(!notZip.ok && notZip.problems[0]?.code).toBe('unreadable-sheet');
    const zipOfText = await readingsFromXlsx(zipSync({ 'hello.txt': strToU8('hello') }));
    expect(!zipOfText.ok && zipOfText.problems[0]?.code).toBe('unreadable-sheet');
  });

  it('refuses a zip bomb in a moment (read-excel-file alone ran 4 minutes on one, then crashed), before any reader sees it', async () => {
    // 32 MiB of spaces as the sheet, deflated to about 32 kB.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, data) => {
      if (error !== null) throw error;
      chunks.push(data);
    });
    const file = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
    zip.add(file);
    const mib = new Uint8Array(1 << 20).fill(32);
    for (let i = 0; i < 32; i++) file.push(mib, false);
    file.push(new Uint8Array(0), true);
    zip.end();
    const bomb = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      bomb.set(c, at);
      at += c.length;
    }
    expect(bomb.length).toBeLessThan(200_000);
    const started = performance.now();
    const read = await readingsFromXlsx(bomb, { maxUnzippedSize: 4 * 1024 * 1024 });
    expect(performance.now() - started).toBeLessThan(500);
    expect(read).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'sheet-too-large', rows: [] })] });
    expect(!read.ok && read.problems[0]?.message).toMatch(/^The XLSX file unzips to more than the 4 MiB allowed, so none of it is read\./);

    // The same bomb whose directory lies about the size (says 1 kB): caught while inflating, at the limit.
    const lying = bomb.slice();
    const view = new DataView(lying.buffer);
    for (let i = 0; i + 4 <= lying.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x02014b50) view.setUint32(i + 24, 1024, true); // central directory: uncompressed size
      if (signature === 0x08074b50) view.setUint32(i + 12, 1024, true); // data descriptor: uncompressed size
    }
    const started2 = performance.now();
    const caught = await readingsFromXlsx(lying, { maxUnzippedSize: 4 * 1024 * 1024 });
    expect(performance.now() - started2).toBeLessThan(3000);
    expect(!caught.ok && caught.problems[0]?.code).toMatch(/^(sheet-too-large|unreadable-sheet)$/);
  });
});
