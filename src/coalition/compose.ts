import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { suggestion } from '../diagnostics/did-you-mean.js';
import { isRecord } from '../document/is-record.js';
import { mergeShared, type Node, type Placed, type Problem } from './merge-shared.js';
import type { CoalitionMember, Origin } from './types.js';

/** The separator between a member's id and a node id in a cross-document reference: `asi:ko1`. */
export const MEMBER_SEPARATOR = ':';

/** What a member id may be: letters, digits, `-` and `_`, starting with a letter or digit. @internal */
export const MEMBER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The fields of a coalition file that are not those of a theory-of-change document. */
const COALITION_FIELDS = new Set(['members', 'links', 'sharedIndicators']);

/** What {@link composeCoalition} gives: the composed document and where each of its parts was written. @internal */
export interface Composition {
  /** One ordinary theory-of-change document (not yet validated). */
  readonly document: Record<string, unknown>;
  /** The members, as listed (well-formed entries only). */
  readonly members: readonly CoalitionMember[];
  /** Problems found while composing, with `file` the coalition's name or the member's file as written. */
  readonly diagnostics: readonly Diagnostic[];
  /** Where a path into the composed document was written. */
  readonly origin: (path: DocumentPath) => Origin;
  /** The member a composed node id belongs to (`undefined`: a joint node); for a shared indicator, each member that reports it. */
  readonly ownersOf: (id: string) => readonly string[];
  /**
   * By index in the composed document's nodes: the member and index in its
   * document of a member's node that composition only prefixed (no link
   * added, no shared indicator merged into it, no reading age given); else `undefined`.
   */
  readonly unchanged: readonly (MemberNode | undefined)[];
}

/** A node of a member's document: the member's id and the node's index in its document's nodes. @internal */
export interface MemberNode {
  readonly member: string;
  readonly index: number;
}

/**
 * Composes a coalition (parsed YAML or JSON) and its members' documents (by
 * member id) into one theory-of-change document: each member's node ids
 * prefixed `member:`, the joint nodes as written, the coalition's links added
 * to the nodes they start from, and each group of shared indicators merged
 * into one. Members' documents are not changed. @internal
 */
