import { categoryAmount } from '../document/breakdown.js';
import type { CategoryFilter, IndicatorDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import { progressOf } from '../progress/progress-of.js';
import type { NoDataReason, ProgressReportData } from '../progress/types.js';
import { categoryText } from './breakdown-text.js';

// Why a row of a per-category report (`for: { sex: 'female' }`) has no data,
// in a few words, from the roll-up's reason for each indicator
// (IndicatorProgress.reason); `not-broken-down` is told apart as the document
// shows it: the indicator does not declare the dimension, or its baseline or
// final target gives no figure for the category. A goal or objective without
// data says what its indicators below lack, counted by reason.

/** One reason an indicator has no data: what to say of it alone, and after "N indicators". */
interface Reason {
  /** `not broken down by sex`, `its baseline gives no figure for sex female`. */
  readonly alone: string;
  /** `not broken down by sex`, `whose baseline gives no figure for sex female`. */
  readonly counted: string;
}

/** The dimensions of `filter` that `node` does not declare, in name order. */
function undeclared(node: IndicatorDocument, filter: CategoryFilter): string[] {
  return Object.keys(filter)
    .sort()
    .filter((d) => node.dimensions === undefined || !Object.prototype.hasOwnProperty.call(node.dimensions, d));
}

function reasonOf(node: IndicatorDocument, reason: NoDataReason, filter: CategoryFilter, asOf: string): Reason {
  const category = categoryText(filter);
  switch (reason) {
    case 'not-broken-down': {
      const missing = undeclared(node, filter);
      if (missing.length > 0) {
        const text = `not broken down by ${missing.join(' and ')}`;
        return { alone: text, counted: text };
      }
      const dims = Object.keys(filter).sort();
      const lacks = node.baseline !== undefined && categoryAmount(node, node.baseline, filter, dims) === undefined ? 'baseline' : 'final target';
      return { alone: `its ${lacks} gives no figure for ${category}`, counted: `whose ${lacks} gives no figure for ${category}` };
    }
    case 'no-observation':
      return { alone: `no reading for ${category} by ${asOf}`, counted: `with no reading for ${category} by ${asOf}` };
    case 'no-baseline':
      return { alone: 'no baseline to measure from', counted: 'with no baseline' };
    case 'no-target':
      return { alone: 'no target to measure against', counted: 'with no target' };
    case 'before-baseline':
      return { alone: 'its readings all predate the baseline', counted: 'whose readings all predate the baseline' };
  }
}

/**
 * Why each row without data of a per-category report has none, by id, in a
 * few words: for an indicator `not broken down by sex`, `its baseline gives
 * no figure for sex female`, `no reading for sex female by 2024-01-01`; for a
 * goal or objective what the indicators below it lack, `2 indicators below it
 * not broken down by sex; 1 with no reading for sex female by 2024-01-01` (or
 * `nothing measures it`). Empty for a report of the whole, whose tables stay
 * as they were. @internal
 */
export function noDataReasons(model: Model, report: ProgressReportData): ReadonlyMap<string, string> {
  const filter = report.settings.for;
  const out = new Map<string, string>();
  if (filter === undefined || Object.keys(filter).length === 0) return out;
  const own = new Map<string, Reason>();
  for (const i of report.indicators) {
    const node = model.node(i.id);
    if (i.progress !== null || i.reason === null || node?.kind !== 'indicator') continue;
    const reason = reasonOf(node, i.reason, filter, report.asOf);
    own.set(i.id, reason);
    out.set(i.id, reason.alone);
  }
  for (const r of report.results) {
    if (r.progress !== null) continue;
    const below = indicatorsWithoutData(report, r.id);
    if (r.contributions.length === 0) {
      out.set(r.id, 'nothing measures it');
      continue;
    }
    const counts = new Map<string, number>();
    for (const id of below) {
      const reason = own.get(id);
      if (reason !== undefined) counts.set(reason.counted, (counts.get(reason.counted) ?? 0) + 1);
    }
    if (counts.size === 0) continue;
    // Most indicators first; ties in the order of the reasons' words, so the text does not depend on the file's order.
    const parts = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    out.set(r.id, parts.map(([text, n], k) => `${n}${k === 0 ? ` indicator${n === 1 ? '' : 's'} below it` : ''} ${text}`).join('; '));
  }
  return out;
}

/** The ids of the indicators without data below the goal or objective `id`, each once (iterative). */
function indicatorsWithoutData(report: ProgressReportData, id: string): string[] {
  const seen = new Set<string>([id]);
  const found: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const item = progressOf(report, stack.pop() as string);
    if (item === undefined) continue;
    if (item.kind === 'indicator') {
      if (item.progress === null) found.push(item.id);
      continue;
    }
    for (const c of item.contributions) {
      if (seen.has(c.id) || c.progress !== null) continue;
      seen.add(c.id);
      stack.push(c.id);
    }
  }
  return found;
}


const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** `¹`, `²`, … `¹⁰`: a footnote's mark. */
function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT[Number(d)] as string).join('');
}

/**
 * The marks after `no data` in a per-category table, one footnote per reason
 * (numbered in the order of the rows, a reason given once): `no data¹` and
 * `¹ no data below it: 2 indicators not broken down by sex`. None without reasons. @internal
 */
export function noDataMarks(reasons: readonly (string | undefined)[]): { readonly marks: readonly string[]; readonly notes: readonly string[] } {
  const numbers = new Map<string, number>();
  const marks = reasons.map((reason) => {
    if (reason === undefined) return '';
    if (!numbers.has(reason)) numbers.set(reason, numbers.size + 1);
    return superscript(numbers.get(reason) as number);
  });
  return { marks, notes: [...numbers].map(([reason, n]) => `${superscript(n)} no data: ${reason}`) };
}
