import type { CoalitionComposition } from '../coalition/validate-coalition.js';
import type { CoalitionMember } from '../coalition/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IsoDate } from '../document/types.js';
import type { Model } from '../model/model.js';
import { compareText } from './canonical.js';
import { diff } from './diff.js';
import { fieldChanges } from './node-changes.js';
import type { Change, DiffOptions, FieldChange, ModelDiff, ProgressChange } from './types.js';

/**
 * One version of a coalition for {@link diffCoalition}: the composed model and
 * its composition, and the coalition's diagnostics. A successful
 * `validateCoalition` (or `readCoalitionFile`) result is one.
 */
export interface CoalitionVersion {
  /** The model of the composed document. */
  readonly model: Model;
  /** Its members, which member each node belongs to, and each member's own model. */
  readonly coalition: CoalitionComposition;
  /** The coalition's warnings (errors would not have given a model); default none. */
  readonly diagnostics?: readonly Diagnostic[];
}

/** A member of a coalition in both versions whose own file changed. */
export interface MemberDiff {
  /** The member's id, the prefix of its nodes in the coalition. */
  readonly member: string;
  /** Its file, as the later coalition file writes it. */
  readonly file: string;
  /** Its name, when the coalition file gives one. */
  readonly title?: string;
  /**
   * What changed in its own document, with ids as its own file writes them
   * (no `member:` prefix) and its own progress at the coalition diff's date.
   * Readings of an indicator merged into a shared one show here even where
   * the coalition keeps another member's reading.
   */
  readonly diff: ModelDiff;
}

/** A member listed in both versions of the coalition file whose entry differs (its file or title). */
export interface MemberEntryChange {
  readonly member: string;
  readonly fields: readonly FieldChange[];
}

/**
 * A goal, objective or indicator of the composed coalition whose progress or
 * status moved, with where the changes that feed it were written.
 */
export interface JointProgressChange extends ProgressChange {
  /** Whether a change written in the coalition file feeds it. */
  readonly fromCoalitionFile: boolean;
  /** The members whose files hold changes that feed it, in the order the coalition lists them. */
  readonly fromMembers: readonly string[];
}

/** What {@link diffCoalition} returns: plain data, the same whatever the order of things in the files. */
export interface CoalitionDiff {
  /** Whether nothing changed: no member's file, not the coalition file, no warning, no progress. */
  readonly equal: boolean;
  /** The date progress was compared at, for the coalition and for each member alike. */
  readonly asOf: IsoDate;
  /** Members only the later version lists. */
  readonly membersAdded: readonly CoalitionMember[];
  /** Members only the earlier version lists. */
  readonly membersRemoved: readonly CoalitionMember[];
  /** Members whose entry (file, title) changed. */
  readonly membersChanged: readonly MemberEntryChange[];
  /**
   * Changes written in the coalition file: its joint nodes, its links, its
   * shared indicators and its own fields, as changes of the composed document
   * (member nodes as `member:id`).
   */
  readonly coalitionChanges: readonly Change[];
  /** Each member in both versions whose own file changed, in the later version's order. */
  readonly members: readonly MemberDiff[];
  /** Warnings (and notes) of the coalition only the later version has, e.g. a member's reading that now conflicts. */
  readonly warningsAppeared: readonly Diagnostic[];
  /** Warnings only the earlier version has. */
  readonly warningsGone: readonly Diagnostic[];
  /** The joint progress that moved: the composed model's goals, objectives and indicators, with where their causes were written. */
  readonly progress: readonly JointProgressChange[];
  /** The diff of the two composed documents, which `progress` and `coalitionChanges` are drawn from. */
  readonly composed: ModelDiff;
}

