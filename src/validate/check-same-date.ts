import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { canonicalValue, partsKey } from '../document/canonical-value.js';
import type { AssessmentDocument, ReadingDocument } from '../document/types.js';

/** What the entries of a list are, for messages. @internal */
export interface DatedList {
  /** How messages name the node: `Indicator "x"`. */
  readonly label: string;
  readonly ids: readonly string[];
  /** The list's path in the document. */
  readonly at: DocumentPath;
  /** Plural noun for the entries: `observations`, `targets`, `assessments`. */
  readonly noun: 'observations' | 'targets' | 'assessments';
  /** Whether entries of one date all count (a cumulative indicator's observations). */
  readonly additive: boolean;
}

/**
 * Checks that no two entries of a dated list contradict each other: entries
 * dated the same day (undated assessments count as one day) that differ in
 * content are `conflicting-readings` (unless the list is additive), identical
 * ones `duplicate-reading`. One diagnostic per date, at the last entry of
 * that date in `orderKey` order (default: `content`); neither where it points
 * nor what it says depends on the order of the list. `content` gives an entry's comparable
 * content and `show` how a message writes it.
 * @internal
 */
export function checkSameDate<T>(
  entries: readonly T[],
  list: DatedList,
  dateOf: (entry: T) => string | undefined,
  content: (entry: T) => string,
  show: (entry: T) => string,
  out: Diagnostic[],
  orderKey: (entry: T) => string = content,
): void {
  if (entries.length < 2) return;
  // The usual list is written in date order, one entry a date: nothing to group.
  let previous = dateOf(entries[0] as T);
  let increasing = previous !== undefined;
  for (let i = 1; increasing && i < entries.length; i++) {
    const date = dateOf(entries[i] as T);
    increasing = date !== undefined && date > (previous as string);
    previous = date;
  }
  if (increasing) return;
  const byDate = new Map<string, number[]>();
  for (let i = 0; i < entries.length; i++) {
    const date = dateOf(entries[i] as T) ?? '';
    const group = byDate.get(date);
    if (group === undefined) byDate.set(date, [i]);
    else group.push(i);
  }
  for (const [date, written] of byDate) {
    if (written.length < 2) continue;
    // The entries of the date in content order, so that which one a diagnostic points at and names
    // does not depend on the order they were written in (entirely identical entries are interchangeable).
    const keys = new Map(written.map((i) => [i, orderKey(entries[i] as T)]));
    const group = [...written].sort((a, b) => compareText(keys.get(a) as string, keys.get(b) as string) || a - b);
    const byContent = new Map<string, number[]>();
    for (const i of group) {
      const key = content(entries[i] as T);
      const same = byContent.get(key);
      if (same === undefined) byContent.set(key, [i]);
      else same.push(i);
    }
    const when = date === '' ? 'undated' : `dated ${date}`;
    const singular = list.noun.slice(0, -1);
    if (byContent.size > 1 && !list.additive) {
      const shown = [...byContent.values()].map((same) => show(entries[same[0] as number] as T)).sort();
      out.push({
        code: 'conflicting-readings',
        severity: 'error',
        path: [...list.at, group[group.length - 1] as number],
        ids: list.ids,
        message: `${list.label} has ${written.length === 2 ? 'two' : written.length} ${list.noun} ${when} that differ (${joinAnd(shown)}). ${CONFLICT_HELP[list.noun]}`,
      });
      continue;
    }
    // The first content (in content order) written more than once; the diagnostic points at its last copy.
    const repeated = [...byContent.entries()].sort(([a], [b]) => compareText(a, b)).find(([, same]) => same.length > 1)?.[1];
    if (repeated === undefined) continue;
    const use = list.additive ? 'Both are added up: remove one if it is a copy.' : 'It is used once.';
    out.push({
      code: 'duplicate-reading',
      severity: 'warning',
      path: [...list.at, repeated[repeated.length - 1] as number],
      ids: list.ids,
      message: `${list.label} has the same ${singular} ${when} (${show(entries[repeated[0] as number] as T)}) more than once. ${use}`,
    });
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const CONFLICT_HELP: Readonly<Record<DatedList['noun'], string>> = {
  observations: 'It reports its latest value, so only one observation can hold on a date: keep the right one, or date each correctly.',
  targets: 'Only one target can hold on a date: keep the right one.',
  assessments: 'Only one assessment can be in force on a date: keep the right one, or date each correctly.',
};

/** `a`, `a and b`, `a, b and c`. */
function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** A reading's value and rating, the same whatever the order of marker ids: what makes two readings the same. @internal */
export function readingContent(reading: ReadingDocument): string {
  const parts = partsKey(reading);
  const content = [canonicalValue(reading.value) ?? null, reading.rating ?? null];
  return JSON.stringify(parts === undefined ? content : [...content, parts]);
}

/** A reading's value and rating as a message writes them: `10`, `yes`, `"Good"` (rating 0.5), `[a, b]`. @internal */
export function showReading(reading: ReadingDocument): string {
  const value = canonicalValue(reading.value);
  const ratio = reading.numerator === undefined || reading.denominator === undefined ? '' : `${reading.numerator}/${reading.denominator}`;
  if (value === undefined) return ratio === '' ? 'its breakdown' : ratio;
  const text = Array.isArray(value)
    ? `[${(value as readonly string[]).join(', ')}]`
    : typeof value === 'boolean'
      ? value
        ? 'yes'
        : 'no'
      : typeof value === 'string'
        ? JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)
        : String(value);
  return reading.rating === undefined ? text : `${text}, rating ${reading.rating}`;
}

/** An assessment's every field, as compared. @internal */
export function assessmentContent(assessment: AssessmentDocument): string {
  return JSON.stringify([assessment.progress, assessment.by ?? null, assessment.note ?? null]);
}

/** An assessment as a message writes it: `progress 0.4 by "Board"`. @internal */
export function showAssessment(assessment: AssessmentDocument): string {
  return `progress ${assessment.progress}${assessment.by === undefined ? '' : ` by ${JSON.stringify(assessment.by)}`}${assessment.note === undefined ? '' : ` noting ${JSON.stringify(assessment.note.length > 40 ? `${assessment.note.slice(0, 37)}...` : assessment.note)}`}`;
}
