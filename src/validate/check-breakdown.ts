import { readingWhen } from '../document/reading-date.js';
import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { nodeLabel } from '../diagnostics/describe.js';
import { suggestion } from '../diagnostics/did-you-mean.js';
import { additivity, comboKey, combinations, completeSets, dimensionsOf, groupBySet, ownAmount, readingAmount, sumOf, type Amount, type Parts } from '../document/breakdown.js';
import type { BreakdownEntry, IndicatorDocument, ReadingDocument } from '../document/types.js';
import { valueProblem } from './value-problem.js';

/**
 * Checks an indicator's dimensions, and the ratios and breakdowns of its
 * readings: every part names declared dimensions and categories, once each;
 * numerators and denominators make sense and agree with a value written
 * beside them; the parts of an additive reading add up to its total (an
 * incomplete set does not exceed it); and every reading gives a value.
 * @internal
 */
export function checkBreakdown(node: IndicatorDocument, at: DocumentPath, out: Diagnostic[]): void {
  const ids = [node.id];
  const label = nodeLabel('indicator', node.id);
  const error = (code: Diagnostic['code'], path: DocumentPath, message: string): void => {
    out.push({ code, severity: 'error', path, ids, message: `${label}: ${message}` });
  };
  for (const [dimension, categories] of Object.entries(node.dimensions ?? {})) {
    const seen = new Set<string>();
    categories.forEach((category, i) => {
      if (seen.has(category)) error('duplicate-category', [...at, 'dimensions', dimension, i], `its dimension "${dimension}" lists the category "${category}" twice.`);
      seen.add(category);
    });
  }
  const check = (reading: ReadingDocument, path: DocumentPath, role: string): void => checkReading(node, reading, path, role, error);
  if (node.baseline !== undefined) check(node.baseline, [...at, 'baseline'], 'baseline');
  (node.targets ?? []).forEach((r, i) => check(r, [...at, 'targets', i], 'target'));
  (node.observations ?? []).forEach((r, i) => check(r, [...at, 'observations', i], 'observation'));
}

type Report = (code: Diagnostic['code'], path: DocumentPath, message: string) => void;

/** `sex: female, age: under-18`: a part's categories as a message writes them. */
function showFor(entry: BreakdownEntry): string {
  return dimensionsOf(entry)
    .map((d) => `${d}: ${entry.for[d] as string}`)
    .join(', ');
}