/**
 * What changed between two versions of a coalition, told the way its M&E
 * lead reads it: each change attributed to the file it was made in (a
 * member's file, or the coalition file itself: members added and removed,
 * joint nodes, links, shared indicators), the coalition's warnings that
 * appeared or went, and what that did to joint progress.
 *
 * Each member's own document is compared too (from
 * `coalition.memberModels`), so a change the composed coalition hides (a
 * member's reading of a shared indicator that lost the merge to another
 * member's) is shown, with the `coalition-conflicting-claims` warning that
 * appeared for it. A member without its own model (a hand-made composition)
 * gets the composed changes to its nodes instead.
 *
 * @example
 * ```ts
 * const before = readCoalitionFile('v1/coalition.yaml');
 * const after = readCoalitionFile('v2/coalition.yaml');
 * if (before.ok && after.ok) console.log(formatCoalitionDiffText(diffCoalition(before, after)));
 * ```
 */
export function diffCoalition(before: CoalitionVersion, after: CoalitionVersion, options: DiffOptions = {}): CoalitionDiff {
  const composed = diff(before.model, after.model, options);
  const asOf = composed.asOf;
  const oldMembers = new Map(before.coalition.members.map((m) => [m.id, m]));
  const newMembers = new Map(after.coalition.members.map((m) => [m.id, m]));
  const membersAdded = after.coalition.members.filter((m) => !oldMembers.has(m.id));
  const membersRemoved = before.coalition.members.filter((m) => !newMembers.has(m.id));
  const membersChanged: MemberEntryChange[] = [];
  const members: MemberDiff[] = [];
  const changedMembers = new Set<string>();
  const ownModels = new Set<string>();
  for (const m of after.coalition.members) {
    const old = oldMembers.get(m.id);
    if (old === undefined) continue;
    const fields = fieldChanges(old, m, new Set(['id']));
    if (fields.length > 0) membersChanged.push({ member: m.id, fields });
    const b = before.coalition.memberModels?.get(m.id);
    const a = after.coalition.memberModels?.get(m.id);
    if (b === undefined || a === undefined) continue;
    ownModels.add(m.id);
    const own = diff(b, a, { ...options, asOf });
    if (own.equal) continue;
    changedMembers.add(m.id);
    members.push({ member: m.id, file: m.file, ...(m.title === undefined ? {} : { title: m.title }), diff: own });
  }

  const inBoth = (id: string): boolean => oldMembers.has(id) && newMembers.has(id);
  const owners = composed.changes.map((c) => ownersOf(c, before.coalition, after.coalition));
  // A change to members' nodes when none of those members' files changed is the coalition file's doing (its
  // shared indicators), and so is one to the nodes of a member joining or leaving.
  const sources = owners.map((list) => list.filter((m) => inBoth(m) && (!ownModels.has(m) || changedMembers.has(m))));
  // A joining or leaving member's own nodes are told by "member added" or "member removed", not one by one.
  const joinedOrLeft = owners.map((list) => list.length > 0 && list.every((m) => !inBoth(m)));
  // The composed document's levels are the coalition's then each member's: a member joining, leaving or
  // renaming its levels moves them, and that shows as the member's change, not the coalition file's.
  const levelsMoved = membersAdded.length + membersRemoved.length > 0 || members.some((m) => m.diff.changes.some((c) => c.kind === 'document-changed' && c.fields.some((f) => f.field === 'levels')));
  const coalitionChanges = composed.changes.flatMap((c, i): Change[] => {
    if ((sources[i] as readonly string[]).length > 0 || joinedOrLeft[i] === true) return [];
    if (c.kind !== 'document-changed' || !levelsMoved) return [c];
    const fields = c.fields.filter((f) => f.field !== 'levels');
    return fields.length === 0 ? [] : [{ ...c, fields }];
  });
  // A member without its own model: the composed changes to its nodes stand for its own diff.
  for (const m of after.coalition.members) {
    if (!inBoth(m.id) || ownModels.has(m.id)) continue;
    const changes = composed.changes.filter((_, i) => (sources[i] as readonly string[]).includes(m.id));
    if (changes.length === 0) continue;
    const progress = composed.progress.filter((p) => p.causes.some((k) => (sources[k] as readonly string[]).includes(m.id)));
    members.push({ member: m.id, file: m.file, ...(m.title === undefined ? {} : { title: m.title }), diff: { equal: false, asOf, changes, progress: progress.map((p) => ({ ...p, causes: p.causes.filter((k) => (sources[k] as readonly string[]).includes(m.id)).map((k) => changes.indexOf(composed.changes[k] as Change)) })) } });
  }
  const order = new Map(after.coalition.members.map((m, i) => [m.id, i]));
  members.sort((x, y) => (order.get(x.member) ?? 0) - (order.get(y.member) ?? 0));

  const progress = composed.progress.map((p): JointProgressChange => {
    const from = p.causes.map((k) => sources[k] as readonly string[]);
    const fromMembers = [...new Set(from.flat())].sort((x, y) => (order.get(x) ?? oldOrder(before, x)) - (order.get(y) ?? oldOrder(before, y)));
    return { ...p, fromCoalitionFile: from.some((s) => s.length === 0), fromMembers };
  });

  const [warningsAppeared, warningsGone] = warningChanges(before.diagnostics ?? [], after.diagnostics ?? []);
  const equal = composed.equal && members.length === 0 && membersAdded.length === 0 && membersRemoved.length === 0 && membersChanged.length === 0 && warningsAppeared.length === 0 && warningsGone.length === 0;
  return { equal, asOf, membersAdded, membersRemoved, membersChanged, coalitionChanges, members, warningsAppeared, warningsGone, progress, composed };
}

