import type { EvidenceDocument, NodeDocument } from '../document/types.js';

/** The kinds of relation between nodes. */
export type RelationKind = Relation['kind'];

/**
 * A relation of the model, with defaults applied, discriminated on `kind`.
 * Relations run from the node they are written on: `from` contributes to,
 * measures, is accountable for, benefits from or is engaged in `to`; an assumption underpins
 * the contributes-to link `link` that ends at `to`.
 */
export type Relation =
  | {
      readonly kind: 'contributes-to';
      /** Deterministic key: the kind, then both ids JSON-quoted, e.g. `contributes-to:"so1.1"->"ko1"`. */
      readonly key: string;
      readonly from: string;
      readonly to: string;
      /** Relative weight, default 1. */
      readonly weight: number;
      /** Ids of the assumptions the link rests on. */
      readonly assumptions: readonly string[];
      readonly note?: string;
      /** Findings that support or challenge the link, as written; absent when none are. */
      readonly evidence?: readonly EvidenceDocument[];
    }
  | { readonly kind: 'measures'; readonly key: string; readonly from: string; readonly to: string; readonly weight: number }
  | { readonly kind: 'accountable-for'; readonly key: string; readonly from: string; readonly to: string }
  | { readonly kind: 'benefits-from'; readonly key: string; readonly from: string; readonly to: string }
  | { readonly kind: 'engaged-in'; readonly key: string; readonly from: string; readonly to: string }
  | {
      readonly kind: 'underpins';
      readonly key: string;
      /** The assumption. */
      readonly from: string;
      /** The node the underpinned links lead to. */
      readonly to: string;
      /** Keys of the contributes-to links ending at `to` that rest on the assumption, sorted. */
      readonly links: readonly string[];
    };

/**
 * The deterministic key of a relation. Ids are JSON-quoted, so keys are
 * unambiguous whatever characters ids contain.
 *
 * @example
 * ```ts
 * relationKey('contributes-to', 'so1.1', 'ko1'); // 'contributes-to:"so1.1"->"ko1"'
 * ```
 * @internal
 */
export function relationKey(kind: RelationKind, from: string, to: string): string {
  return `${kind}:${JSON.stringify(from)}->${JSON.stringify(to)}`;
}

/**
 * The relations written on one node, in the order written, with defaults applied.
 * `underpins` relations are derived from all links together, by the model index.
 * @internal
 */
export function relationsOf(node: NodeDocument): Relation[] {
  const out: Relation[] = [];
  switch (node.kind) {
    case 'goal':
    case 'objective':
      for (const ref of node.contributesTo ?? []) {
        const to = typeof ref === 'string' ? ref : ref.to;
        const key = relationKey('contributes-to', node.id, to);
        const assumptions = typeof ref === 'string' ? [] : (ref.assumptions ?? []);
        const note = typeof ref === 'string' ? undefined : ref.note;
        const evidence = typeof ref === 'string' ? undefined : ref.evidence;
        out.push({
          kind: 'contributes-to',
          key,
          from: node.id,
          to,
          weight: typeof ref === 'string' ? 1 : (ref.weight ?? 1),
          assumptions,
          ...(note === undefined ? {} : { note }),
          ...(evidence === undefined ? {} : { evidence }),
        });
      }
      break;
    case 'indicator':
      for (const ref of node.measures ?? []) {
        const to = typeof ref === 'string' ? ref : ref.to;
        const weight = typeof ref === 'string' ? 1 : (ref.weight ?? 1);
        out.push({ kind: 'measures', key: relationKey('measures', node.id, to), from: node.id, to, weight });
      }
      break;
    case 'duty-bearer':
      for (const to of node.accountableFor ?? []) {
        out.push({ kind: 'accountable-for', key: relationKey('accountable-for', node.id, to), from: node.id, to });
      }
      break;
    case 'rights-holder':
      for (const to of node.benefitsFrom ?? []) {
        out.push({ kind: 'benefits-from', key: relationKey('benefits-from', node.id, to), from: node.id, to });
      }
      break;
    case 'boundary-partner':
      for (const to of node.engagedIn ?? []) {
        out.push({ kind: 'engaged-in', key: relationKey('engaged-in', node.id, to), from: node.id, to });
      }
      break;
    case 'assumption':
      break;
  }
  return out;
}
