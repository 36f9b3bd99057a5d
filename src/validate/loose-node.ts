import type { DocumentPath } from '../diagnostics/diagnostic.js';
import type { NodeDocument, NodeKind } from '../document/types.js';
import { NODE_KINDS } from '../document/schema.js';

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
  assumption: undefined,
};

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
    list.forEach((entry: unknown, j) => {
      const path: DocumentPath = ['nodes', index, field, j];
      if (typeof entry === 'string' && entry !== '') refs.push({ to: entry, path, assumptions: [] });
      else if (isRecord(entry) && typeof entry.to === 'string' && entry.to !== '' && field !== 'accountableFor' && field !== 'benefitsFrom') {
        const assumptions: { id: string; path: DocumentPath }[] = [];
        if (field === 'contributesTo' && Array.isArray(entry.assumptions)) {
          entry.assumptions.forEach((a: unknown, k) => {
            if (typeof a === 'string' && a !== '') assumptions.push({ id: a, path: [...path, 'assumptions', k] });
          });
        }
        refs.push({ to: entry.to, path: [...path, 'to'], assumptions });
      }
    });
  }
  const level = (nodeKind === 'goal' || nodeKind === 'objective') && typeof raw.level === 'string' ? raw.level : undefined;
  return { id, kind: nodeKind, index, level, refs, valid };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
