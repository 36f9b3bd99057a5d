/**
 * Programmes from `related-activity` links: the activities of a file linked parent ↔ child, as a
 * coalition of their documents (see docs/iati-mapping.md, "Programmes").
 * @internal
 */
import { MEMBER_ID, MEMBER_SEPARATOR } from '../../coalition/compose.js';
import type { CoalitionDocument, CoalitionLink, CoalitionMember } from '../../coalition/types.js';
import { isRecord } from '../../document/is-record.js';
import type { TheoryOfChangeDocument } from '../../document/types.js';
import { compareIds } from '../../model/compare-ids.js';
import type { WrittenCoalition } from '../export/coalition-extension.js';
import type { IatiProgramme, RelatedActivity, UnfollowedLink } from './import-result.js';

/** What the programmes need of an imported document: its title and top results. @internal */
export interface DocumentSummary {
  readonly title: string;
  /** Its goals, then its objectives that contribute to nothing, in document order. */
  readonly tops: readonly string[];
}

/** The summary of a document. @internal */
export function summarise(document: TheoryOfChangeDocument): DocumentSummary {
  const goals = document.nodes.filter((n) => n.kind === 'goal').map((n) => n.id);
  const objectives = document.nodes.filter((n) => n.kind === 'objective' && (n.contributesTo === undefined || n.contributesTo.length === 0)).map((n) => n.id);
  return { title: document.title, tops: [...goals, ...objectives] };
}

/** The default file of an activity's document: `./`, the identifier made a file name, `.yaml`. @internal */
export function defaultFileOf(identifier: string): string {
  const base = identifier.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return `./${base === '' ? 'activity' : base}.yaml`;
}

/** A member id from an identifier: letters, digits, `-` and `_`, any other run `-`, starting with a letter or digit. @internal */
export function memberIdOf(identifier: string): string {
  const id = identifier.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+/, '');
  return MEMBER_ID.test(id) ? id : 'activity';
}

/** The input of {@link programmesOf}. @internal */
export interface ProgrammeInput {
  /** Every activity read with a document, by identifier (the first of a repeated identifier). */
  readonly documents: ReadonlyMap<string, DocumentSummary>;
  /** Every identifier read, with or without results. */
  readonly read: ReadonlySet<string>;
  readonly related: readonly RelatedActivity[];
  /** Coalitions written by `toIatiCoalition`, by the identifier of the activity that carries them. */
  readonly written: ReadonlyMap<string, WrittenCoalition>;
  readonly fileOf: (identifier: string) => string;
}

