import { formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isRecord } from '../document/is-record.js';
import type { NodeDocument } from '../document/types.js';
import { Model } from '../model/model.js';
import { validateParts, type ValidateOptions } from '../validate/validate.js';
import { composeCoalition, MEMBER_SEPARATOR, prefixNode, type Composition } from './compose.js';
import type { Node } from './merge-shared.js';
import type { CoalitionMember } from './types.js';

/** Options of {@link validateCoalition}. */
export interface ValidateCoalitionOptions extends ValidateOptions {
  /** The coalition file's name, for diagnostics' `file`. Default `coalition`. */
  readonly name?: string;
}

/**
 * The outcome of {@link validateCoalition}: like a {@link ValidationResult},
 * with each diagnostic's `file` the coalition's name or the member's `file` as
 * written, and `path` the path in that file; and, when `ok`, the model of the
 * composed document, with the members and which member each node belongs to.
 */
export type CoalitionValidation =
  | { readonly ok: true; readonly model: Model; readonly diagnostics: readonly Diagnostic[]; readonly coalition: CoalitionComposition }
  | { readonly ok: false; readonly model?: undefined; readonly diagnostics: readonly Diagnostic[]; readonly coalition?: CoalitionComposition };

/** A composed coalition: its members, and which of them each node of the composed model belongs to. */
export interface CoalitionComposition {
  /** The members, as listed. */
  readonly members: readonly CoalitionMember[];
  /** The members a node of the composed model belongs to: none for a joint node, several for a shared indicator. */
  readonly ownersOf: (id: string) => readonly string[];
  /**
   * Each member's own document, validated alone, by member id: what its own
   * file says before shared indicators are merged (a reading that lost the
   * merge is here). Set by {@link validateCoalition} when every member is valid.
   */
  readonly memberModels?: ReadonlyMap<string, Model>;
}

/**
 * Validates a coalition: its own file (parsed YAML or JSON) and its members'
 * documents, given by member id. Each member is validated alone first (its
 * errors stop there, placed in its own file); then the coalition is composed
 * into one theory-of-change document (member ids prefixed `member:`, joint
 * nodes as written, the links added, shared indicators merged) and validated
 * as one, so that a loop through several documents is found. Each diagnostic
 * names the file it is in. Never throws on bad input.
 *
 * @example
 * ```ts
 * const result = validateCoalition(coalitionData, new Map([['asi', asiData], ['fw', fwData]]), { name: 'coalition.yaml' });
 * if (result.ok) rollUp(result.model, { asOf: '2020-12-31' });
 * ```
 */
export function validateCoalition(coalition: unknown, documents: ReadonlyMap<string, unknown>, options: ValidateCoalitionOptions = {}): CoalitionValidation {
  const name = options.name ?? 'coalition';
  const composition = composeCoalition(coalition, documents, name);
  const diagnostics: Diagnostic[] = [...composition.diagnostics];
  if (!isRecord(coalition)) return { ok: false, diagnostics };
  let membersFail = false;
  const memberModels = new Map<string, Model>();
  /** Each valid member's parsed nodes, by index in its document, when every node of it parsed. */
  const memberNodes = new Map<string, readonly NodeDocument[]>();
  for (const member of composition.members) {
    const doc = documents.get(member.id);
    if (doc === undefined) {
      diagnostics.push({ code: 'unreadable-file', severity: 'error', path: ['members', composition.members.indexOf(member), 'file'], ids: [member.id], message: `The document of member "${member.id}" (${member.file}) was not given.`, file: name });
      membersFail = true;
      continue;
    }
    const alone = validateParts(doc, options);
    if (alone.ok) {
      memberModels.set(member.id, new Model(alone.document));
      if (isRecord(doc) && Array.isArray(doc.nodes) && doc.nodes.length === alone.document.nodes.length) memberNodes.set(member.id, alone.document.nodes);
    }
    if (!alone.ok) {
      membersFail = true;
      for (const d of alone.diagnostics) if (d.severity === 'error') diagnostics.push({ ...d, file: member.file });
    }
  }
  const adjust = (list: Diagnostic[]): Diagnostic[] => severities(list, options);
  const shared: CoalitionComposition = { members: composition.members, ownersOf: composition.ownersOf };
  if (membersFail) return { ok: false, diagnostics: adjust(diagnostics), coalition: shared };
  // A member's node that composition only prefixed passed the node schema alone: its parse, prefixed, is what parsing it again would give.
  const trusted = (index: number): NodeDocument | undefined => {
    const at = composition.unchanged[index];
    const parsed = at === undefined ? undefined : memberNodes.get(at.member)?.[at.index];
    return at === undefined || parsed === undefined ? undefined : (prefixNode(parsed as unknown as Node, at.member) as unknown as NodeDocument);
  };
  const parts = validateParts(composition.document, options, trusted);
  const result = parts.ok ? { ok: true as const, model: new Model(parts.document), diagnostics: parts.diagnostics } : parts;
  const withModels: CoalitionComposition = { ...shared, memberModels };
  for (const d of result.diagnostics) {
    // References into members were checked while composing, naming the member; a member's link to a joint node that is not there was not.
    if (d.code === 'unknown-reference' && (d.ids[d.ids.length - 1] ?? '').includes(MEMBER_SEPARATOR)) continue;
    diagnostics.push(place(d, composition, name));
  }
  if (result.ok) diagnostics.push(...gaps(result.model, composition, name));
  const all = adjust(diagnostics);
  const ok = result.ok && !all.some((d) => d.severity === 'error');
  return ok ? { ok: true, model: result.model, diagnostics: all, coalition: withModels } : { ok: false, diagnostics: all, coalition: shared };
}

