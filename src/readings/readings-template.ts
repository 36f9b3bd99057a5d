import Papa from 'papaparse';
import type { IndicatorDocument, Measure, TheoryOfChangeDocument } from '../document/types.js';
import { Model } from '../model/model.js';
import { READING_COLUMNS, type ReadingColumn } from './reading-columns.js';
import { dimensionColumn } from './parse-rows.js';

/** A template's format: `csv` (text) or `xlsx` (a workbook's bytes). */
export type TemplateFormat = 'csv' | 'xlsx';

/** What a measure takes, as the template's `measure` column says it. @internal */
export function describeMeasure(measure: Measure): string {
  switch (measure.kind) {
    case 'number':
      return 'number';
    case 'percentage':
      return 'percentage (0–100)';
    case 'boolean':
      return 'yes/no';
    case 'scale':
      return `one of: ${measure.levels.join('; ')}`;
    case 'markers':
      return `progress markers seen (ids, with commas): ${measure.markers.map((m) => m.id).join(', ')}`;
    case 'qualitative':
      return 'a written finding, with a rating from 0 to 1';
  }
}

/** The template's table: a header row, then a row per indicator and one per category of each of its dimensions. @internal */
export function templateTable(document: TheoryOfChangeDocument): { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly notes: readonly (readonly [string, string])[] } {
  const indicators = document.nodes.filter((n): n is IndicatorDocument => n.kind === 'indicator');
  const dimensions: string[] = [];
  for (const indicator of indicators) for (const d of Object.keys(indicator.dimensions ?? {})) if (!dimensions.includes(d)) dimensions.push(d);
  const percentages = indicators.some((i) => i.measure.kind === 'percentage');
  const findings = indicators.some((i) => i.measure.kind === 'qualitative');
  const fixed = (Object.keys(READING_COLUMNS) as ReadingColumn[]).filter((c) => (c !== 'numerator' && c !== 'denominator') || percentages).filter((c) => c !== 'rating' || findings);
  const before = fixed.slice(0, fixed.indexOf('note'));
  const after = fixed.slice(fixed.indexOf('note'));
  const header = [...before, ...dimensions.map(dimensionColumn), ...after];
  const rows: string[][] = [];
  const row = (indicator: IndicatorDocument, dimension?: string, category?: string): string[] =>
    header.map((column) => {
      if (column === 'indicator') return indicator.id;
      if (column === 'title') return indicator.title;
      if (column === 'unit') return indicator.unit ?? '';
      if (column === 'measure') return describeMeasure(indicator.measure);
      if (dimension !== undefined && column === dimensionColumn(dimension)) return category ?? '';
      return '';
    });
  for (const indicator of indicators) {
    rows.push(row(indicator));
    for (const [dimension, categories] of Object.entries(indicator.dimensions ?? {})) for (const category of categories) rows.push(row(indicator, dimension, category));
  }
  const notes: [string, string][] = fixed.map((c) => [c, READING_COLUMNS[c]]);
  for (const d of dimensions) {
    const owners = indicators.filter((i) => i.dimensions?.[d] !== undefined);
    const categories = [...new Set(owners.flatMap((i) => i.dimensions?.[d] ?? []))];
    notes.splice(notes.length - 4, 0, [dimensionColumn(d), `The ${d} category a row's value is for (${categories.join(', ')}): a row per category gives the reading's breakdown; the row with every "for" cell empty gives its total.`]);
  }
  return { header, rows, notes };
}

/**
 * A sheet to fill in with readings: a row for each indicator (its id, title,
 * unit and what its measure takes), and a row for each category of each of
 * its dimensions; the columns to fill are empty. `csv` gives text (with a
 * byte-order mark, so that spreadsheets read accented titles right); `xlsx`
 * gives a workbook's bytes, with the header row bold and frozen and a second
 * sheet, `Columns`, saying what each column holds. Rows left as they are
 * when read back are skipped, so fill in only what you have.
 *
 * @example
 * ```ts
 * const bytes = await readingsTemplate(document, 'xlsx');
 * await writeFile('readings.xlsx', bytes);
 * ```
 */
export function readingsTemplate(document: TheoryOfChangeDocument | Model, format: 'csv'): Promise<string>;
export function readingsTemplate(document: TheoryOfChangeDocument | Model, format: 'xlsx'): Promise<Uint8Array>;
export function readingsTemplate(document: TheoryOfChangeDocument | Model, format: TemplateFormat): Promise<string | Uint8Array>;
export async function readingsTemplate(document: TheoryOfChangeDocument | Model, format: TemplateFormat): Promise<string | Uint8Array> {
  const doc = document instanceof Model ? document.document : document;
  const { header, rows, notes } = templateTable(doc);
  if (format === 'csv') return `\uFEFF${Papa.unparse([header as string[], ...(rows as string[][])], { newline: '\n', escapeFormulae: true })}\n`;
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  const width = (i: number): number => Math.min(60, Math.max(header[i]?.length ?? 8, ...rows.map((r) => r[i]?.length ?? 0)) + 2);
  // Loaded only for a workbook: a CSV template needs none of it.
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const blob = await writeXlsxFile([
    {
      data: [header.map(bold), ...rows.map((r) => r.map((value) => (value === '' ? null : value)))],
      sheet: 'Readings',
      stickyRowsCount: 1,
      columns: header.map((_, i) => ({ width: width(i) })),
    },
    {
      data: [[bold('column'), bold('what it holds')], ...notes.map(([c, text]) => [c, text])],
      sheet: 'Columns',
      stickyRowsCount: 1,
      columns: [{ width: 16 }, { width: 110 }],
    },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
