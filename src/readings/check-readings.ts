import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IndicatorDocument, NodeDocument, ReadingDocument, TheoryOfChangeDocument } from '../document/types.js';
import { readingDate } from '../document/reading-date.js';
import { Model } from '../model/model.js';
import { validate } from '../validate/validate.js';
import { planColumns } from './reading-columns.js';
import { groupRows, nameReading, type NewReading } from './group-rows.js';
import { parseRow, type RowReading } from './parse-rows.js';
import type { ReadingProblem } from './reading-problems.js';
import { sheetOfRecords, type ReadingRecord, type ReadingsSheet } from './sheet.js';

/**
 * A warning the document gets with the readings added that it did not have
 * before, with the spreadsheet rows of the readings it is about.
 *
 * @example
 * ```ts
 * {
 *   code: 'target-wrong-side', severity: 'warning', path: ['nodes', 2, 'targets', 1], ids: ['pumps'],
 *   message: 'Indicator "pumps" should increase, but its target of 2026-12-31 (5) is below its baseline (10).',
 *   rows: [3],
 * }
 * ```
 */
export interface ReadingWarning extends Diagnostic {
  /**
   * The rows, as the spreadsheet numbers them, of the added readings the
   * warning is about: the reading its path points into; for a path to a
   * reading already in the document, the added ones of that list dated the
   * same day (else all added to that list); for a path to the indicator, all
   * added to it. Empty when it is about no added reading in particular.
   */
  readonly rows: readonly number[];
}

/**
 * What a readings sheet would add to a document, checked before anything is
 * changed: the readings that can go in, every problem (each with its rows),
 * and the rows of the readings left out because of them.
 */
export interface ReadingsCheck {
  /** The readings that can be added: sorted by indicator (document order), targets first, then by date. */
  readonly readings: readonly NewReading[];
  /** Every problem found, in row order; empty when every filled-in row can be added. */
  readonly problems: readonly ReadingProblem[];
  /** The rows left out because they, or another row of the same reading, have a problem. */
  readonly badRows: readonly number[];
  /** Whether the problems are the file's or the document's (a column, an unreadable sheet): no row can be added then. */
  readonly fatal: boolean;
  /**
   * Warnings the validator gives the document with the readings added that it
   * did not give before (a target below the baseline, …), each with the rows
   * it comes from; warnings the document had already are not repeated.
   */
  readonly warnings: readonly ReadingWarning[];
}

/**
 * Checks readings against a document (or its model) before anything is
 * changed: each row's indicator, kind, date or period, value (against the
 * indicator's measure and the validator's rules), categories, numbers, flags
 * and source; rows of one reading together; readings the document already
 * has; then the document validated with the readings in it, so that a
 * breakdown that does not add up or two readings that contradict each other
 * are found too, on the rows they come from.
 *
 * @example
 * ```ts
 * const check = checkReadings(document, [{ indicator: 'girls-enrolled', date: '2025-12-31', value: 120 }]);
 * check.problems; // [] when all can be added
 * ```
 */
