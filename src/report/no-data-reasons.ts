import { categoryAmount } from '../document/breakdown.js';
import type { CategoryFilter, IndicatorDocument, ResultDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import { progressOf } from '../progress/progress-of.js';
import type { IndicatorProgress, NoDataReason, ProgressReportData } from '../progress/types.js';
import { categoryText } from './breakdown-text.js';

// Why a row has no data, in a few words, from the roll-up's reason for each
// indicator (IndicatorProgress.reason); in a per-category report
// (`for: { sex: 'female' }`) `not-broken-down` is told apart as the document
// shows it: the indicator does not declare the dimension, or its baseline or
// final target gives no figure for the category. A goal or objective without
// data says what lies below it lacks, counted by reason.

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

function reasonOf(node: IndicatorDocument, item: IndicatorProgress, reason: NoDataReason, filter: CategoryFilter | undefined, asOf: string): Reason {
  const category = filter === undefined ? '' : ` for ${categoryText(filter)}`;
  switch (reason) {
    case 'not-broken-down': {
      const f = filter ?? {};
      const missing = undeclared(node, f);
      if (missing.length > 0) {
        const text = `not broken down by ${missing.join(' and ')}`;
        return { alone: text, counted: text };
      }
      const dims = Object.keys(f).sort();
      const lacks = node.baseline !== undefined && categoryAmount(node, node.baseline, f, dims) === undefined ? 'baseline' : 'final target';
      return { alone: `its ${lacks} gives no figure${category}`, counted: `whose ${lacks} gives no figure${category}` };
    }
    case 'no-observation': {
      // Per-period targets: only a reading within the period of the target judged counts.
      const period = item.judgedTarget === undefined ? `by ${asOf}` : `in the period of its target of ${item.judgedTarget.date}`;
      return { alone: `no reading${category} ${period}`, counted: `with no reading${category} ${period}` };
    }
    case 'no-baseline':
      return { alone: 'no baseline to measure from', counted: 'with no baseline' };
    case 'no-target':
      return { alone: 'no target to measure against', counted: 'with no target' };
    case 'before-baseline':
      return { alone: 'its readings all predate the baseline', counted: 'whose readings all predate the baseline' };
  }
}

/** Why a goal or objective nothing computes from has no data: no assessment by the date, or nothing measures it. */
function unmeasured(node: ResultDocument, report: ProgressReportData): Reason {
  if ((node.assessments ?? []).length === 0) return { alone: 'nothing measures it', counted: 'that nothing measures' };
  if (!report.settings.useAssessments) return { alone: 'assessed by hand only, and assessments are left out', counted: 'assessed by hand only' };
  return { alone: `no assessment by ${report.asOf}`, counted: `with no assessment by ${report.asOf}` };
}

/** The nouns counted below a goal or objective, in the order they are told. */
const NOUNS = ['indicator', 'objective', 'goal'] as const;

/**
 * Why each row without data has none, by id, in a few words, from the
 * roll-up's reason for each indicator (`no reading by 2024-01-01`, `no
 * baseline to measure from`, `its readings all predate the baseline`; in a
 * per-category report also `not broken down by sex`, `its baseline gives no
 * figure for sex female`, `no reading for sex female by 2024-01-01`); for a
 * goal or objective what lies below it lacks, counted by reason, most first:
 * `2 indicators below it with no baseline; 1 with no target; 1 objective
 * below it that nothing measures`. One that nothing measures says so, or,
 * assessed by hand only, `no assessment by 2024-01-01`. @internal
 */
export function noDataReasons(model: Model, report: ProgressReportData): ReadonlyMap<string, string> {
  return new Map([...noDataWhy(model, report)].map(([id, why]) => [id, why.text]));
}

/** Why a row has no data: in full, and without the counts (`indicators below it with no baseline`), the same for every row with the same reasons. @internal */
export interface NoDataWhy {
  readonly text: string;
  readonly gist: string;
}

/** {@link noDataReasons} with each reason's gist too. @internal */
export function noDataWhy(model: Model, report: ProgressReportData): ReadonlyMap<string, NoDataWhy> {
  const filter = report.settings.for;
  const out = new Map<string, NoDataWhy>();
  const own = new Map<string, Reason>();
  for (const i of report.indicators) {
    const node = model.node(i.id);
    if (i.progress !== null || i.reason === null || node?.kind !== 'indicator') continue;
    const reason = reasonOf(node, i, i.reason, filter === undefined || Object.keys(filter).length === 0 ? undefined : filter, report.asOf);
    own.set(i.id, reason);
    out.set(i.id, { text: reason.alone, gist: reason.alone });
  }
  for (const r of report.results) {
    if (r.progress !== null || r.contributions.length > 0) continue;
    const node = model.node(r.id);
    if (node?.kind !== 'goal' && node?.kind !== 'objective') continue;
    const reason = unmeasured(node, report);
    own.set(r.id, reason);
    out.set(r.id, { text: reason.alone, gist: reason.alone });
  }
  for (const r of report.results) {
    if (r.progress !== null || r.contributions.length === 0) continue;
    const counts = new Map<string, { readonly noun: number; readonly text: string; n: number }>();
    for (const { id, kind } of withoutDataBelow(report, r.id)) {
      const reason = own.get(id);
      if (reason === undefined) continue;
      const key = `${kind} ${reason.counted}`;
      const entry = counts.get(key) ?? { noun: NOUNS.indexOf(kind), text: reason.counted, n: 0 };
      entry.n += 1;
      counts.set(key, entry);
    }
    if (counts.size === 0) continue;
    // Indicators, then objectives, then goals; most first; ties in the order of the reasons' words, so the text does not depend on the file's order.
    const parts = [...counts.values()].sort((a, b) => a.noun - b.noun || b.n - a.n || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const told = (counted: boolean): string =>
      parts
        .map((p, k) => {
          const first = k === 0 || (parts[k - 1] as { noun: number }).noun !== p.noun;
          const noun = `${NOUNS[p.noun] as string}${counted && p.n === 1 ? '' : 's'} below it `;
          return `${counted ? `${p.n} ` : ''}${first ? noun : ''}${p.text}`;
        })
        .join('; ');
    out.set(r.id, { text: told(true), gist: told(false) });
  }
  return out;
}

/**
 * What has no data below the goal or objective `id`, each once (iterative):
 * the indicators without data, and the goals and objectives without data
 * that nothing computes from (nothing measures them, or they are assessed by hand only).
 */
function withoutDataBelow(report: ProgressReportData, id: string): { readonly id: string; readonly kind: (typeof NOUNS)[number] }[] {
  const seen = new Set<string>([id]);
  const found: { id: string; kind: (typeof NOUNS)[number] }[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const item = progressOf(report, stack.pop() as string);
    if (item === undefined) continue;
    if (item.id !== id && (item.kind === 'indicator' || item.contributions.length === 0)) {
      if (item.progress === null) found.push({ id: item.id, kind: item.kind });
      continue;
    }
    if (item.kind === 'indicator') continue;
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

/** More distinct reasons than this in one table and the goals' and objectives' footnotes drop their counts. */
const MAX_NOTES = 9;

/**
 * The marks after `no data` in a text table, one footnote per reason
 * (numbered in the order of the rows, a reason given once): `no data¹` and
 * `¹ no data: 2 indicators below it with no baseline`. Where the reasons in
 * full would need more than nine footnotes (a long table whose goals count
 * different numbers of indicators), each gives its gist instead, `¹ no data:
 * indicators below it with no baseline`, so the same reason has the same
 * number. None without reasons. @internal
 */
export function noDataMarks(reasons: readonly (NoDataWhy | undefined)[]): { readonly marks: readonly string[]; readonly notes: readonly string[] } {
  const full = new Set(reasons.flatMap((r) => (r === undefined ? [] : [r.text])));
  const said = reasons.map((r) => (r === undefined ? undefined : full.size > MAX_NOTES ? r.gist : r.text));
  const numbers = new Map<string, number>();
  const marks = said.map((reason) => {
    if (reason === undefined) return '';
    if (!numbers.has(reason)) numbers.set(reason, numbers.size + 1);
    return superscript(numbers.get(reason) as number);
  });
  return { marks, notes: [...numbers].map(([reason, n]) => `${superscript(n)} no data: ${reason}`) };
}
