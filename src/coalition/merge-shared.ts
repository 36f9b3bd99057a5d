import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { isRecord } from '../document/is-record.js';
import { readingDate } from '../document/reading-date.js';
import type { CoalitionMember, Origin } from './types.js';

/** A node of the composed document, as plain data. @internal */
export type Node = Record<string, unknown>;

/** A node placed in the composed document, with where it was written. @internal */
export interface Placed {
  node: Node;
  readonly member?: string;
  readonly index: number;
  /** Origins of items appended to a list field: `field/index` → origin. */
  readonly extra: Map<string, Origin>;
  readonly owners: string[];
  /** A member's node as prefixing alone made it, when nothing else was added to it then; composition changed it if `node` is no longer this. */
  readonly prefixed?: Node;
}

/** Reports one problem found while composing. @internal */
export type Problem = (code: Diagnostic['code'], path: DocumentPath, ids: readonly string[], message: string, file?: string, severity?: Diagnostic['severity']) => void;

/**
 * Merges each group of shared indicators into its first: explicit groups, then
 * indicators of different members with the same framework code (one per member).
 * Returns the indicators merged away. @internal
 */
export function mergeShared(raw: unknown, placed: readonly Placed[], byId: Map<string, Placed>, members: readonly CoalitionMember[], problem: Problem, fileOf: ReadonlyMap<string, string>): Set<Placed> {
  const dropped = new Set<Placed>();
  const taken = new Set<Placed>();
  const groups: { readonly id?: string; readonly items: Placed[] }[] = [];
  if (Array.isArray(raw)) {
    raw.forEach((group: unknown, g: number) => {
      if (!isRecord(group) || typeof group.id !== 'string' || !Array.isArray(group.indicators)) {
        problem('missing-field', ['sharedIndicators', g], [], `Shared indicator ${g + 1} needs an "id" and "indicators": the members' indicators (as member:id) that are one data stream.`);
        return;
      }
      const items: Placed[] = [];
      group.indicators.forEach((ref: unknown, k: number) => {
        const item = typeof ref === 'string' ? byId.get(ref) : undefined;
        if (item === undefined || item.member === undefined || item.node.kind !== 'indicator') {
          const cut = typeof ref === 'string' ? ref.indexOf(':') : -1;
          const member = typeof ref === 'string' && cut > 0 ? ref.slice(0, cut) : '';
          problem(fileOf.has(member) ? 'coalition-unknown-reference' : 'coalition-unknown-member', ['sharedIndicators', g, 'indicators', k], [String(ref)], `Shared indicator "${group.id}" lists ${JSON.stringify(ref)}, which is not an indicator of a member (write it member:id, e.g. asi:sdg-target-8-7).`);
          return;
        }
        if (!taken.has(item)) items.push(item);
        taken.add(item);
      });
      if (items.length >= 2) groups.push({ id: group.id, items });
    });
  }
  const byCode = new Map<string, Placed[]>();
  for (const p of placed) {
    if (p.member === undefined || p.node.kind !== 'indicator' || taken.has(p) || !Array.isArray(p.node.frameworks)) continue;
    for (const f of p.node.frameworks) if (isRecord(f) && typeof f.framework === 'string' && typeof f.code === 'string') byCode.set(`${f.framework} ${f.code}`, [...(byCode.get(`${f.framework} ${f.code}`) ?? []), p]);
  }
  for (const key of [...byCode.keys()].sort()) {
    const items = (byCode.get(key) ?? []).filter((p) => !taken.has(p));
    const memberIds = new Set(items.map((p) => p.member));
    // Only one indicator per member and at least two members: otherwise which is which is not clear.
    if (memberIds.size < 2 || memberIds.size !== items.length) continue;
    items.sort((a, b) => members.findIndex((m) => m.id === a.member) - members.findIndex((m) => m.id === b.member));
    for (const p of items) taken.add(p);
    groups.push({ items });
  }
  for (const group of groups) {
    const [first, ...others] = group.items as [Placed, ...Placed[]];
    const id = group.id ?? String(first.node.id);
    let node: Node = { ...first.node, id };
    const measures = Array.isArray(node.measures) ? [...(node.measures as unknown[])] : [];
    const observations = Array.isArray(node.observations) ? [...(node.observations as unknown[])] : [];
    for (const other of others) {
      const claim = (what: string): void =>
        problem('coalition-conflicting-claims', ['nodes', other.index], [String(first.node.id), String(other.node.id)], `"${String(first.node.id)}" and "${String(other.node.id)}" are one shared indicator, but ${what}; ${String(first.member)}'s is kept.`, fileOf.get(other.member ?? ''), 'warning');
      if (JSON.stringify(other.node.measure) !== JSON.stringify(first.node.measure)) claim('they measure differently');
      if (other.node.baseline !== undefined && first.node.baseline !== undefined && JSON.stringify(valueOf(other.node.baseline)) !== JSON.stringify(valueOf(first.node.baseline))) claim('their baselines differ');
      (Array.isArray(other.node.measures) ? other.node.measures : []).forEach((m: unknown, k: number) => {
        first.extra.set(`measures/${measures.length}`, { member: other.member as string, path: ['nodes', other.index, 'measures', k] });
        measures.push(m);
      });
      (Array.isArray(other.node.observations) ? other.node.observations : []).forEach((o: unknown, k: number) => {
        const date = isRecord(o) ? readingDate(o as { date?: string }) : undefined;
        const twin = observations.find((x) => isRecord(x) && readingDate(x as { date?: string }) === date);
        if (twin !== undefined) {
          if (JSON.stringify(valueOf(twin)) !== JSON.stringify(valueOf(o))) claim(`their readings for ${String(date)} differ`);
          return;
        }
        first.extra.set(`observations/${observations.length}`, { member: other.member as string, path: ['nodes', other.index, 'observations', k] });
        observations.push(o);
      });
      first.owners.push(other.member as string);
      dropped.add(other);
    }
    node = { ...node, ...(measures.length > 0 ? { measures } : {}), ...(observations.length > 0 ? { observations } : {}) };
    first.node = node;
  }
  return dropped;
}

/** The value a reading gives, for comparing members' readings. */
function valueOf(reading: unknown): unknown {
  if (!isRecord(reading)) return reading;
  return [reading.value, reading.numerator, reading.denominator, reading.rating];
}
