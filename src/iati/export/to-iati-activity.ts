import { readingDate } from '../../document/reading-date.js';
import type { ContributionRef, IndicatorDocument, IsoDate, NodeDocument, ResultDocument, TheoryOfChangeDocument } from '../../document/types.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import { today } from '../../document/dates.js';
import { compareIds } from '../../model/compare-ids.js';
import type { Model } from '../../model/model.js';
import type { IatiActivity, IatiResult, XmlElement } from '../iati-activity.js';
import { canonicalNode } from './canonical-document.js';
import type { IatiExportOptions } from './iati-export-options.js';
import { indicatorElement } from './indicator-element.js';
import { sortedJson, tocAttribute, tocElement } from './toc-namespace.js';

/** The activity and the problems met writing it. */
export interface IatiActivityResult {
  readonly activity: IatiActivity;
  readonly diagnostics: readonly Diagnostic[];
}

/** The IATI ResultType code of a goal or objective: its `resultType`, else impact (3) for a goal and outcome (2) for an objective. @internal */
export function resultTypeCode(node: ResultDocument): string {
  const type = node.resultType ?? (node.kind === 'goal' ? 'impact' : 'outcome');
  return type === 'output' ? '1' : type === 'outcome' ? '2' : '3';
}

/** The sentence written as the activity's description when the document has none (IATI requires one). @internal */
export function placeholderDescription(title: string): string {
  return `The results framework of the theory of change "${title}".`;
}

/** The name written for the reporting organisation when neither the options nor the document give one. @internal */
export const PLACEHOLDER_ORGANISATION = 'Organisation not named';

function placeholder(message: string): Diagnostic {
  return { code: 'iati-placeholder', severity: 'warning', path: [], ids: [], message };
}

/** One `toc:contributes-to` per link: `to`, `weight`, the assumptions' ids, the note and the evidence (JSON), and `written="id"` for a link written as a bare id. */
function contribution(ref: ContributionRef): XmlElement {
  if (typeof ref === 'string') return tocElement('contributes-to', { to: ref, written: 'id' });
  const attributes: Record<string, string> = { to: ref.to };
  if (ref.weight !== undefined) attributes.weight = String(ref.weight);
  const children: XmlElement[] = [];
  if (ref.assumptions !== undefined) {
    attributes.assumptions = String(ref.assumptions.length);
    for (const id of ref.assumptions) children.push(tocElement('assumption', { ref: id }));
  }
  if (ref.note !== undefined) children.push(tocElement('note', {}, [], ref.note));
  if (ref.evidence !== undefined) children.push(tocElement('evidence', {}, [], sortedJson(ref.evidence)));
  return tocElement('contributes-to', attributes, children);
}

/** The fields of a goal or objective its IATI `result` does not carry (`resultType: null` when it has none: the result's type implies one). */
function resultExtra(node: ResultDocument): Record<string, unknown> {
  const { id: _id, kind: _kind, title: _title, description: _description, ref: _ref, contributesTo: _c, ...rest } = node;
  // An empty list of links is kept here: there is no toc:contributes-to to say it.
  return { ...rest, resultType: node.resultType ?? null, ...(node.contributesTo?.length === 0 ? { contributesTo: [] } : {}) };
}

/**
 * The activity's planned start and end: the document's period; without one,
 * the earliest and latest reading dates (or today), with a warning.
 */
function activityDates(document: TheoryOfChangeDocument, diagnostics: Diagnostic[]): IatiActivity['dates'] {
  if (document.period !== undefined) {
    return [
      { type: '1', isoDate: document.period.start },
      { type: '3', isoDate: document.period.end },
    ];
  }
  const dates: IsoDate[] = [];
  for (const node of document.nodes) {
    if (node.kind !== 'indicator') continue;
    for (const r of [node.baseline, ...(node.targets ?? []), ...(node.observations ?? [])]) {
      if (r === undefined) continue;
      if (r.period !== undefined) dates.push(r.period.start);
      const date = readingDate(r);
      if (date !== undefined) dates.push(date);
    }
  }
  dates.sort(compareIds);
  const start = dates[0] ?? today();
  const end = dates[dates.length - 1] ?? start;
  diagnostics.push(
    placeholder(
      dates.length === 0
        ? `The document has no period and no dated reading, so the activity's planned start and end are today (${start}); give the document a period (start and end).`
        : `The document has no period, so the activity's planned start and end are those of its earliest and latest readings (${start} and ${end}); give the document a period to say when the strategy runs.`,
    ),
  );
  return [
    { type: '1', isoDate: start },
    { type: '3', isoDate: end },
  ];
}

/** Ids of the goals and objectives from the top of the chain down: by the number of links on the longest chain above each, then by id. */
function topDown(model: Model): string[] {
  const depth = new Map<string, number>();
  for (const id of [...model.topologicalOrder()].reverse()) depth.set(id, Math.max(-1, ...model.parents(id).map((p) => depth.get(p) ?? 0)) + 1);
  return [...depth.keys()].sort((a, b) => (depth.get(a) ?? 0) - (depth.get(b) ?? 0) || compareIds(a, b));
}