export function checkReadings(document: TheoryOfChangeDocument | Model, sheet: ReadingsSheet | readonly ReadingRecord[]): ReadingsCheck {
  const table = isSheet(sheet) ? sheet : sheetOfRecords(sheet);
  const data: unknown = document instanceof Model ? document.document : document;
  const before = validate(data);
  if (!before.ok) {
    const errors = before.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    return fatal([{ code: 'invalid-document', rows: [], message: `The document has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}, so no readings are added to it until ${errors.length === 1 ? 'it is' : 'they are'} fixed${first === undefined ? '.' : `; the first: ${first.message}`}` }]);
  }
  const doc = before.model.document;
  const { plan, problems: columnProblems } = planColumns(table);
  if (columnProblems.length > 0) return fatal(columnProblems);

  const indicators = new Map<string, IndicatorDocument>();
  const order = new Map<string, number>();
  doc.nodes.forEach((node, i) => {
    if (node.kind === 'indicator') {
      indicators.set(node.id, node);
      order.set(node.id, i);
    }
  });
  const problems: ReadingProblem[] = [];
  const good: RowReading[] = [];
  const badKeys = new Set<string>();
  for (const row of table.rows) {
    const outcome = parseRow(row, plan, indicators);
    if (outcome.kind === 'reading') good.push(outcome.reading);
    else if (outcome.kind === 'bad') {
      problems.push(...outcome.problems);
      if (outcome.key !== undefined) badKeys.add(outcome.key);
    }
  }
  const grouped = groupRows(good, order);
  problems.push(...grouped.problems);
  const badRows = new Set<number>([...problems.flatMap((p) => p.rows)]);
  // A reading one of whose rows is bad is left out whole, not added without that part.
  const isBad = (r: (typeof grouped.readings)[number]): boolean => badKeys.has(r.key) || r.rows.some((row) => badRows.has(row));
  let readings: readonly NewReading[] = grouped.readings.filter((r) => !isBad(r)).map(({ key: _key, ...r }) => r);
  const partlyBad = grouped.readings.filter(isBad);
  for (const r of partlyBad) {
    const fine = r.rows.filter((row) => !badRows.has(row));
    if (fine.length === 0) continue;
    const name = nameReading(r.indicator, r.kind, r.reading);
    problems.push({ code: 'reading-left-out', rows: fine, indicator: r.indicator, message: `Left out with the rest of ${name}, another row of which has a problem: a reading goes in whole or not at all.` });
    for (const row of r.rows) badRows.add(row);
  }

  // The document with the readings in it must validate: what it finds is put on the rows it comes from.
  // Readings are appended, so what the document said before keeps its path: a diagnostic with the same code, path and message was there already.
  const keyOf = (d: Diagnostic): string => `${d.code}\u0000${JSON.stringify(d.path)}\u0000${d.message}`;
  const baseline = new Set(before.diagnostics.map(keyOf));
  let warnings: readonly ReadingWarning[] = [];
  for (let round = 0; round < 5 && readings.length > 0; round++) {
    const after = validate(withReadings(doc, readings));
    const fresh = after.diagnostics.filter((d) => !baseline.has(keyOf(d)));
    const added = readings;
    warnings = fresh.filter((d) => d.severity === 'warning').map((d) => ({ ...d, rows: rowsOf(blame(d, doc, added)) }));
    const errors = fresh.filter((d) => d.severity === 'error');
    if (errors.length === 0) break;
    const blamed = new Set<NewReading>();
    for (const error of errors) {
      const culprits = blame(error, doc, readings);
      culprits.forEach((c) => blamed.add(c));
      problems.push({ code: error.code, rows: rowsOf(culprits), ...(error.ids[0] === undefined ? {} : { indicator: error.ids[0] }), message: error.message });
    }
    if (blamed.size === 0) break;
    for (const r of blamed) for (const row of r.rows) badRows.add(row);
    readings = readings.filter((r) => !blamed.has(r));
  }
  problems.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  return { readings, problems, badRows: [...badRows].sort((a, b) => a - b), fatal: false, warnings };
}

/** The rows of `readings`, each once, in order. */
function rowsOf(readings: readonly NewReading[]): number[] {
  return [...new Set(readings.flatMap((r) => r.rows))].sort((a, b) => a - b);
}

function fatal(problems: readonly ReadingProblem[]): ReadingsCheck {
  return { readings: [], problems, badRows: [], fatal: true, warnings: [] };
}

function isSheet(value: ReadingsSheet | readonly ReadingRecord[]): value is ReadingsSheet {
  return !Array.isArray(value);
}

/**
 * The document with `readings` appended to their indicators' `observations`
 * or `targets` (each list made when absent), in the order given. Changes nothing. @internal
 */
export function withReadings(doc: TheoryOfChangeDocument, readings: readonly NewReading[]): TheoryOfChangeDocument {
  const byIndicator = new Map<string, NewReading[]>();
  for (const r of readings) {
    const list = byIndicator.get(r.indicator);
    if (list === undefined) byIndicator.set(r.indicator, [r]);
    else list.push(r);
  }
  const nodes = doc.nodes.map((node): NodeDocument => {
    if (node.kind !== 'indicator') return node;
    const added = byIndicator.get(node.id);
    if (added === undefined) return node;
    const of = (kind: NewReading['kind']): ReadingDocument[] => added.filter((r) => r.kind === kind).map((r) => r.reading);
    const targets = of('target');
    const observations = of('observation');
    return {
      ...node,
      ...(targets.length === 0 ? {} : { targets: [...(node.targets ?? []), ...targets] }),
      ...(observations.length === 0 ? {} : { observations: [...(node.observations ?? []), ...observations] }),
    };
  });
  return { ...doc, nodes };
}

/**
 * The added readings a validator's diagnostic is about: the one its path points
 * into; for a path to a reading already there, the added ones of that list
 * dated the same day (else all of that list); for a path to the indicator,
 * all of its added readings.
 */
function blame(error: Diagnostic, doc: TheoryOfChangeDocument, readings: readonly NewReading[]): NewReading[] {
  const [nodes, index, list, at] = error.path;
  if (nodes !== 'nodes' || typeof index !== 'number') return [];
  const node = doc.nodes[index];
  if (node === undefined || node.kind !== 'indicator') return [];
  const ofNode = readings.filter((r) => r.indicator === node.id);
  if (list !== 'observations' && list !== 'targets') return ofNode;
  const kind = list === 'targets' ? 'target' : 'observation';
  const ofList = ofNode.filter((r) => r.kind === kind);
  const written = (kind === 'target' ? node.targets : node.observations) ?? [];
  if (typeof at !== 'number') return ofList;
  if (at >= written.length) {
    const added = ofList[at - written.length];
    return added === undefined ? [] : [added];
  }
  const day = readingDate(written[at] as ReadingDocument);
  const sameDay = ofList.filter((r) => readingDate(r.reading) === day);
  return sameDay.length > 0 ? sameDay : ofList;
}