/** A diagnostic of the composed document, placed in the file it was written in. */
function place(d: Diagnostic, composition: Composition, name: string): Diagnostic {
  const origin = composition.origin(d.path);
  const fileOf = (member: string | undefined): string => (member === undefined ? name : (composition.members.find((m) => m.id === member)?.file ?? name));
  const placed: Diagnostic = { ...d, path: origin.path, file: fileOf(origin.member) };
  if (d.code !== 'cycle') return placed;
  const nodes = Array.isArray(composition.document.nodes) ? (composition.document.nodes as readonly unknown[]) : [];
  const steps = d.ids.map((from, i) => {
    const to = d.ids[(i + 1) % d.ids.length] as string;
    const index = nodes.findIndex((n) => isRecord(n) && n.id === from);
    const links = index === -1 ? [] : (nodes[index] as { contributesTo?: unknown }).contributesTo;
    const k = Array.isArray(links) ? links.findIndex((l: unknown) => l === to || (isRecord(l) && l.to === to)) : -1;
    if (k === -1) return `"${from}" → "${to}"`;
    const where = composition.origin(['nodes', index, 'contributesTo', k]);
    return `"${from}" → "${to}" at ${formatPath(where.path)} of ${fileOf(where.member)}`;
  });
  return { ...placed, message: `${d.message} Its links: ${steps.join('; ')}.` };
}

/** A joint goal or objective no member contributes to. */
function gaps(model: Model, composition: Composition, name: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  model.nodes.forEach((node, index) => {
    if ((node.kind !== 'goal' && node.kind !== 'objective') || composition.ownersOf(node.id).length > 0) return;
    const below = [node.id, ...model.descendants(node.id)];
    const contributes = below.some((id) => composition.ownersOf(id).length > 0 || model.indicatorsOf(id).some((i) => composition.ownersOf(i).length > 0));
    if (contributes) return;
    const origin = composition.origin(['nodes', index]);
    out.push({
      code: 'coalition-gap',
      severity: 'warning',
      path: origin.path,
      ids: [node.id],
      message: `No member contributes to the joint ${node.kind} "${node.id}", directly or through other joint objectives: link a member's objective to it (links: - { from: member:id, to: ${node.id} }), or it is a gap in the coalition.`,
      file: name,
    });
  });
  return out;
}

function severities(list: Diagnostic[], options: ValidateOptions): Diagnostic[] {
  const overrides = options.severities;
  if (overrides === undefined) return list;
  const out: Diagnostic[] = [];
  for (const d of list) {
    if (d.code !== 'coalition-gap' && d.code !== 'coalition-conflicting-claims') {
      out.push(d);
      continue;
    }
    const wanted = overrides[d.code];
    if (wanted === 'off') continue;
    out.push(wanted === undefined ? d : { ...d, severity: wanted });
  }
  return out;
}