export function composeCoalition(coalition: unknown, documents: ReadonlyMap<string, unknown>, name: string): Composition {
  const diagnostics: Diagnostic[] = [];
  const coalitionFile = name;
  const problem = (code: Diagnostic['code'], path: DocumentPath, ids: readonly string[], message: string, file = coalitionFile, severity: Diagnostic['severity'] = 'error'): void => {
    diagnostics.push({ code, severity, path, ids, message, file });
  };
  const header: Record<string, unknown> = {};
  if (!isRecord(coalition)) {
    problem('invalid-type', [], [], `${name} is not a coalition: it should be a map with members, nodes and links.`);
    return { document: { title: '', nodes: [] }, members: [], diagnostics, origin: (path) => ({ path }), ownersOf: () => [], unchanged: [] };
  }
  for (const [key, value] of Object.entries(coalition)) if (!COALITION_FIELDS.has(key)) header[key] = value;

  const members = readMembers(coalition.members, problem);
  const fileOf = new Map(members.map((m) => [m.id, m.file]));
  const placed: Placed[] = [];
  const byId = new Map<string, Placed>();
  const levels: string[] = Array.isArray(coalition.levels) ? coalition.levels.filter((l): l is string => typeof l === 'string') : [];

  for (const member of members) {
    const doc = documents.get(member.id);
    if (!isRecord(doc) || !Array.isArray(doc.nodes)) continue;
    if (Array.isArray(doc.levels)) for (const level of doc.levels) if (typeof level === 'string' && !levels.includes(level)) levels.push(level);
    const age = typeof doc.maxReadingAge === 'string' ? doc.maxReadingAge : undefined;
    checkMemberPeriod(member, doc, coalition, problem);
    doc.nodes.forEach((raw: unknown, index: number) => {
      if (!isRecord(raw)) return;
      const prefixed = prefixNode(raw, member.id);
      let node = prefixed;
      if (node.kind === 'indicator' && age !== undefined && node.maxReadingAge === undefined && age !== coalition.maxReadingAge) node = { ...node, maxReadingAge: age };
      const entry: Placed = { node, member: member.id, index, extra: new Map(), owners: [member.id], ...(node === prefixed ? { prefixed } : {}) };
      placed.push(entry);
      if (typeof node.id === 'string') byId.set(node.id, entry);
    });
  }
  const joint = Array.isArray(coalition.nodes) ? coalition.nodes : [];
  joint.forEach((raw: unknown, index: number) => {
    if (isRecord(raw) && typeof raw.id === 'string' && raw.id.includes(MEMBER_SEPARATOR)) {
      problem('invalid-value', ['nodes', index, 'id'], [raw.id], `The joint node "${raw.id}" has a "${MEMBER_SEPARATOR}" in its id; in a coalition, "member${MEMBER_SEPARATOR}id" names a member's node. Choose an id without "${MEMBER_SEPARATOR}".`);
    }
    // Anything else than a map is kept as it is, for validation to say what it is.
    const entry: Placed = { node: raw as Node, index, extra: new Map(), owners: [] };
    placed.push(entry);
    if (isRecord(raw) && typeof raw.id === 'string' && !byId.has(raw.id)) byId.set(raw.id, entry);
  });
  if (coalition.nodes !== undefined && !Array.isArray(coalition.nodes)) problem('invalid-type', ['nodes'], [], `The coalition's nodes should be a list of its joint goals, objectives, indicators and assumptions.`);

  /** Whether `ref` names a node; if not, says why. `from` says who names it; `fromId`, the node that does, if any. */
  const explain = (ref: string, path: DocumentPath, from: string, fromId?: string): boolean => {
    const ids = fromId === undefined ? [ref] : [fromId, ref];
    if (byId.has(ref)) return true;
    const cut = ref.indexOf(MEMBER_SEPARATOR);
    if (cut > 0) {
      const member = ref.slice(0, cut);
      if (!fileOf.has(member)) {
        problem('coalition-unknown-member', path, ids, `${from} names "${ref}", but the coalition has no member "${member}" (its members: ${[...fileOf.keys()].join(', ') || 'none'}).${suggestion(member, fileOf.keys())}`);
      } else {
        const candidates = placed.filter((p) => p.member === member && typeof p.node.id === 'string').map((p) => p.node.id as string);
        problem('coalition-unknown-reference', path, ids, `${from} names "${ref}", but ${member}'s document (${fileOf.get(member) ?? ''}) has no node with the id "${ref.slice(cut + 1)}".${suggestion(ref, candidates)}`);
      }
      return false;
    }
    problem('unknown-reference', path, ids, `${from} names "${ref}", but no node of the coalition or its members has the id "${ref}".${suggestion(ref, byId.keys())}`);
    return false;
  };

  // Links: added to the contributes-to list of the node they start from.
  const links = Array.isArray(coalition.links) ? coalition.links : [];
  if (coalition.links !== undefined && !Array.isArray(coalition.links)) problem('invalid-type', ['links'], [], 'The coalition’s links should be a list of { from, to } links.');
  links.forEach((raw: unknown, i: number) => {
    const at: DocumentPath = ['links', i];
    if (!isRecord(raw) || typeof raw.from !== 'string' || typeof raw.to !== 'string') {
      problem('missing-field', at, [], `Link ${i + 1} of the coalition needs a "from" (the contributing node, e.g. asi:ko1) and a "to" (the joint goal or objective).`);
      return;
    }
    if (!explain(raw.from, [...at, 'from'], `Link ${i + 1}`)) {
      // Its "to" too, so that two typos in one link are found at once ("member:id" ones are checked below).
      if (!raw.to.includes(MEMBER_SEPARATOR)) explain(raw.to, [...at, 'to'], `Link ${i + 1}`);
      return;
    }
    const source = byId.get(raw.from) as Placed;
    if (source.node.kind !== 'goal' && source.node.kind !== 'objective') {
      problem('wrong-relation-kind', [...at, 'from'], [raw.from], `Link ${i + 1} starts from "${raw.from}", a${source.node.kind === 'indicator' || source.node.kind === 'assumption' ? 'n' : ''} ${String(source.node.kind)}; only goals and objectives contribute to others.`);
      return;
    }
    const { from: _from, ...rest } = raw;
    const list = Array.isArray(source.node.contributesTo) ? [...(source.node.contributesTo as unknown[])] : [];
    source.extra.set(`contributesTo/${list.length}`, { path: at });
    list.push(Object.keys(rest).length === 1 ? rest.to : rest);
    source.node = { ...source.node, contributesTo: list };
  });

  // References from joint nodes into members, checked here to name the member; the rest validation checks.
  placed.forEach((p) => {
    if (p.member !== undefined || !isRecord(p.node)) return;
    for (const [ref, path] of referencesOf(p.node)) if (ref.includes(MEMBER_SEPARATOR)) explain(ref, ['nodes', p.index, ...path], `"${String(p.node.id)}"`, String(p.node.id));
  });
  links.forEach((raw: unknown, i: number) => {
    if (!isRecord(raw)) return;
    if (typeof raw.to === 'string' && raw.to.includes(MEMBER_SEPARATOR)) explain(raw.to, ['links', i, 'to'], `Link ${i + 1}`);
    if (Array.isArray(raw.assumptions)) raw.assumptions.forEach((a: unknown, k: number) => typeof a === 'string' && a.includes(MEMBER_SEPARATOR) && explain(a, ['links', i, 'assumptions', k], `Link ${i + 1}`));
  });

  const dropped = mergeShared(coalition.sharedIndicators, placed, byId, members, problem, fileOf);
  const kept = placed.filter((p) => !dropped.has(p));
  const document = { ...header, ...(levels.length > 0 ? { levels } : {}), nodes: kept.map((p) => p.node) };
  const origin = (path: DocumentPath): Origin => {
    if (path[0] !== 'nodes' || typeof path[1] !== 'number') return { path };
    const p = kept[path[1]];
    if (p === undefined) return { path };
    const [field, index, ...rest] = path.slice(2);
    const extra = typeof field === 'string' && typeof index === 'number' ? p.extra.get(`${field}/${index}`) : undefined;
    if (extra !== undefined) return { ...extra, path: [...extra.path, ...rest] };
    return { ...(p.member === undefined ? {} : { member: p.member }), path: ['nodes', p.index, ...path.slice(2)] };
  };
  const owners = new Map(kept.filter((p) => isRecord(p.node)).map((p) => [String(p.node.id), p.owners]));
  const unchanged = kept.map((p) => (p.member !== undefined && p.prefixed !== undefined && p.node === p.prefixed ? { member: p.member, index: p.index } : undefined));
  return { document, members, diagnostics, origin, ownersOf: (id) => owners.get(id) ?? [], unchanged };
}


