import { readingDate } from '../document/reading-date.js';
import type { IndicatorDocument, ReadingDocument } from '../document/types.js';
import { canonical, canonicalText, compareText } from './canonical.js';

/** A reading with its order-free lists sorted: the same whatever the order written. */
const c = (r: ReadingDocument): ReadingDocument => canonical(r) as unknown as ReadingDocument;
import type { Change } from './types.js';

/** The readings of one date, by their canonical text, with those in both versions taken out. */
function unmatched(before: readonly ReadingDocument[], after: readonly ReadingDocument[]): { before: ReadingDocument[]; after: ReadingDocument[] } {
  const left = after.map((r) => ({ r, text: canonicalText(r) }));
  const gone: ReadingDocument[] = [];
  for (const reading of before) {
    const text = canonicalText(reading);
    const at = left.findIndex((l) => l.text === text);
    if (at === -1) gone.push(reading);
    else left.splice(at, 1);
  }
  return { before: gone, after: left.map((l) => l.r) };
}

/** Readings grouped by date (a reading without one under ''), dates in order. */
function byDate(readings: readonly ReadingDocument[]): Map<string, ReadingDocument[]> {
  const out = new Map<string, ReadingDocument[]>();
  for (const r of readings) {
    const date = readingDate(r) ?? '';
    (out.get(date) ?? out.set(date, []).get(date))?.push(r);
  }
  return out;
}

/** The readings in a fixed order: by canonical text. */
const ordered = (readings: readonly ReadingDocument[]): ReadingDocument[] =>
  readings
    .map((r) => [canonicalText(r), r] as const)
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([, r]) => r);

/**
 * Readings of one list compared date by date: one gone and one new on the
 * same date are a correction; the rest are added or removed. Returns the
 * pairs and the unpaired.
 */
function compareDated(
  before: readonly ReadingDocument[],
  after: readonly ReadingDocument[],
): { pairs: [ReadingDocument, ReadingDocument][]; removed: ReadingDocument[]; added: ReadingDocument[] } {
  const old = byDate(before);
  const now = byDate(after);
  const dates = [...new Set([...old.keys(), ...now.keys()])].sort(compareText);
  const pairs: [ReadingDocument, ReadingDocument][] = [];
  const removed: ReadingDocument[] = [];
  const added: ReadingDocument[] = [];
  for (const date of dates) {
    const left = unmatched(old.get(date) ?? [], now.get(date) ?? []);
    const gone = ordered(left.before);
    const come = ordered(left.after);
    if (gone.length === 1 && come.length === 1) pairs.push([gone[0] as ReadingDocument, come[0] as ReadingDocument]);
    else {
      removed.push(...gone);
      added.push(...come);
    }
  }
  return { pairs, removed, added };
}

/**
 * The changes to an indicator's baseline, targets and observations (the
 * indicator `id` as the later version names it).
 * @internal
 */
export function readingChanges(id: string, before: IndicatorDocument, after: IndicatorDocument): Change[] {
  const changes: Change[] = [];
  // Most indicators keep their readings: one comparison of the three lists (each sorted) settles them.
  if (canonicalText({ baseline: before.baseline, targets: before.targets, observations: before.observations }) === canonicalText({ baseline: after.baseline, targets: after.targets, observations: after.observations })) return changes;
  if (canonicalText(before.baseline) !== canonicalText(after.baseline)) {
    changes.push({ kind: 'baseline-moved', indicator: id, ...(before.baseline === undefined ? {} : { before: c(before.baseline) }), ...(after.baseline === undefined ? {} : { after: c(after.baseline) }) });
  }
  const targets = compareDated(before.targets ?? [], after.targets ?? []);
  // The indicator's one target gone and one new on another date: the target moved.
  if (targets.removed.length === 1 && targets.added.length === 1) targets.pairs.push([targets.removed.pop() as ReadingDocument, targets.added.pop() as ReadingDocument]);
  for (const [b, a] of targets.pairs) changes.push({ kind: 'target-moved', indicator: id, before: c(b), after: c(a) });
  for (const t of targets.removed) changes.push({ kind: 'target-removed', indicator: id, target: c(t) });
  for (const t of targets.added) changes.push({ kind: 'target-added', indicator: id, target: c(t) });
  const readings = compareDated(before.observations ?? [], after.observations ?? []);
  for (const [b, a] of readings.pairs) changes.push({ kind: 'reading-corrected', indicator: id, date: readingDate(a) ?? '', before: c(b), after: c(a) });
  for (const r of readings.removed) changes.push({ kind: 'reading-removed', indicator: id, reading: c(r) });
  for (const r of readings.added) changes.push({ kind: 'reading-added', indicator: id, reading: c(r) });
  return changes;
}

/** The latest date of any observation of the indicators, or `undefined`. @internal */
export function latestReading(indicators: readonly IndicatorDocument[]): string | undefined {
  let latest: string | undefined;
  for (const indicator of indicators) {
    for (const r of indicator.observations ?? []) {
      const date = readingDate(r);
      if (date !== undefined && (latest === undefined || date > latest)) latest = date;
    }
  }
  return latest;
}
