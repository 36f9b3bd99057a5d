/**
 * A coalition (or a programme) as IATI activities: one per member, one for the coalition itself
 * when it has joint nodes, joined by `related-activity` parent and child links; the coalition
 * file in the `toc:coalition` extension, so that the import gives it back.
 */
import { MEMBER_SEPARATOR } from '../../coalition/compose.js';
import type { CoalitionDocument } from '../../coalition/types.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { isRecord } from '../../document/is-record.js';
import type { Model } from '../../model/model.js';
import { validate } from '../../validate/validate.js';
import type { IatiActivity, IatiRelatedActivity } from '../iati-activity.js';
import { writeIati } from '../xml/write-iati.js';
import { coalitionElement, type WrittenCoalition } from './coalition-extension.js';
import type { IatiExportOptions } from './iati-export-options.js';
import type { IatiExport } from './to-iati.js';
import { toIatiActivity } from './to-iati-activity.js';

/** The fields of a coalition file that are not a theory of change's header. */
const COALITION_ONLY = new Set(['members', 'nodes', 'links', 'sharedIndicators']);

/** The `meta.iati.identifier` of an imported document, if any. */
function importedIdentifier(model: Model): string | undefined {
  const iati = model.document.meta?.iati;
  return isRecord(iati) && typeof iati.identifier === 'string' && iati.identifier.trim() !== '' ? iati.identifier.trim() : undefined;
}

const memberOf = (ref: string): string | undefined => (ref.includes(MEMBER_SEPARATOR) ? ref.slice(0, ref.indexOf(MEMBER_SEPARATOR)) : undefined);

/** A joint node without the references to members' nodes (kept in the extension): what an activity of its own can hold. */
function jointOnly(node: unknown): unknown {
  if (!isRecord(node)) return node;
  const own = (ref: unknown): boolean => !(typeof ref === 'string' ? ref : isRecord(ref) && typeof ref.to === 'string' ? ref.to : '').includes(MEMBER_SEPARATOR);
  const out: Record<string, unknown> = { ...node };
  for (const field of ['contributesTo', 'measures', 'accountableFor', 'benefitsFrom', 'engagedIn']) if (Array.isArray(out[field])) out[field] = (out[field] as unknown[]).filter(own);
  for (const field of ['contributesTo', 'measures']) {
    if (Array.isArray(out[field])) out[field] = (out[field] as unknown[]).map((ref) => (isRecord(ref) && Array.isArray(ref.assumptions) ? { ...ref, assumptions: ref.assumptions.filter((a: unknown) => typeof a !== 'string' || !a.includes(MEMBER_SEPARATOR)) } : ref));
  }
  return out;
}

/**
 * A coalition as IATI 2.03 activity XML: one `iati-activity` per member (from its own model, as
 * {@link toIati} writes one document), and, when the coalition has joint nodes, one for the
 * coalition itself, its joint goals and objectives as results. `related-activity` links say who
 * is part of whom, both ways: each member is a child of the coalition's activity, and a member
 * whose node a link runs to is the parent of the member the link runs from. The coalition file
 * (joint nodes, links, shared indicators, members by activity identifier) travels in the `toc:`
 * extension of the coalition's activity, or, without joint nodes, of the member at the top, so
 * that {@link importIati} gives the same coalition back in `programmes`.
 *
 * A member's identifier is its document's `meta.iati.identifier` (a document imported from
 * IATI), else the reporting organisation's `ref`, a hyphen and the document's `id` (else the
 * member's id); the coalition's, `options.identifier`, else the `ref`, a hyphen and the
 * coalition's `id`. A missing `ref` is a placeholder and a warning, as for {@link toIati}.
 *
 * @param members Each member's own model (its document validated alone), by member id.
 * @throws Error when a member's model is not given.
 *
 * @example
 * ```ts
 * const { xml } = toIatiCoalition(coalition, new Map([['asi', asiModel], ['lra', lraModel]]), { reportingOrg: { ref: 'GB-CHC-1049160' } });
 * ```
 */
