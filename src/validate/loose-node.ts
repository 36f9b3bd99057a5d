import type { DocumentPath } from '../diagnostics/diagnostic.js';
import type { NodeDocument, NodeKind } from '../document/types.js';
import { NODE_KINDS } from '../document/schema.js';
import { isRecord } from '../document/is-record.js';

/** A reference read leniently from a raw node: the target id and where it is written. @internal */
export interface LooseRef {
  readonly to: string;
  readonly path: DocumentPath;
  /** For contributes-to: the assumption ids and where each is written. */
  readonly assumptions: readonly { readonly id: string; readonly path: DocumentPath }[];
}

/**
 * What the graph checks need from a node, read leniently so that a node with a
 * structural problem in one field still has its references, level and cycles
 * checked. `valid` is the parsed node when it passed the schema.
 * @internal
 */
export interface LooseNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly index: number;
  readonly level: string | undefined;
  readonly refs: readonly LooseRef[];
  readonly valid: NodeDocument | undefined;
}

const REF_FIELD: Readonly<Record<NodeKind, string | undefined>> = {
  goal: 'contributesTo',
  objective: 'contributesTo',
  indicator: 'measures',
  'duty-bearer': 'accountableFor',
  'rights-holder': 'benefitsFrom',
  'boundary-partner': 'engagedIn',
  assumption: undefined,
};

/**
 * A reference as read from a raw node. Its path is made only when asked for
 * (for a diagnostic), since a valid document needs none.
 */
class Ref implements LooseRef {
  readonly to: string;
  readonly assumptions: readonly { readonly id: string; readonly path: DocumentPath }[];
  readonly #index: number;
  readonly #field: string;
  readonly #at: number;
  readonly #object: boolean;

  constructor(to: string, index: number, field: string, at: number, object: boolean, assumptions: readonly { readonly id: string; readonly path: DocumentPath }[]) {
    this.to = to;
    this.assumptions = assumptions;
    this.#index = index;
    this.#field = field;
    this.#at = at;
    this.#object = object;
  }

  get path(): DocumentPath {
    return this.#object ? ['nodes', this.#index, this.#field, this.#at, 'to'] : ['nodes', this.#index, this.#field, this.#at];
  }
}

const NO_ASSUMPTIONS: readonly { readonly id: string; readonly path: DocumentPath }[] = Object.freeze([]);

/** Reads what it can of a raw node; `undefined` without a usable id and kind. @internal */
export function looseNode(raw: unknown, index: number, valid: NodeDocument | undefined): LooseNode | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, kind } = raw;
  if (typeof id !== 'string' || id === '' || typeof kind !== 'string' || !(NODE_KINDS as readonly string[]).includes(kind)) return undefined;
  const nodeKind = kind as NodeKind;
  const field = REF_FIELD[nodeKind];
  const refs: LooseRef[] = [];
  const list = field === undefined ? undefined : raw[field];
  if (field !== undefined && Array.isArray(list)) {
    for (let j = 0; j < list.length; j++) {
      const entry: unknown = list[j];
      if (typeof entry === 'string' && entry !== '') refs.push(new Ref(entry, index, field, j, false, NO_ASSUMPTIONS));
      else if (isRecord(entry) && typeof entry.to === 'string' && entry.to !== '' && field !== 'accountableFor' && field !== 'benefitsFrom' && field !== 'engagedIn') {
        const assumptions: { id: string; path: DocumentPath }[] = [];
        if (field === 'contributesTo' && Array.isArray(entry.assumptions)) {
          entry.assumptions.forEach((a: unknown, k) => {
            if (typeof a === 'string' && a !== '') assumptions.push({ id: a, path: ['nodes', index, field, j, 'assumptions', k] });
          });
        }
        refs.push(new Ref(entry.to, index, field, j, true, assumptions.length === 0 ? NO_ASSUMPTIONS : assumptions));
      }
    }
  }
  const level = (nodeKind === 'goal' || nodeKind === 'objective') && typeof raw.level === 'string' ? raw.level : undefined;
  return { id, kind: nodeKind, index, level, refs, valid };
}

