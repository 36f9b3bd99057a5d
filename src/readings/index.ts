/**
 * Readings from spreadsheets, in Node or a browser: read a CSV or XLSX sheet
 * of readings, check every row against a theory of change before anything
 * changes, add the readings to a YAML document in place (comments and layout
 * kept), and make a template to fill in. For tools that keep readings in a
 * database of their own, rows can also be given as plain objects with the
 * template's column names.
 *
 * ```ts
 * import { readingsFromCsv, addReadings, formatReadingProblems } from 'theory-of-change/readings';
 * const read = readingsFromCsv(csvText);
 * const result = read.ok ? addReadings(yamlText, read.sheet) : undefined;
 * ```
 *
 * @module theory-of-change/readings
 */
export { readingsFromCsv } from './readings-from-csv.js';
export type { CsvOptions, SheetResult } from './readings-from-csv.js';
export { readingsFromXlsx, DEFAULT_MAX_UNZIPPED_SIZE } from './readings-from-xlsx.js';
export type { XlsxOptions } from './readings-from-xlsx.js';
export { checkReadings } from './check-readings.js';
export type { ReadingsCheck, ReadingWarning } from './check-readings.js';
export { addReadings } from './add-readings.js';
export type { AddReadingsOptions, AddReadingsResult } from './add-readings.js';
export { readingsTemplate } from './readings-template.js';
export type { TemplateFormat } from './readings-template.js';
export { READING_COLUMNS, DIMENSION_PREFIX } from './reading-columns.js';
export type { ReadingColumn } from './reading-columns.js';
export { READING_PROBLEM_CODES, formatReadingProblems } from './reading-problems.js';
export type { ReadingProblem, ReadingProblemCode } from './reading-problems.js';
export type { NewReading } from './group-rows.js';
export type { ReadingKind } from './parse-rows.js';
export type { Cell, ReadingRecord, ReadingsSheet, SheetRow } from './sheet.js';
