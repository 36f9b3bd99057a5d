import { readingDate } from '../document/reading-date.js';
import { canonicalText, compareText } from './canonical.js';
import type { Change, ChangeKind } from './types.js';

/** The order of the kinds in a diff: as its text reads, section by section. @internal */
export const CHANGE_ORDER: readonly ChangeKind[] = [
  'document-changed',
  'node-renamed',
  'node-added',
  'node-removed',
  'node-changed',
  'link-added',
  'link-removed',
  'link-reweighted',
  'link-changed',
  'assumption-status',
  'baseline-moved',
  'target-moved',
  'target-added',
  'target-removed',
  'reading-corrected',
  'reading-added',
  'reading-removed',
];

/** The id a change is about first, then second, and its date: what it is ordered by within its kind. */
function keyOf(change: Change): string[] {
  switch (change.kind) {
    case 'document-changed':
      return [];
    case 'node-added':
    case 'node-removed':
    case 'node-changed':
    case 'assumption-status':
      return [change.id];
    case 'node-renamed':
      return [change.to, change.from];
    case 'link-added':
    case 'link-removed':
    case 'link-reweighted':
    case 'link-changed':
      return [change.from, change.to, change.relation];
    case 'baseline-moved':
      return [change.indicator];
    case 'target-moved':
      return [change.indicator, readingDate(change.after) ?? ''];
    case 'target-added':
    case 'target-removed':
      return [change.indicator, readingDate(change.target) ?? ''];
    case 'reading-corrected':
      return [change.indicator, change.date];
    case 'reading-added':
    case 'reading-removed':
      return [change.indicator, readingDate(change.reading) ?? ''];
  }
}

/** The changes in {@link CHANGE_ORDER}, then by id and date, then by content: one order whatever the documents'. @internal */
export function sortChanges(changes: readonly Change[]): Change[] {
  const rank = new Map(CHANGE_ORDER.map((k, i) => [k, i]));
  return changes
    .map((c) => ({ c, rank: rank.get(c.kind) ?? 0, key: keyOf(c), text: canonicalText(c) }))
    .sort((a, b) => a.rank - b.rank || compareKeys(a.key, b.key) || compareText(a.text, b.text))
    .map(({ c }) => c);
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = compareText(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}
