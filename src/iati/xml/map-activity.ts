/**
 * An `iati-activity` as read (a {@link RawElement} tree) → {@link IatiActivity}. Each element keeps
 * the IATI children and attributes the types name, its start (`at`), and, where the types allow,
 * elements (`extensions`) and attributes (`foreignAttributes`) of other namespaces in order. IATI
 * children it does not keep are named in `skipped`: a child of the activity by its name
 * (`budget`), a deeper one by its path from the activity (`result/indicator/baseline/foo`).
 * @internal
 */
import type {
  ForeignAttributes,
  IatiActivity,
  IatiBaseline,
  IatiDimension,
  IatiDocumentLink,
  IatiIndicator,
  IatiNarrative,
  IatiOrganisation,
  IatiPeriod,
  IatiReference,
  IatiResult,
  IatiValue,
  XmlElement,
} from '../iati-activity.js';
import type { SourcePosition } from '../../diagnostics/diagnostic.js';
import { attributeKey, XML_NAMESPACE } from './namespaces.js';
import { attribute, type RawElement } from './raw-element.js';

/** Collects the names of IATI elements met and not kept, each once, in the order met (by where each first is). */
class Skips {
  private readonly first = new Map<string, SourcePosition>();

  add(path: string, e: RawElement): void {
    const name = path === '' ? e.local : `${path}/${e.local}`;
    const seen = this.first.get(name);
    if (seen === undefined || e.at.line < seen.line || (e.at.line === seen.line && e.at.column < seen.column)) this.first.set(name, e.at);
  }

  names(): string[] {
    return [...this.first].sort(([, a], [, b]) => a.line - b.line || a.column - b.column).map(([name]) => name);
  }
}

/** `{ key: value }` when the value is there, else nothing: keeps absent attributes absent. */
const opt = <K extends string>(key: K, value: string | undefined): { [P in K]?: string } => (value === undefined ? {} : ({ [key]: value } as { [P in K]: string }));

const isIati = (e: RawElement): boolean => e.uri === '';

/** The element as an {@link XmlElement}: attributes by local name (`{uri}local` in a namespace), children of any namespace. */
export function toXmlElement(e: RawElement): XmlElement {
  const attributes: Record<string, string> = {};
  for (const a of e.attributes) attributes[attributeKey(a.uri, a.local)] = a.value;
  return { uri: e.uri, name: e.local, attributes, children: e.children.map(toXmlElement), text: e.text };
}

/** Attributes of other namespaces; on the activity, `xml:lang` is its `lang` instead. */
function foreignAttributes(e: RawElement, exceptXmlLang = false): ForeignAttributes {
  const out: Record<string, string> = {};
  for (const a of e.attributes) {
    if (a.uri === '' || (exceptXmlLang && a.uri === XML_NAMESPACE && a.local === 'lang')) continue;
    out[attributeKey(a.uri, a.local)] = a.value;
  }
  return out;
}

/** The `narrative` children of each of `holders` (a title, description, comment or name), in order. */
function narratives(holders: readonly RawElement[]): IatiNarrative[] {
  const out: IatiNarrative[] = [];
  for (const holder of holders) {
    for (const n of holder.children) {
      if (!isIati(n) || n.local !== 'narrative') continue;
      const lang = attribute(n, 'lang', XML_NAMESPACE);
      out.push({ ...opt('lang', lang), text: n.text });
    }
  }
  return out;
}

/** Sorts `e`'s children: IATI ones by name (unknown ones noted in `skips`), others as extensions. */
function sortChildren(e: RawElement, known: readonly string[], path: string, skips: Skips): { readonly byName: (name: string) => RawElement[]; readonly extensions: XmlElement[] } {
  const groups = new Map<string, RawElement[]>();
  const extensions: XmlElement[] = [];
  for (const child of e.children) {
    if (!isIati(child)) extensions.push(toXmlElement(child));
    else if (!known.includes(child.local)) skips.add(path, child);
    else {
      const group = groups.get(child.local);
      if (group === undefined) groups.set(child.local, [child]);
      else group.push(child);
    }
  }
  return { byName: (name) => groups.get(name) ?? [], extensions };
}

function documentLink(e: RawElement, path: string, skips: Skips): IatiDocumentLink {
  const here = `${path}/document-link`;
  const c = sortChildren(e, ['title', 'description', 'category', 'language', 'document-date'], here, skips);
  const date = c.byName('document-date')[0];
  return {
    url: attribute(e, 'url') ?? '',
    ...opt('format', attribute(e, 'format')),
    title: narratives(c.byName('title')),
    description: narratives(c.byName('description')),
    categories: c.byName('category').map((x) => attribute(x, 'code') ?? ''),
    languages: c.byName('language').map((x) => attribute(x, 'code') ?? ''),
    ...opt('date', date === undefined ? undefined : attribute(date, 'iso-date')),
    extensions: c.extensions,
    at: e.at,
  };
}

function reference(e: RawElement, uriName: 'vocabulary-uri' | 'indicator-uri'): IatiReference {
  return { vocabulary: attribute(e, 'vocabulary') ?? '', code: attribute(e, 'code') ?? '', ...opt('uri', attribute(e, uriName)) };
}