/** A period's text, or `undefined` when it is not one. */
function periodText(period: unknown): string | undefined {
  return isRecord(period) && typeof period.start === 'string' && typeof period.end === 'string' ? `${period.start} to ${period.end}` : undefined;
}

/**
 * Warns when a member's period is not the coalition's while some of its
 * indicators take their timeline from the period (no baseline: it starts at
 * the period's start; no written target: it ends at the period's end). The
 * composed document has one period, the coalition's, so those indicators'
 * expected progress differs from the member's own report.
 */
function checkMemberPeriod(member: CoalitionMember, doc: Record<string, unknown>, coalition: Record<string, unknown>, problem: Problem): void {
  const own = periodText(doc.period);
  if (own === undefined || !Array.isArray(doc.nodes)) return;
  const joint = periodText(coalition.period);
  const theirs = isRecord(doc.period) ? doc.period : {};
  const ours = isRecord(coalition.period) ? coalition.period : {};
  const startDiffers = joint === undefined || theirs.start !== ours.start;
  const endDiffers = joint === undefined || theirs.end !== ours.end;
  if (!startDiffers && !endDiffers) return;
  const noBaseline: string[] = [];
  const noTarget: string[] = [];
  for (const node of doc.nodes as unknown[]) {
    if (!isRecord(node) || node.kind !== 'indicator' || typeof node.id !== 'string') continue;
    if (startDiffers && node.baseline === undefined) noBaseline.push(node.id);
    if (endDiffers && (!Array.isArray(node.targets) || node.targets.length === 0)) noTarget.push(node.id);
  }
  if (noBaseline.length === 0 && noTarget.length === 0) return;
  const list = (ids: readonly string[]): string => (ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`);
  const ids = [...new Set([...noBaseline, ...noTarget])].map((id) => `${member.id}${MEMBER_SEPARATOR}${id}`);
  const lacking = [...(noBaseline.length === 0 ? [] : [`without a baseline (${list(noBaseline)})`]), ...(noTarget.length === 0 ? [] : [`without a written target (${list(noTarget)})`])];
  if (joint === undefined) {
    problem('coalition-member-period', ['members'], ids, `${member.id}'s period is ${own}, but the coalition has none: in the coalition, its indicators ${lacking.join(' or ')} have no timeline, so no expected progress. Give the coalition a period, or those indicators a dated baseline and target.`, undefined, 'warning');
    return;
  }
  const effects = [
    ...(noBaseline.length === 0 ? [] : [`of its indicators ${lacking[0] as string} starts on ${String(ours.start)}`]),
    ...(noTarget.length === 0 ? [] : [`of ${noBaseline.length === 0 ? 'its indicators' : 'those'} ${lacking[lacking.length - 1] as string} ends on ${String(ours.end)}`]),
  ];
  problem('coalition-member-period', ['period'], ids, `${member.id}'s period is ${own}, but the coalition's is ${joint}: in the coalition, the expected progress ${effects.join(', and ')}, not as in ${member.id}'s own report. Give them a dated baseline and target, or make the periods agree.`, undefined, 'warning');
}