/** A number as messages write it: at most six decimals. */
function show(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

function checkReading(node: IndicatorDocument, reading: ReadingDocument, path: DocumentPath, role: string, error: Report): void {
  // The usual reading, a value and nothing else, has nothing to check here.
  if (reading.value !== undefined && reading.breakdown === undefined && reading.numerator === undefined && reading.denominator === undefined) return;
  const what = `the ${role} of ${readingWhen(reading)}`;
  const measure = node.measure;
  const declared = node.dimensions ?? {};
  const names = Object.keys(declared);
  const breakdown = reading.breakdown ?? [];
  checkRatio(node, reading, path, what, error);
  const usable: BreakdownEntry[] = [];
  let broken = false;
  const seen = new Set<string>();
  breakdown.forEach((entry, j) => {
    const at = [...path, 'breakdown', j];
    const part = `${what}, in its part for ${showFor(entry) || 'nothing'},`;
    let ok = true;
    const dims = dimensionsOf(entry);
    if (dims.length === 0) {
      error('unknown-dimension', [...at, 'for'], `${what} has a part that names no dimension: write the category of each dimension it is for, e.g. { sex: female }.`);
      ok = false;
    }
    for (const d of dims) {
      const category = entry.for[d] as string;
      if (!Object.prototype.hasOwnProperty.call(declared, d)) {
        const fix = names.length === 0 ? ' The indicator declares no dimensions: list them in its "dimensions", e.g. { sex: [female, male] }.' : ` Its dimensions are ${names.map((n) => `"${n}"`).join(', ')}.${suggestion(d, names)}`;
        error('unknown-dimension', [...at, 'for', d], `${what} has a part for the dimension "${d}", which the indicator does not declare.${fix}`);
        ok = false;
      } else if (!(declared[d] ?? []).includes(category)) {
        const list = declared[d] ?? [];
        error(
          'unknown-category',
          [...at, 'for', d],
          `${what} has a part for ${d} "${category}", which is not one of its categories (${list.map((c) => `"${c}"`).join(', ')}).${suggestion(category, list)}`,
        );
        ok = false;
      }
    }
    const key = JSON.stringify(dims.map((d) => [d, entry.for[d]]));
    if (ok && seen.has(key)) {
      error('duplicate-category', at, `${what} gives two parts for ${showFor(entry)}; keep one.`);
      ok = false;
    }
    seen.add(key);
    if (entry.value !== undefined) {
      const problem = valueProblem(measure, entry.value);
      if (problem !== undefined) error('value-mismatch', [...at, 'value'], `${part} has a value that does not fit: ${problem}.`);
    }
    if (entry.rating !== undefined && measure.kind !== 'qualitative') error('value-mismatch', [...at, 'rating'], `${part} has a rating, but only qualitative indicators take ratings.`);
    checkRatio(node, entry, at, part, error);
    if (ownAmount(entry) === undefined && entry.numerator === undefined && entry.denominator === undefined) {
      error('missing-value', at, `${part} gives no value: write its "value"${measure.kind === 'percentage' ? ', or its numerator and denominator' : ''}.`);
      ok = false;
    }
    if (ok) usable.push(entry);
    else broken = true;
  });
  checkSums(node, reading, usable, path, what, error);
  // A reading whose parts are wrong is reported by its parts: the total they would give cannot be known yet.
  if (!broken && readingAmount(node, reading) === undefined && reading.value === undefined && reading.numerator === undefined && reading.denominator === undefined) {
    const how = additivity(node, breakdown);
    const hint =
      breakdown.length === 0
        ? `write its "value"${measure.kind === 'percentage' ? ', or its numerator and denominator' : ''}`
        : how === 'none'
          ? `parts of ${measure.kind === 'percentage' ? 'percentages given as values' : `a ${measure.kind} measure`} do not add up to a total, so write the total "value"${measure.kind === 'percentage' ? ' (or give every part its numerator and denominator)' : ''}`
          : 'its parts do not cover every combination of the categories of their dimensions, so write the total "value" too';
    error('missing-value', path, `${what} gives no value: ${hint}.`);
  }
}

/** Checks the numerator and denominator of a reading or part. */
function checkRatio(node: IndicatorDocument, part: Parts, path: DocumentPath, what: string, error: Report): void {
  const { numerator, denominator, value } = part;
  if (numerator === undefined && denominator === undefined) return;
  if (node.measure.kind !== 'percentage') {
    error('invalid-ratio', [...path, numerator === undefined ? 'denominator' : 'numerator'], `${what} has a numerator or denominator, but only percentage indicators take them.`);
    return;
  }
  if (numerator === undefined || denominator === undefined) {
    const missing = numerator === undefined ? 'numerator' : 'denominator';
    error('invalid-ratio', path, `${what} gives a ${missing === 'numerator' ? 'denominator' : 'numerator'} but no ${missing}; write both (the value is 100 × numerator / denominator).`);
    return;
  }
  if (numerator < 0) error('invalid-ratio', [...path, 'numerator'], `${what} has a negative numerator (${show(numerator)}); counts cannot be below 0.`);
  if (!(denominator > 0)) error('invalid-ratio', [...path, 'denominator'], `${what} has a denominator of ${show(denominator)}; it must be more than 0 (a percentage of nothing has no value).`);
  else if (numerator > denominator) {
    error('invalid-ratio', [...path, 'numerator'], `${what} has a numerator (${show(numerator)}) above its denominator (${show(denominator)}), which would be ${show((100 * numerator) / denominator)}%, above 100%.`);
  } else if (typeof value === 'number' && !agrees(value, (100 * numerator) / denominator)) {
    error('invalid-ratio', [...path, 'value'], `${what} gives the value ${show(value)}, but its numerator and denominator (${show(numerator)} / ${show(denominator)}) give ${show((100 * numerator) / denominator)}%.`);
  }
}

/** Whether a written value agrees with an exact one to within its rounding: half a unit of its last decimal (33 and 33.3 both agree with 1/3). */
function agrees(written: number, exact: number): boolean {
  const text = String(written);
  const decimals = /e/i.test(text) ? 9 : (text.split('.')[1] ?? '').length;
  return Math.abs(written - exact) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(exact));
}

