import type { TheoryOfChangeDocument } from '../document/types.js';
import { parseText, placeDiagnostics, readText } from '../parse/parse-text.js';
import { validate } from '../validate/validate.js';
import { checkReadings, withReadings, type ReadingWarning } from './check-readings.js';
import type { NewReading } from './group-rows.js';
import { insertReadings } from './insert-readings.js';
import type { ReadingProblem } from './reading-problems.js';
import type { ReadingRecord, ReadingsSheet } from './sheet.js';

/** Options of {@link addReadings}. */
export interface AddReadingsOptions {
  /**
   * Add the readings that are fine and leave out those with a problem (every
   * row of a reading goes if one of them is bad); `skipped` lists their rows.
   * Default `false`: one bad row, and nothing is added.
   */
  readonly skipBadRows?: boolean;
}

/** The outcome of {@link addReadings}. */
export interface AddReadingsResult {
  /** Whether the readings went in: no problem, or only skipped rows with `skipBadRows`. */
  readonly ok: boolean;
  /** The new YAML text; the text given, unchanged, when nothing was added. */
  readonly text: string;
  /** The readings added, in the order written. */
  readonly added: readonly NewReading[];
  /** The rows left out with `skipBadRows`, as the spreadsheet numbers them. */
  readonly skipped: readonly number[];
  /** Every problem found (with `skipBadRows`, those of the skipped rows). */
  readonly problems: readonly ReadingProblem[];
  /**
   * Warnings the document gets with the readings that it did not have before
   * (those it had already are not repeated), each with the spreadsheet `rows`
   * of the readings it is about and, when the readings went in, its
   * `position` (line and column) in the new `text`.
   */
  readonly warnings: readonly ReadingWarning[];
}

/**
 * Adds readings to a theory of change written in YAML, in place: each reading
 * is appended to its indicator's `observations` (or `targets`, for rows of
 * kind `target`), and every other byte of the text stays as it was: comments,
 * key order, quoting, folded text and flow or block style. Nothing changes
 * when any row has a problem, unless `skipBadRows`; the result always
 * validates. JSON text is refused: add {@link checkReadings}' readings to the
 * data instead.
 *
 * @example
 * ```ts
 * const read = readingsFromCsv(csvText);
 * if (read.ok) {
 *   const result = addReadings(yamlText, read.sheet);
 *   if (result.ok) await writeFile('strategy.yaml', result.text);
 *   else console.log(formatReadingProblems(result.problems, 'readings.csv'));
 * }
 * ```
 */
export function addReadings(yamlText: string, sheet: ReadingsSheet | readonly ReadingRecord[], options: AddReadingsOptions = {}): AddReadingsResult {
  const refuse = (problems: readonly ReadingProblem[], warnings: readonly ReadingWarning[] = []): AddReadingsResult => ({ ok: false, text: yamlText, added: [], skipped: [], problems, warnings });
  const parsed = parseText(yamlText, 'document', { format: 'yaml' });
  if (!parsed.ok) return refuse([{ code: 'invalid-document', rows: [], message: `The document is not YAML that can be read: ${parsed.diagnostic.message}` }]);
  if (isJson(yamlText)) {
    return refuse([{ code: 'invalid-document', rows: [], message: 'The document is JSON: readings are added in place to YAML only. Use checkReadings and add its readings to the data, or convert the document to YAML.' }]);
  }
  const check = checkReadings(parsed.data as TheoryOfChangeDocument, sheet);
  if (check.fatal) return refuse(check.problems);
  if (check.problems.length > 0 && options.skipBadRows !== true) return refuse(check.problems, check.warnings);
  const skipped = check.badRows;
  if (check.readings.length === 0) return { ok: check.problems.length === 0 || options.skipBadRows === true, text: yamlText, added: [], skipped, problems: check.problems, warnings: [] };

  const doc = parsed.data as TheoryOfChangeDocument;
  const nodeIndex = new Map<string, number>();
  doc.nodes.forEach((node, i) => {
    if (node.kind === 'indicator') nodeIndex.set(node.id, i);
  });
  let text: string;
  try {
    text = insertReadings(yamlText, check.readings, nodeIndex);
  } catch (error) {
    return refuse([{ code: 'invalid-document', rows: [], message: `The readings could not be written into the text in place (${error instanceof Error ? error.message : String(error)}); nothing was changed.` }]);
  }
  // What was written must read back as the document with the readings, and validate.
  const { parsed: again, locate } = readText(text, 'document', { format: 'yaml' });
  const expected = withReadings(doc, check.readings);
  if (!again.ok || JSON.stringify(again.data) !== JSON.stringify(expected) || !validate(again.data).ok) {
    return refuse([{ code: 'invalid-document', rows: [], message: 'The readings could not be written into the text in place without changing what it says; nothing was changed. Please report this with the document.' }]);
  }
  // Where each warning is in the new text (its rows stay as they were).
  return { ok: true, text, added: check.readings, skipped, problems: check.problems, warnings: placeDiagnostics(check.warnings, locate) };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