function oldOrder(before: CoalitionVersion, id: string): number {
  return 1e6 + before.coalition.members.findIndex((m) => m.id === id);
}

/** The ids a change is about. */
function idsOf(change: Change): { readonly nodes: readonly string[]; readonly link?: readonly [string, string] } {
  switch (change.kind) {
    case 'document-changed':
      return { nodes: [] };
    case 'node-renamed':
      return { nodes: [change.from, change.to] };
    case 'node-added':
    case 'node-removed':
    case 'node-changed':
    case 'assumption-status':
      return { nodes: [change.id] };
    case 'link-added':
    case 'link-removed':
    case 'link-reweighted':
    case 'link-changed':
      return { nodes: [], link: [change.from, change.to] };
    default:
      return { nodes: [change.indicator] };
  }
}

/**
 * The members whose files a change of the composed document could be
 * written in, or none for the coalition file. A node of no member is a
 * joint one; a link between two members' nodes (or a member's and a joint
 * one) is a coalition link; a shared indicator added, removed or renamed is
 * the coalition's merge.
 */
function ownersOf(change: Change, before: CoalitionComposition, after: CoalitionComposition): readonly string[] {
  const owners = (id: string): string[] => [...new Set([...before.ownersOf(id), ...after.ownersOf(id)])].sort(compareText);
  const { nodes, link } = idsOf(change);
  let found: string[];
  if (link !== undefined) {
    const to = new Set(owners(link[1]));
    found = owners(link[0]).filter((m) => to.has(m));
  } else if (nodes.length === 0) {
    found = [];
  } else {
    const all = nodes.map(owners);
    const shared = all.some((o) => o.length > 1);
    found = shared && (change.kind === 'node-added' || change.kind === 'node-removed' || change.kind === 'node-renamed') ? [] : [...new Set(all.flat())];
  }
  return found;
}

/** The diagnostics (other than errors) only one version has, compared by code, ids and message: where in a file they sit may move. */
function warningChanges(before: readonly Diagnostic[], after: readonly Diagnostic[]): [Diagnostic[], Diagnostic[]] {
  const key = (d: Diagnostic): string => JSON.stringify([d.code, d.ids, d.message]);
  const sort = (list: Diagnostic[]): Diagnostic[] => list.sort((x, y) => compareText(key(x), key(y)));
  const notError = (d: Diagnostic): boolean => d.severity !== 'error';
  const old = new Set(before.filter(notError).map(key));
  const now = new Set(after.filter(notError).map(key));
  return [sort(after.filter((d) => notError(d) && !old.has(key(d)))), sort(before.filter((d) => notError(d) && !now.has(key(d))))];
}
