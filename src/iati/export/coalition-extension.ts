/**
 * The `toc:coalition` element: a coalition written by `toIatiCoalition`, on the activity that
 * heads it, so that the import gives the same coalition back. Its text is the coalition file as
 * JSON, each member's `file` replaced by the `identifier` of its activity (files are local to a
 * computer; identifiers are what an IATI file knows).
 * @internal
 */
import { isRecord } from '../../document/is-record.js';
import type { XmlElement } from '../iati-activity.js';
import { parseJson, sortedJson, tocChildren, tocElement } from './toc-namespace.js';

/** What the element says: the activity heads a coalition of its own (`coalition`) or is a member that carries it (`member`). @internal */
export type CoalitionRole = 'coalition' | 'member';

/** A coalition as written in an IATI file: members by activity identifier. @internal */
export interface WrittenCoalition {
  readonly role: CoalitionRole;
  /** The coalition's fields but `members`, as written in its file. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly members: readonly { readonly id: string; readonly identifier: string; readonly title?: string }[];
}

/** The element for `coalition`. @internal */
export function coalitionElement(coalition: WrittenCoalition): XmlElement {
  return tocElement('coalition', { version: '1', role: coalition.role }, [], sortedJson({ ...coalition.fields, members: coalition.members }));
}

/** The coalition an activity's extensions carry, if any (a member entry without a string `id` and `identifier` is left out). @internal */
export function readCoalitionElement(extensions: readonly XmlElement[]): WrittenCoalition | undefined {
  const element = tocChildren(extensions, 'coalition')[0];
  if (element === undefined) return undefined;
  const data = parseJson(element.text);
  if (!isRecord(data)) return undefined;
  const { members, ...fields } = data;
  const list = Array.isArray(members) ? members : [];
  return {
    role: element.attributes.role === 'coalition' ? 'coalition' : 'member',
    fields,
    members: list.flatMap((m) =>
      isRecord(m) && typeof m.id === 'string' && typeof m.identifier === 'string' ? [{ id: m.id, identifier: m.identifier, ...(typeof m.title === 'string' ? { title: m.title } : {}) }] : [],
    ),
  };
}
