import type { NodeDocument, TheoryOfChangeDocument } from '../document/types.js';
import { canonical, canonicalText, compareText } from './canonical.js';
import { LINK_FIELDS } from './links.js';
import type { FieldChange } from './types.js';

/** The fields compared elsewhere: identity, links, an indicator's readings, an assumption's status. */
const NOT_FIELDS = new Set(['id', 'kind', 'baseline', 'targets', 'observations', 'status', ...LINK_FIELDS]);

/** The fields of two objects that differ, by name, skipping `skip`. @internal */
export function fieldChanges(before: object, after: object, skip: ReadonlySet<string>): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.has(k)).sort(compareText);
  const out: FieldChange[] = [];
  for (const field of keys) {
    if (canonicalText(b[field], field) === canonicalText(a[field], field)) continue;
    const old = canonical(b[field], field);
    const now = canonical(a[field], field);
    out.push({ field, ...(old === undefined ? {} : { before: old }), ...(now === undefined ? {} : { after: now }) });
  }
  return out;
}

/** The changed fields of a node in both versions (links, readings and an assumption's status aside). @internal */
export function nodeFieldChanges(before: NodeDocument, after: NodeDocument): FieldChange[] {
  // A goal that became an objective (or back): the kind is a field like any other.
  const kind: FieldChange[] = before.kind === after.kind ? [] : [{ field: 'kind', before: before.kind, after: after.kind }];
  return [...kind, ...fieldChanges(before, after, NOT_FIELDS)];
}

/** The changed fields of the document itself (its nodes aside). @internal */
export function documentFieldChanges(before: TheoryOfChangeDocument, after: TheoryOfChangeDocument): FieldChange[] {
  return fieldChanges(before, after, new Set(['nodes']));
}