/** The programmes of a file and the links that make none. @internal */
export function programmesOf(input: ProgrammeInput): { readonly programmes: readonly IatiProgramme[]; readonly unfollowed: readonly UnfollowedLink[] } {
  const { documents, read, related, written, fileOf } = input;
  const unfollowed: UnfollowedLink[] = [];
  const programmes: IatiProgramme[] = [];
  // Written coalitions: restored as written; their activities take part in no other programme.
  const claimedBy = new Map<string, string>();
  for (const [carrier, coalition] of [...written].sort(([a], [b]) => compareIds(a, b))) {
    const restored = restoreProgramme(carrier, coalition, documents, fileOf);
    if (restored === undefined) continue;
    programmes.push(restored);
    for (const identifier of [carrier, ...Object.values(restored.activities)]) if (!claimedBy.has(identifier)) claimedBy.set(identifier, carrier);
  }

  const why = (identifier: string): string | undefined =>
    documents.has(identifier) ? undefined : read.has(identifier) ? `the activity ${identifier} has no results, so it has no document` : `the activity ${identifier} is not in the file`;
  const edges = new Map<string, { readonly parent: string; readonly child: string }>();
  for (const link of related) {
    if (link.relation !== 'parent' && link.relation !== 'child') {
      const what = link.relation === 'unknown' ? `the type "${link.type}" is not a code of IATI's list (1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party)` : `a ${link.relation} link says the activities are related, not that one is part of the other`;
      unfollowed.push({ ...link, why: `${what}; only parent and child links make a programme` });
      continue;
    }
    const [parent, child] = link.relation === 'parent' ? [link.ref, link.activity] : [link.activity, link.ref];
    const missing = why(link.activity) ?? why(link.ref);
    // A link within a coalition written by toIatiCoalition: that coalition says how they are joined.
    if (claimedBy.has(parent) && claimedBy.get(parent) === claimedBy.get(child)) continue;
    if (missing !== undefined) unfollowed.push({ ...link, why: missing });
    else if (parent === child) unfollowed.push({ ...link, why: 'it names the activity itself' });
    else edges.set(`${parent}\u0000${child}`, { parent, child });
  }

  // Activities joined by links, each group one programme.
  const group = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while ((group.get(root) ?? root) !== root) root = group.get(root) as string;
    return root;
  };
  for (const { parent, child } of edges.values()) {
    const [a, b] = [find(parent), find(child)].sort(compareIds) as [string, string];
    group.set(b, a);
    if (!group.has(a)) group.set(a, a);
  }
  const components = new Map<string, Set<string>>();
  for (const identifier of group.keys()) components.set(find(identifier), (components.get(find(identifier)) ?? new Set<string>()).add(identifier));
  const sorted = [...edges.values()].sort((x, y) => compareIds(x.parent, y.parent) || compareIds(x.child, y.child));
  const skip = (link: { readonly parent: string; readonly child: string; readonly why: string }): void => {
    for (const r of related) {
      const same = r.relation === 'parent' ? r.ref === link.parent && r.activity === link.child : r.relation === 'child' && r.activity === link.parent && r.ref === link.child;
      if (same) unfollowed.push({ ...r, why: link.why });
    }
  };
  for (const members of components.values()) programmes.push(defaultProgramme(sorted.filter((e) => members.has(e.parent)), documents, fileOf, skip));
  programmes.sort((a, b) => compareIds(a.parent, b.parent));
  return { programmes, unfollowed };
}

/** Member ids for identifiers: from each identifier, unique (`-2`, `-3`… in identifier order), so the same whatever the file's order. */
function memberIds(identifiers: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const identifier of [...identifiers].sort(compareIds)) {
    const base = memberIdOf(identifier);
    let id = base;
    for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
    taken.add(id.toLowerCase());
    ids.set(identifier, id);
  }
  return ids;
}

function defaultProgramme(
  edges: readonly { readonly parent: string; readonly child: string }[],
  documents: ReadonlyMap<string, DocumentSummary>,
  fileOf: (identifier: string) => string,
  skip: (link: { readonly parent: string; readonly child: string; readonly why: string }) => void,
): IatiProgramme {
  const children = new Map<string, string[]>();
  const parents = new Map<string, string[]>();
  for (const { parent, child } of edges) {
    children.set(parent, [...(children.get(parent) ?? []), child]);
    parents.set(child, [...(parents.get(child) ?? []), parent]);
  }
  const all = [...new Set(edges.flatMap((e) => [e.parent, e.child]))].sort(compareIds);
  const roots = all.filter((a) => !parents.has(a));
  // Top down: the roots, then each one's children, breadth first; activities in a loop last.
  const order: string[] = [];
  const queue = roots.length > 0 ? [...roots] : [all[0] as string];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (order.includes(next)) continue;
    order.push(next);
    queue.push(...(children.get(next) ?? []).slice().sort(compareIds));
  }
  for (const a of all) if (!order.includes(a)) order.push(a);
  const ids = memberIds(all);
  const idOf = (identifier: string): string => ids.get(identifier) as string;

  const links: CoalitionLink[] = [];
  const up = new Map<string, string[]>();
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const x = stack.pop() as string;
      if (x === to) return true;
      if (seen.has(x)) continue;
      seen.add(x);
      stack.push(...(up.get(x) ?? []));
    }
    return false;
  };
  const rank = (identifier: string): number => order.indexOf(identifier);
  for (const { parent, child } of [...edges].sort((x, y) => rank(x.parent) - rank(y.parent) || rank(x.child) - rank(y.child))) {
    const target = documents.get(parent)?.tops[0];
    const sources = documents.get(child)?.tops ?? [];
    if (reaches(parent, child)) {
      skip({ parent, child, why: `it would close a loop: ${parent} is already part of ${child}` });
      continue;
    }
    if (target === undefined || sources.length === 0) {
      skip({ parent, child, why: `the document of ${target === undefined ? parent : child} has no goal or objective to link` });
      continue;
    }
    up.set(child, [...(up.get(child) ?? []), parent]);
    for (const source of sources) {
      links.push({
        from: `${idOf(child)}${MEMBER_SEPARATOR}${source}`,
        to: `${idOf(parent)}${MEMBER_SEPARATOR}${target}`,
        note: `From IATI related-activity: the activity ${child} is part of ${parent}, so its top result is taken to contribute to the parent's.`,
      });
    }
  }
  const root = order[0] as string;
  const members: CoalitionMember[] = order.map((identifier) => ({ id: idOf(identifier), file: fileOf(identifier), title: documents.get(identifier)?.title ?? identifier }));
  const coalition: CoalitionDocument = {
    id: `programme-${idOf(root)}`,
    title: `${documents.get(root)?.title ?? root} (programme)`,
    description: `The IATI activity ${root} and the activities that are part of it (related-activity parent and child links), as imported by toc import iati. Each link is assumed: a child activity's top result contributes to its parent's.`,
    members,
    links,
  };
  return { parent: root, activities: Object.fromEntries(order.map((identifier) => [idOf(identifier), identifier])), coalition };
}

