import { today } from '../document/dates.js';
import type { NodeDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import { canonicalText, compareText, sameJson } from './canonical.js';
import { assumptionEnds, linkKey, linksOf, type Link } from './links.js';
import { documentFieldChanges, fieldChanges, nodeFieldChanges } from './node-changes.js';
import { progressChanges } from './progress-changes.js';
import { latestReading, readingChanges } from './reading-changes.js';
import { findRenames } from './renames.js';
import { sortChanges } from './sort-changes.js';
import type { Change, DiffOptions, ModelDiff } from './types.js';

/**
 * What changed between two versions of a theory of change: nodes added,
 * removed, renamed and changed; links added, removed and re-weighted;
 * assumptions changing status; baselines and targets moved; readings added,
 * removed and corrected; and, as the effect of all that, which goals,
 * objectives and indicators have another progress or status at one date, each
 * with the changes that feed it.
 *
 * It takes two validated {@link Model}s (from `validate`, `loadModel` or
 * `theory-of-change/parse`), so both versions are known to be sound and their
 * progress can be rolled up. Nodes are matched by id; an id gone and an id
 * new, of the same kind, with the same title and the same links, are reported
 * as a likely rename (`node-renamed`) and compared as one node. The result is
 * plain data, the same whatever the order of nodes, links, readings and other
 * lists whose order means nothing in either document.
 *
 * Progress is compared at `options.asOf`, by default the latest observation
 * date in either version (today if neither has one), so that the same two
 * files give the same diff on any day.
 *
 * @example
 * ```ts
 * const changes = diff(before, after);
 * if (!changes.equal) console.log(formatDiffText(changes));
 * ```
 */
export function diff(before: Model, after: Model, options: DiffOptions = {}): ModelDiff {
  const oldNodes = before.document.nodes;
  const newNodes = after.document.nodes;
  const renames = findRenames(oldNodes, newNodes);
  const rename = (id: string): string => renames.get(id) ?? id;
  const changes: Change[] = [];

  const documentFields = documentFieldChanges(before.document, after.document);
  if (documentFields.length > 0) changes.push({ kind: 'document-changed', fields: documentFields });

  const old = new Map(oldNodes.map((n) => [rename(n.id), n]));
  const now = new Map(newNodes.map((n) => [n.id, n]));
  // Nodes the same in both versions start the same links: without renames, only the others' links are compared.
  const unchanged = new Set<NodeDocument>();
  for (const node of newNodes) if (!old.has(node.id)) changes.push({ kind: 'node-added', id: node.id, nodeKind: node.kind, title: node.title });
  for (const node of oldNodes) if (!now.has(rename(node.id))) changes.push({ kind: 'node-removed', id: node.id, nodeKind: node.kind, title: node.title });
  for (const [from, to] of renames) {
    const node = now.get(to) as NodeDocument;
    changes.push({ kind: 'node-renamed', from, to, nodeKind: node.kind, title: node.title });
  }
  for (const [id, a] of now) {
    const b = old.get(id);
    // The same object (a model against itself, or a node kept from one to the other) has nothing to compare.
    if (b === undefined) continue;
    if (sameJson(b, a)) {
      unchanged.add(a).add(b);
      continue;
    }
    const fields = nodeFieldChanges(b, a);
    if (fields.length > 0) changes.push({ kind: 'node-changed', id, nodeKind: a.kind, title: a.title, fields });
    if (b.kind === 'assumption' && a.kind === 'assumption' && b.status !== a.status) {
      changes.push({ kind: 'assumption-status', id, title: a.title, ...(b.status === undefined ? {} : { before: b.status }), ...(a.status === undefined ? {} : { after: a.status }) });
    }
    if (b.kind === 'indicator' && a.kind === 'indicator') changes.push(...readingChanges(id, b, a));
  }

  const compared = (n: NodeDocument): boolean => renames.size > 0 || !unchanged.has(n);
  changes.push(...linkChanges(oldNodes.filter(compared).flatMap((n) => linksOf(n, rename)), newNodes.filter(compared).flatMap((n) => linksOf(n, (id) => id))));

  const sorted = sortChanges(changes);
  const asOf = options.asOf ?? latestOf(before, after);
  // The ends of the links resting on each assumption, needed only when an assumption changed.
  const assumptionChanged = sorted.some((c) => c.kind === 'assumption-status' || ((c.kind === 'node-added' || c.kind === 'node-removed' || c.kind === 'node-changed') && c.nodeKind === 'assumption'));
  const ends = assumptionChanged ? assumptionEnds([...oldNodes.flatMap((n) => linksOf(n, rename)), ...newNodes.flatMap((n) => linksOf(n, (id) => id))]) : new Map<string, Set<string>>();
  const progress = progressChanges(before, after, renames, sorted, ends, { ...options.progress, asOf });
  return { equal: sorted.length === 0 && progress.length === 0, asOf, changes: sorted, progress };
}

/** Links added, removed, re-weighted and otherwise changed. */
function linkChanges(before: readonly Link[], after: readonly Link[]): Change[] {
  const old = new Map(before.map((l) => [linkKey(l), l]));
  const now = new Map(after.map((l) => [linkKey(l), l]));
  const changes: Change[] = [];
  const weight = (l: Link): { weight?: number } => (l.weight === undefined ? {} : { weight: l.weight });
  for (const [key, l] of now) if (!old.has(key)) changes.push({ kind: 'link-added', relation: l.relation, from: l.from, to: l.to, ...weight(l) });
  for (const [key, l] of old) if (!now.has(key)) changes.push({ kind: 'link-removed', relation: l.relation, from: l.from, to: l.to, ...weight(l) });
  const skip = new Set(['relation', 'from', 'to', 'weight']);
  for (const [key, a] of now) {
    const b = old.get(key);
    if (b === undefined) continue;
    if (a.weight !== undefined && b.weight !== undefined && a.weight !== b.weight) {
      changes.push({ kind: 'link-reweighted', relation: a.relation, from: a.from, to: a.to, before: b.weight, after: a.weight });
    }
    const fields = sameJson(b, a) || canonicalText(b) === canonicalText(a) ? [] : fieldChanges(b, a, skip);
    if (fields.length > 0) changes.push({ kind: 'link-changed', relation: a.relation, from: a.from, to: a.to, fields });
  }
  return changes;
}

/** The latest observation date in either version, else today. */
function latestOf(before: Model, after: Model): string {
  const dates = [latestReading(before.indicators()), latestReading(after.indicators())].filter((d): d is string => d !== undefined).sort(compareText);
  return dates.at(-1) ?? today();
}
