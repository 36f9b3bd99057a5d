import type { Model } from '../model/model.js';
import { nineDecimals } from '../progress/nine-decimals.js';
import { rollUp } from '../progress/roll-up.js';
import type { ProgressOptions, ProgressReport } from '../progress/types.js';
import { compareText } from './canonical.js';
import type { Change, ProgressChange, ProgressPoint } from './types.js';

const KIND_ORDER = { goal: 0, objective: 1, indicator: 2 } as const;

/** The ids a change can move progress at: a node's progress moves when a change touches it or anything below it. */
function touches(change: Change, ends: ReadonlyMap<string, ReadonlySet<string>>): readonly string[] | 'all' {
  const onLinks = (id: string): string[] => [id, ...(ends.get(id) ?? [])];
  switch (change.kind) {
    case 'document-changed':
      return 'all';
    case 'node-added':
    case 'node-removed':
    case 'node-changed':
    case 'assumption-status':
      return onLinks(change.id);
    case 'node-renamed':
      // A new id alone moves no progress.
      return [];
    case 'link-added':
    case 'link-removed':
    case 'link-reweighted':
    case 'link-changed':
      return [change.to];
    default:
      return [change.indicator];
  }
}

/**
 * The ids at or above `id` in one model: itself, and the goals and objectives
 * it feeds (an indicator: those it measures, and what they contribute to);
 * memoised, as changes share ancestors.
 */
function aboveIn(model: Model): (id: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  return (id) => {
    let ids = memo.get(id);
    if (ids === undefined) {
      const node = model.node(id);
      const direct = node === undefined ? [] : node.kind === 'indicator' ? model.measuredBy(id) : node.kind === 'goal' || node.kind === 'objective' ? [id] : [];
      // Walked here with a set, not with `model.ancestors` per node: that clears a mark per node of
      // the model on each call, which, for thousands of changes in a 100k-node model, was most of the diff.
      const seen = new Set<string>([id, ...direct]);
      const queue = [...direct];
      for (let head = 0; head < queue.length; head++) {
        for (const parent of model.parents(queue[head] as string)) {
          if (seen.has(parent)) continue;
          seen.add(parent);
          queue.push(parent);
        }
      }
      ids = [...seen];
      memo.set(id, ids);
    }
    return ids;
  };
}

/** A node's progress and status from the report's arrays (its entry, with the contributions, is not built). */
function point(report: ProgressReport, id: string): ProgressPoint {
  const at = report.indexOf(id);
  const progress = at === -1 ? Number.NaN : (report.progress[at] as number);
  return { progress: Number.isNaN(progress) ? null : progress, status: at === -1 ? 'no-data' : (report.status[at] ?? 'no-data') };
}
const same = (a: ProgressPoint, b: ProgressPoint): boolean =>
  a.status === b.status && (a.progress === null ? b.progress === null : b.progress !== null && nineDecimals(a.progress) === nineDecimals(b.progress));

/**
 * The goals, objectives and indicators in both versions whose progress or
 * status differs at `options.asOf`, goals first, then objectives, then
 * indicators, each by id; each with the positions in `changes` of what feeds
 * it. @internal
 */
export function progressChanges(
  before: Model,
  after: Model,
  renames: ReadonlyMap<string, string>,
  changes: readonly Change[],
  ends: ReadonlyMap<string, ReadonlySet<string>>,
  options: ProgressOptions,
): ProgressChange[] {
  const oldReport = rollUp(before, options);
  const newReport = rollUp(after, options);
  const formerOf = new Map([...renames].map(([from, to]) => [to, from]));
  const rename = (id: string): string => renames.get(id) ?? id;
  // Each change is a cause of every node at or above what it touches, in either version (the earlier's ids renamed).
  const causes = new Map<string, number[]>();
  const everywhere: number[] = [];
  const aboveAfter = aboveIn(after);
  const aboveBefore = aboveIn(before);
  changes.forEach((change, i) => {
    const touched = touches(change, ends);
    if (touched === 'all') {
      everywhere.push(i);
      return;
    }
    const ids = new Set<string>();
    for (const id of touched) {
      for (const above of aboveAfter(id)) ids.add(above);
      for (const above of aboveBefore(formerOf.get(id) ?? id)) ids.add(rename(above));
    }
    for (const id of ids) (causes.get(id) ?? causes.set(id, []).get(id))?.push(i);
  });
  const out: ProgressChange[] = [];
  const nodes = [...after.goals(), ...after.objectives(), ...after.indicators()];
  for (const node of nodes) {
    const formerId = formerOf.get(node.id) ?? node.id;
    const was = before.node(formerId);
    if (was === undefined || (was.kind === 'indicator') !== (node.kind === 'indicator') || !['goal', 'objective', 'indicator'].includes(was.kind)) continue;
    const b = point(oldReport, formerId);
    const a = point(newReport, node.id);
    if (same(a, b)) continue;
    out.push({
      id: node.id,
      ...(formerId === node.id ? {} : { formerId }),
      nodeKind: node.kind as ProgressChange['nodeKind'],
      title: node.title,
      before: b,
      after: a,
      causes: [...everywhere, ...(causes.get(node.id) ?? [])].sort((x, y) => x - y),
    });
  }
  return out.sort((x, y) => KIND_ORDER[x.nodeKind] - KIND_ORDER[y.nodeKind] || compareText(x.id, y.id));
}