/** A coalition written by `toIatiCoalition`, its members' files from `fileOf`; members whose activity has no document here are left out, with the links that name them. */
function restoreProgramme(carrier: string, written: WrittenCoalition, documents: ReadonlyMap<string, DocumentSummary>, fileOf: (identifier: string) => string): IatiProgramme | undefined {
  const kept = written.members.filter((m) => documents.has(m.identifier) && MEMBER_ID.test(m.id));
  if (kept.length === 0) return undefined;
  const ids = new Set(kept.map((m) => m.id));
  const known = (ref: unknown): boolean => typeof ref !== 'string' || !ref.includes(MEMBER_SEPARATOR) || ids.has(ref.slice(0, ref.indexOf(MEMBER_SEPARATOR)));
  const { nodes, links, sharedIndicators, ...header } = written.fields;
  // The extension's JSON has its keys sorted: the usual order back, for a file that reads as one written by hand.
  const coalition = {
    ...ordered(header, ['id', 'title', 'description', 'organisation', 'period', 'levels']),
    members: kept.map((m) => ({ id: m.id, file: fileOf(m.identifier), ...(m.title === undefined ? {} : { title: m.title }) })),
    ...(nodes === undefined ? {} : { nodes: Array.isArray(nodes) ? nodes.map((n: unknown) => (isRecord(n) ? ordered(n, ['kind', 'id', 'level', 'title', 'description']) : n)) : nodes }),
    ...(links === undefined ? {} : { links: Array.isArray(links) ? links.filter((l: unknown) => !isRecord(l) || (known(l.from) && known(l.to))).map((l: unknown) => (isRecord(l) ? ordered(l, ['from', 'to', 'weight', 'assumptions', 'note', 'evidence']) : l)) : links }),
    ...(sharedIndicators === undefined ? {} : { sharedIndicators }),
  } as unknown as CoalitionDocument;
  const parent = carrier;
  return { parent, activities: Object.fromEntries(kept.map((m) => [m.id, m.identifier])), coalition };
}

/** `record` with the keys `first` first, in that order, then the others in code-unit order. */
function ordered(record: Readonly<Record<string, unknown>>, first: readonly string[]): Record<string, unknown> {
  const keys = [...first.filter((k) => k in record), ...Object.keys(record).filter((k) => !first.includes(k)).sort()];
  return Object.fromEntries(keys.map((k) => [k, record[k]]));
}