function readMembers(raw: unknown, problem: Problem): CoalitionMember[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    problem(raw === undefined ? 'missing-field' : 'invalid-type', ['members'], [], 'A coalition needs "members": a list of { id, file } naming each member organisation and its theory-of-change file.');
    return [];
  }
  const out: CoalitionMember[] = [];
  raw.forEach((entry: unknown, i: number) => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.file !== 'string') {
      problem('missing-field', ['members', i], [], `Member ${i + 1} needs an "id" (a short name such as asi) and a "file" (its theory of change: a path relative to the coalition file, or an absolute one).`);
      return;
    }
    if (!MEMBER_ID.test(entry.id)) {
      problem('invalid-value', ['members', i, 'id'], [entry.id], `The member id "${entry.id}" should be letters, digits, "-" and "_" only (it prefixes the member's ids, as in ${'"asi:ko1"'}).`);
      return;
    }
    const twin = out.find((m) => m.id === entry.id || m.file === entry.file);
    if (twin !== undefined) {
      const same = twin.id === entry.id ? `the id "${entry.id}"` : `the file ${entry.file}`;
      problem('coalition-duplicate-member', ['members', i], [entry.id], `Members "${twin.id}" and "${entry.id}" share ${same}; each member is listed once.`);
      return;
    }
    out.push({ id: entry.id, file: entry.file, ...(typeof entry.title === 'string' ? { title: entry.title } : {}) });
  });
  return out;
}

/** A member's node with its id and every id it names prefixed `member:`. @internal */
export function prefixNode(node: Node, member: string): Node {
  const p = (id: unknown): unknown => (typeof id === 'string' ? `${member}${MEMBER_SEPARATOR}${id}` : id);
  const list = (value: unknown, each: (item: unknown) => unknown): unknown => (Array.isArray(value) ? value.map(each) : value);
  const link = (ref: unknown): unknown => (isRecord(ref) ? { ...ref, to: p(ref.to), ...(ref.assumptions === undefined ? {} : { assumptions: list(ref.assumptions, p) }) } : p(ref));
  const out: Node = { ...node, id: p(node.id) };
  if (node.contributesTo !== undefined) out.contributesTo = list(node.contributesTo, link);
  if (node.measures !== undefined) out.measures = list(node.measures, link);
  for (const field of ['accountableFor', 'benefitsFrom', 'engagedIn']) if (node[field] !== undefined) out[field] = list(node[field], p);
  if (isRecord(node.measure) && node.measure.kind === 'markers') {
    const measure: Node = { ...node.measure };
    if (measure.of !== undefined) measure.of = p(measure.of);
    measure.markers = list(measure.markers, (m) => (isRecord(m) && m.of !== undefined ? { ...m, of: p(m.of) } : m));
    out.measure = measure;
  }
  return out;
}

/** The ids a joint node names, with their paths in the node. */
function referencesOf(node: Node): [string, DocumentPath][] {
  const out: [string, DocumentPath][] = [];
  const each = (field: string): void => {
    const value = node[field];
    if (!Array.isArray(value)) return;
    value.forEach((ref: unknown, i: number) => {
      if (typeof ref === 'string') out.push([ref, [field, i]]);
      else if (isRecord(ref)) {
        if (typeof ref.to === 'string') out.push([ref.to, [field, i, 'to']]);
        if (Array.isArray(ref.assumptions)) ref.assumptions.forEach((a: unknown, k: number) => typeof a === 'string' && out.push([a, [field, i, 'assumptions', k]]));
      }
    });
  };
  for (const field of ['contributesTo', 'measures', 'accountableFor', 'benefitsFrom', 'engagedIn']) each(field);
  return out;
}