/** Whether two sums are equal but for floating-point error. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Checks that the parts of an additive reading add up to its total, and that complete sets agree. */
function checkSums(node: IndicatorDocument, reading: ReadingDocument, usable: readonly BreakdownEntry[], path: DocumentPath, what: string, error: Report): void {
  const how = additivity(node, usable);
  if (how === 'none' || usable.length === 0) return;
  const own = ownAmount(reading);
  const first = completeSets(node, usable)[0];
  const firstSum = first === undefined ? undefined : sumOf(first.entries, how);
  const reference: { amount: Amount; text: string } | undefined =
    own !== undefined
      ? { amount: own, text: own.numerator === undefined ? `a total of ${show(own.value as number)}` : `a total of ${show(own.numerator)} / ${show(own.denominator as number)}` }
      : first === undefined || firstSum === undefined
        ? undefined
        : { amount: firstSum, text: `by ${first.dims.join(' and ')} a total of ${how === 'ratio' ? `${show(firstSum.numerator as number)} / ${show(firstSum.denominator as number)}` : show(firstSum.value as number)}` };
  if (reference === undefined) return;
  for (const group of groupBySet(usable)) {
    if (own === undefined && first !== undefined && JSON.stringify(group.dims) === JSON.stringify(first.dims)) continue;
    const sum = sumOf(group.entries, how);
    if (sum === undefined) continue;
    const complete = group.entries.length === combinations(node, group.dims) && new Set(group.entries.map((e) => comboKey(e, group.dims))).size === group.entries.length;
    const parts = group.entries.map((e) => `${showFor(e)}: ${e.numerator === undefined ? show(e.value as number) : `${show(e.numerator)} / ${show(e.denominator as number)}`}`).join('; ');
    const by = group.dims.join(' and ');
    const total = reference.amount;
    const off = (x: number, t: number): string => (x < t ? `${show(t - x)} short` : `${show(x - t)} over`);
    if (how === 'sum' || total.numerator === undefined) {
      const x = sum.value as number;
      const t = total.value as number;
      if (typeof t !== 'number') continue;
      const bad = complete ? (how === 'ratio' ? !agrees(t, x) : !same(x, t)) : how === 'sum' && x > t && !same(x, t) && usable.every((e) => (e.value as number) >= 0);
      if (bad) {
        const shown = how === 'ratio' ? `${show(x)}%` : show(x);
        error('breakdown-mismatch', [...path, 'breakdown'], `${what} gives ${reference.text}, but its parts by ${by} (${parts}) ${complete ? 'add up to' : 'already add up to'} ${shown}: ${off(x, t)}.${complete ? '' : ' Parts that do not cover every category cannot add up to more than the total.'}`);
      }
    } else {
      const n = sum.numerator as number;
      const d = sum.denominator as number;
      const tn = total.numerator;
      const td = total.denominator as number;
      const bad = complete ? !same(n, tn) || !same(d, td) : n > tn + 1e-9 * tn || d > td + 1e-9 * td;
      if (bad) {
        const diff = `numerators ${off(n, tn)}, denominators ${off(d, td)}`;
        error('breakdown-mismatch', [...path, 'breakdown'], `${what} gives ${reference.text}, but its parts by ${by} (${parts}) ${complete ? 'add up to' : 'already add up to'} ${show(n)} / ${show(d)}: ${diff}.${complete ? '' : ' Parts that do not cover every category cannot add up to more than the total.'}`);
      }
    }
  }
}
