import type { AssumptionDocument, EvidenceDocument, NodeDocument } from '../document/types.js';
import type { LinkRelation } from './types.js';

/** One link as a diff compares it: its weight (1 when not written) and, for contributes-to, what it rests on. @internal */
export interface Link {
  readonly relation: LinkRelation;
  readonly from: string;
  readonly to: string;
  /** `undefined` for the relations without a weight. */
  readonly weight: number | undefined;
  readonly assumptions?: readonly string[];
  readonly note?: string;
  readonly evidence?: readonly EvidenceDocument[];
}

/** The key of a link: relation, from and to. @internal */
export const linkKey = (l: { readonly relation: string; readonly from: string; readonly to: string }): string => `${l.relation} ${l.from.length} ${l.from} ${l.to}`;

/**
 * Every link a node starts, its ids (and its assumptions' ids) passed
 * through `rename`. @internal
 */
export function linksOf(node: NodeDocument, rename: (id: string) => string): Link[] {
  const from = rename(node.id);
  const plain = (relation: LinkRelation, ids: readonly string[] | undefined): Link[] => (ids ?? []).map((to) => ({ relation, from, to: rename(to), weight: undefined }));
  switch (node.kind) {
    case 'goal':
    case 'objective':
      return (node.contributesTo ?? []).map((ref) =>
        typeof ref === 'string'
          ? { relation: 'contributesTo', from, to: rename(ref), weight: 1 }
          : {
              relation: 'contributesTo',
              from,
              to: rename(ref.to),
              weight: ref.weight ?? 1,
              ...(ref.assumptions === undefined ? {} : { assumptions: ref.assumptions.map(rename) }),
              ...(ref.note === undefined ? {} : { note: ref.note }),
              ...(ref.evidence === undefined ? {} : { evidence: ref.evidence }),
            },
      );
    case 'indicator':
      return (node.measures ?? []).map((ref) => (typeof ref === 'string' ? { relation: 'measures', from, to: rename(ref), weight: 1 } : { relation: 'measures', from, to: rename(ref.to), weight: ref.weight ?? 1 }));
    case 'duty-bearer':
      return plain('accountableFor', node.accountableFor);
    case 'rights-holder':
      return plain('benefitsFrom', node.benefitsFrom);
    case 'boundary-partner':
      return plain('engagedIn', node.engagedIn);
    default:
      return [];
  }
}

/** The fields of a node that the diff compares as links, not as fields. @internal */
export const LINK_FIELDS: ReadonlySet<string> = new Set(['contributesTo', 'measures', 'accountableFor', 'benefitsFrom', 'engagedIn']);

/** Assumption ids → the ids of the nodes at both ends of the links resting on them. @internal */
export function assumptionEnds(links: readonly Link[]): Map<string, Set<string>> {
  const ends = new Map<string, Set<string>>();
  for (const link of links) {
    for (const a of link.assumptions ?? []) {
      const set = ends.get(a) ?? new Set<string>();
      set.add(link.from).add(link.to);
      ends.set(a, set);
    }
  }
  return ends;
}

/** Narrowing helper. @internal */
export const isAssumption = (node: NodeDocument): node is AssumptionDocument => node.kind === 'assumption';