function value(e: RawElement, path: string, skips: Skips): IatiValue {
  const here = `${path}/${e.local}`;
  const c = sortChildren(e, ['location', 'dimension', 'document-link', 'comment'], here, skips);
  const dimensions: IatiDimension[] = c.byName('dimension').map((d) => ({ name: attribute(d, 'name') ?? '', value: attribute(d, 'value') ?? '' }));
  return {
    ...opt('value', attribute(e, 'value')),
    locations: c.byName('location').map((l) => attribute(l, 'ref') ?? ''),
    dimensions,
    comment: narratives(c.byName('comment')),
    documentLinks: c.byName('document-link').map((d) => documentLink(d, here, skips)),
    extensions: c.extensions,
    at: e.at,
  };
}

function baseline(e: RawElement, path: string, skips: Skips): IatiBaseline {
  return { ...value(e, path, skips), year: attribute(e, 'year') ?? '', ...opt('isoDate', attribute(e, 'iso-date')) };
}

function period(e: RawElement, path: string, skips: Skips): IatiPeriod {
  const here = `${path}/period`;
  const c = sortChildren(e, ['period-start', 'period-end', 'target', 'actual'], here, skips);
  const date = (name: string): string => {
    const d = c.byName(name)[0];
    return d === undefined ? '' : (attribute(d, 'iso-date') ?? '');
  };
  return {
    start: date('period-start'),
    end: date('period-end'),
    targets: c.byName('target').map((t) => value(t, here, skips)),
    actuals: c.byName('actual').map((a) => value(a, here, skips)),
    foreignAttributes: foreignAttributes(e),
    extensions: c.extensions,
    at: e.at,
  };
}

function indicator(e: RawElement, path: string, skips: Skips): IatiIndicator {
  const here = `${path}/indicator`;
  const c = sortChildren(e, ['title', 'description', 'document-link', 'reference', 'baseline', 'period'], here, skips);
  return {
    measure: attribute(e, 'measure') ?? '',
    ...opt('ascending', attribute(e, 'ascending')),
    ...opt('aggregationStatus', attribute(e, 'aggregation-status')),
    title: narratives(c.byName('title')),
    description: narratives(c.byName('description')),
    documentLinks: c.byName('document-link').map((d) => documentLink(d, here, skips)),
    references: c.byName('reference').map((r) => reference(r, 'indicator-uri')),
    baselines: c.byName('baseline').map((b) => baseline(b, here, skips)),
    periods: c.byName('period').map((p) => period(p, here, skips)),
    foreignAttributes: foreignAttributes(e),
    extensions: c.extensions,
    at: e.at,
  };
}

function result(e: RawElement, skips: Skips): IatiResult {
  const c = sortChildren(e, ['title', 'description', 'document-link', 'reference', 'indicator'], 'result', skips);
  return {
    type: attribute(e, 'type') ?? '',
    ...opt('aggregationStatus', attribute(e, 'aggregation-status')),
    title: narratives(c.byName('title')),
    description: narratives(c.byName('description')),
    documentLinks: c.byName('document-link').map((d) => documentLink(d, 'result', skips)),
    references: c.byName('reference').map((r) => reference(r, 'vocabulary-uri')),
    indicators: c.byName('indicator').map((i) => indicator(i, 'result', skips)),
    foreignAttributes: foreignAttributes(e),
    extensions: c.extensions,
    at: e.at,
  };
}

function organisation(e: RawElement, withRole: boolean): IatiOrganisation {
  return {
    ...opt('ref', attribute(e, 'ref')),
    ...opt('type', attribute(e, 'type')),
    ...(withRole ? opt('role', attribute(e, 'role')) : {}),
    name: narratives([e]),
  };
}

/**
 * Maps one activity. The reader keeps no content of the activity's children the mapping does not
 * use, only an empty stand-in for the first of each name, so that `skipped` keeps the order met.
 */
export function mapActivity(e: RawElement): IatiActivity {
  const skips = new Skips();
  const c = sortChildren(
    e,
    ['iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'activity-status', 'activity-date', 'related-activity', 'result'],
    '',
    skips,
  );
  const reporting = c.byName('reporting-org')[0];
  const status = c.byName('activity-status')[0];
  // Mapped before `skipped` is read: the mapping of results adds to it.
  const results = c.byName('result').map((r) => result(r, skips));
  return {
    identifier: (c.byName('iati-identifier')[0]?.text ?? '').trim(),
    ...opt('lang', attribute(e, 'lang', XML_NAMESPACE)),
    ...opt('defaultCurrency', attribute(e, 'default-currency')),
    ...opt('lastUpdated', attribute(e, 'last-updated-datetime')),
    reportingOrg: reporting === undefined ? { name: [] } : organisation(reporting, false),
    title: narratives(c.byName('title')),
    descriptions: c.byName('description').map((d) => ({ ...opt('type', attribute(d, 'type')), text: narratives([d]) })),
    participatingOrgs: c.byName('participating-org').map((p) => organisation(p, true)),
    ...opt('status', status === undefined ? undefined : attribute(status, 'code')),
    dates: c.byName('activity-date').map((d) => ({ type: attribute(d, 'type') ?? '', isoDate: attribute(d, 'iso-date') ?? '' })),
    relatedActivities: c.byName('related-activity').map((r) => ({ ref: attribute(r, 'ref') ?? '', type: attribute(r, 'type') ?? '' })),
    results,
    foreignAttributes: foreignAttributes(e, true),
    extensions: c.extensions,
    skipped: skips.names(),
    at: e.at,
  };
}