/**
 * A model as one IATI activity (plain data, see docs/iati-mapping.md): its
 * goals and objectives as results from the top of the chain down, each with the indicators that measure it; everything
 * IATI cannot hold in the `toc:` extension. The same whatever the order of
 * the document's nodes, readings and links.
 * @internal
 */
export function toIatiActivity(model: Model, options: IatiExportOptions = {}): IatiActivityResult {
  const document = model.document;
  const diagnostics: Diagnostic[] = [];
  const at = (id: string): number => model.index.position.get(id) ?? -1;

  const orgRef = options.reportingOrg?.ref;
  const ref = orgRef ?? 'XX-PLACEHOLDER';
  if (orgRef === undefined) diagnostics.push(placeholder('No reporting organisation identifier was given, so the file says XX-PLACEHOLDER: give your organisation\'s IATI identifier (e.g. GB-CHC-1234567; `--org` on the command line) before publishing.'));
  const type = options.reportingOrg?.type ?? '21';
  if (options.reportingOrg?.type === undefined) diagnostics.push(placeholder('No reporting organisation type was given, so the file says 21 (international NGO): give your IATI organisation type code (`--org-type` on the command line) if it differs.'));
  let identifier = options.identifier;
  if (identifier === undefined) {
    if (orgRef !== undefined && document.id !== undefined) identifier = `${orgRef}-${document.id}`;
    else {
      identifier = `XX-PLACEHOLDER-${document.id ?? 'theory-of-change'}`;
      diagnostics.push(placeholder(`No activity identifier was given, so the file says ${identifier}: give one (\`--identifier\`), or the organisation identifier and a document id, before publishing.`));
    }
  }
  const name = options.reportingOrg?.name ?? document.organisation ?? PLACEHOLDER_ORGANISATION;
  if (options.reportingOrg?.name === undefined && document.organisation === undefined) {
    diagnostics.push(placeholder(`Neither the document (organisation) nor the options name the reporting organisation, so the file says "${PLACEHOLDER_ORGANISATION}".`));
  }
  const dates = activityDates(document, diagnostics);

  const nodes = new Map<string, NodeDocument>(document.nodes.map((n) => [n.id, canonicalNode(n)]));
  const written = new Set<string>();
  const counted = new Set<string>();
  const results: IatiResult[] = [];
  for (const id of topDown(model)) {
    const node = nodes.get(id) as ResultDocument;
    const indicatorIds = model.indicatorsOf(id);
    if (indicatorIds.length === 0) {
      diagnostics.push({
        code: 'iati-result-without-indicator',
        severity: 'warning',
        path: ['nodes', at(id)],
        ids: [id],
        message: `${nodeLabel(node.kind, id)} has no indicator, and an IATI result needs one: it is kept only in this library's extension, so other IATI tools will not show it. Add an indicator that measures it to publish it as a result.`,
      });
      continue;
    }
    written.add(id);
    const indicators = indicatorIds.map((indicatorId) => {
      const indicator = nodes.get(indicatorId) as IndicatorDocument;
      written.add(indicatorId);
      const link = (indicator.measures ?? []).find((m) => (typeof m === 'string' ? m : m.to) === id);
      const weight = typeof link === 'object' ? link.weight : undefined;
      const first = !counted.has(indicatorId);
      counted.add(indicatorId);
      return indicatorElement(indicator, { first, ...(weight === undefined ? {} : { weight }) }, document.period?.start);
    });
    results.push({
      type: resultTypeCode(node),
      aggregationStatus: indicators.some((i) => i.aggregationStatus === '1') ? '1' : '0',
      title: [{ text: node.title }],
      description: node.description === undefined ? [] : [{ text: node.description }],
      documentLinks: [],
      references: node.ref === undefined ? [] : [{ vocabulary: '99', code: node.ref }],
      indicators,
      foreignAttributes: { [tocAttribute('id')]: id, [tocAttribute('kind')]: node.kind },
      extensions: [...(node.contributesTo ?? []).map(contribution), tocElement('extra', {}, [], sortedJson(resultExtra(node)))],
    });
  }

  const { title: _t, description: _d, organisation: _o, nodes: _n, ...own } = document;
  const documentExtra: Record<string, unknown> = { ...own };
  if (document.description === undefined) documentExtra.description = null;
  if (document.organisation !== name) documentExtra.organisation = document.organisation ?? null;
  const others = [...nodes.values()].filter((n) => !written.has(n.id)).sort((a, b) => compareIds(a.id, b.id));
  const extension = tocElement('theory-of-change', { version: '1' }, [
    tocElement('extra', {}, [], sortedJson(documentExtra)),
    ...others.map((n) => tocElement('node', { kind: n.kind, id: n.id }, [], sortedJson(n))),
  ]);

  const orgName = [{ text: name }];
  const activity: IatiActivity = {
    identifier,
    lang: options.language ?? 'en',
    reportingOrg: { ref, type, name: orgName },
    title: [{ text: document.title }],
    descriptions: [{ type: '1', text: [{ text: document.description ?? placeholderDescription(document.title) }] }],
    participatingOrgs: [{ ref, type, role: '4', name: orgName }],
    status: options.status ?? '2',
    dates,
    relatedActivities: [],
    results,
    foreignAttributes: {},
    skipped: [],
    extensions: [extension],
  };
  return { activity, diagnostics };
}