export function toIatiCoalition(coalition: CoalitionDocument, members: ReadonlyMap<string, Model>, options: IatiExportOptions = {}): IatiExport {
  const diagnostics: Diagnostic[] = [];
  const said = new Set<string>();
  const add = (list: readonly Diagnostic[], file?: string): void => {
    for (const d of list) {
      const key = `${d.code}\u0000${d.message}`;
      if (d.code === 'iati-placeholder' && said.has(key)) continue;
      said.add(key);
      // What the options lack is no member's: said once, naming no file.
      const options = d.code === 'iati-placeholder' && d.message.startsWith('No reporting organisation');
      diagnostics.push(file === undefined || options ? d : { ...d, file });
    }
  };
  const orgRef = options.reportingOrg?.ref;
  const { identifier: _identifier, ...memberOptions } = options;

  const identifiers = new Map<string, string>();
  const taken = new Set<string>();
  const activities = new Map<string, IatiActivity>();
  for (const member of coalition.members) {
    const model = members.get(member.id);
    if (model === undefined) throw new Error(`toIatiCoalition: the model of member "${member.id}" (${member.file}) was not given.`);
    const own = model.document.id ?? member.id;
    let identifier = importedIdentifier(model) ?? `${orgRef ?? 'XX-PLACEHOLDER'}-${own}`;
    if (taken.has(identifier)) identifier = `${identifier}-${member.id}`;
    taken.add(identifier);
    identifiers.set(member.id, identifier);
    const written = toIatiActivity(model, { ...memberOptions, identifier });
    add(written.diagnostics, member.file);
    activities.set(member.id, written.activity);
  }
  if (orgRef === undefined && [...identifiers.values()].some((i) => i.startsWith('XX-PLACEHOLDER-'))) {
    add([{ code: 'iati-placeholder', severity: 'warning', path: [], ids: [], message: 'No reporting organisation identifier was given, so members\' activity identifiers start with XX-PLACEHOLDER: give your organisation\'s IATI identifier (`--org`) before publishing.' }]);
  }

  // Who is part of whom: a link from a member's node to another member's node makes the second the parent.
  const related = new Map<string, Map<string, string>>(coalition.members.map((m) => [m.id, new Map()]));
  const relate = (child: string, parent: string): void => {
    related.get(child)?.set(`${parent}\u00001`, parent);
    related.get(parent)?.set(`${child}\u00002`, child);
  };
  for (const link of coalition.links ?? []) {
    const [from, to] = [memberOf(link.from), memberOf(link.to)];
    if (from !== undefined && to !== undefined && from !== to) relate(from, to);
  }
  const relatedOf = (id: string): IatiRelatedActivity[] =>
    [...(related.get(id)?.entries() ?? [])]
      .map(([key, other]) => ({ ref: identifiers.get(other) ?? other, type: key.slice(key.indexOf('\u0000') + 1) }))
      .sort((a, b) => a.type.localeCompare(b.type) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));

  const fields = Object.fromEntries(Object.entries(coalition).filter(([key]) => key !== 'members'));
  const written = (role: WrittenCoalition['role']): WrittenCoalition => ({
    role,
    fields,
    members: coalition.members.map((m) => ({ id: m.id, identifier: identifiers.get(m.id) as string, ...(m.title === undefined ? {} : { title: m.title }) })),
  });

  const out: IatiActivity[] = [];
  const joint = coalition.nodes ?? [];
  let head: string | undefined;
  if (joint.length > 0) {
    const identifier = options.identifier ?? `${orgRef ?? 'XX-PLACEHOLDER'}-${coalition.id ?? 'coalition'}`;
    if (options.identifier === undefined && (orgRef === undefined || coalition.id === undefined)) {
      add([{ code: 'iati-placeholder', severity: 'warning', path: [], ids: [], message: `No identifier was given for the coalition's own activity, so the file says ${identifier}: give one (\`--identifier\`), or the organisation identifier and a coalition id, before publishing.` }]);
    }
    const header = Object.fromEntries(Object.entries(coalition).filter(([key]) => !COALITION_ONLY.has(key)));
    // Its joint nodes alone, as a document (references to members' nodes are in the extension only); when they do not stand alone, no results.
    const alone = validate({ ...header, nodes: joint.map(jointOnly) });
    const model = alone.ok ? alone.model : validate({ ...header, nodes: [] }).model;
    if (model === undefined) throw new Error('toIatiCoalition: the coalition\'s header is not a valid document header.');
    const activity = toIatiActivity(model, { ...options, identifier });
    add(activity.diagnostics.filter((d) => d.code !== 'iati-placeholder' || !d.message.startsWith('No activity identifier')));
    out.push({
      ...activity.activity,
      relatedActivities: [...identifiers.values()].map((ref) => ({ ref, type: '2' })).sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)),
      extensions: [coalitionElement(written('coalition'))],
    });
    for (const member of coalition.members) related.get(member.id)?.set(`\u0000coalition`, identifier);
  } else {
    // The member at the top carries the coalition: one that others link to and that links to no other member.
    const parents = new Set(coalition.members.filter((m) => [...(related.get(m.id)?.keys() ?? [])].some((k) => k.endsWith('\u00002'))).map((m) => m.id));
    const children = new Set(coalition.members.filter((m) => [...(related.get(m.id)?.keys() ?? [])].some((k) => k.endsWith('\u00001'))).map((m) => m.id));
    head = coalition.members.find((m) => parents.has(m.id) && !children.has(m.id))?.id ?? coalition.members[0]?.id;
  }
  for (const member of coalition.members) {
    const activity = activities.get(member.id) as IatiActivity;
    const toCoalition = related.get(member.id)?.get('\u0000coalition');
    related.get(member.id)?.delete('\u0000coalition');
    out.push({
      ...activity,
      relatedActivities: [...(toCoalition === undefined ? [] : [{ ref: toCoalition, type: '1' }]), ...relatedOf(member.id)],
      extensions: member.id === head ? [...activity.extensions, coalitionElement(written('member'))] : activity.extensions,
    });
  }
  return { xml: writeIati({ version: '2.03', activities: out }), diagnostics };
}
