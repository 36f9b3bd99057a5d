/**
 * {@link IatiActivities} → IATI XML text, built with fast-xml-builder (ordered form). Children are
 * written in the order of the IATI 2.03 schema (note that a `baseline` puts `document-link` before
 * `comment`, a `target` or `actual` after it), elements and attributes of other namespaces last,
 * as the schema's `xsd:any` slots require. Namespaces are declared once, on the root: our
 * extension's as `toc`, any other as `ns1`, `ns2`, … in the order first used.
 *
 * Text is written so that reading it back gives the same strings: characters XML 1.0 cannot hold
 * (C0 controls other than tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF) are
 * removed; a carriage return is written `&#13;`; in attribute values line feeds and tabs are
 * character references too. Multi-line text belongs in element text, where it is written as is.
 * The same data always gives the same bytes: UTF-8 declaration, 2-space indentation, a final
 * line feed. An absent `version` is written "2.03".
 */
import XMLBuilder from 'fast-xml-builder';
import type {
  ForeignAttributes,
  IatiActivities,
  IatiActivity,
  IatiBaseline,
  IatiDocumentLink,
  IatiIndicator,
  IatiOrganisation,
  IatiPeriod,
  IatiReference,
  IatiResult,
  IatiText,
  IatiValue,
  XmlElement,
} from '../iati-activity.js';
import { MAX_DEPTH } from './limits.js';
import { splitAttributeKey, TOC_NAMESPACE, XML_NAMESPACE, XMLNS_NAMESPACE } from './namespaces.js';
import { escapeAttribute, escapeText, isLocalName } from './xml-text.js';

/** A node of fast-xml-builder's ordered form: `{ name: children, ':@': attributes }` or `{ '#text': text }`. */
type Node = { readonly [key: string]: readonly Node[] | Readonly<Record<string, string>> | string };
type Attributes = readonly (readonly [string, string | undefined])[];

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // We escape text and attributes ourselves (see xml-text.ts): the builder's own escaping leaves
  // line breaks in attributes and carriage returns in text to be normalised away by readers.
  processEntities: false,
  // The reader refuses files nested deeper than 100 (MAX_DEPTH): whatever it read can be written.
  maxNestedTags: 2 * MAX_DEPTH,
});

/**
 * Writes IATI activities as XML text, in the IATI 2.03 schema's order, extensions last, with the
 * namespaces they use declared on the root (ours as `toc`). Characters XML 1.0 cannot hold are
 * left out; everything else reads back as it was (see {@link readIati}).
 *
 * @example
 * ```ts
 * const xml = writeIati({ version: '2.03', activities: [activity] });
 * ```
 */
export function writeIati(file: IatiActivities): string {
  const prefixes = new Prefixes();
  const activities = file.activities.map((a) => activity(a, prefixes));
  const root = element(
    'iati-activities',
    [
      ['version', file.version ?? '2.03'],
      ['generated-datetime', file.generatedDatetime],
      ...prefixes.declarations(),
    ],
    activities,
  );
  const declaration: Node = { '?xml': [], ':@': { '@_version': '1.0', '@_encoding': 'UTF-8' } };
  return `${(builder.build([declaration, root]) as string).trimStart()}\n`;
}

/** The prefix of each namespace used: `toc` for ours, `xml` for XML's, `ns1`, `ns2`, … for the others. */
class Prefixes {
  private readonly byUri = new Map<string, string>();

  of(uri: string): string {
    if (uri === XML_NAMESPACE) return 'xml';
    let prefix = this.byUri.get(uri);
    if (prefix === undefined) {
      prefix = uri === TOC_NAMESPACE ? 'toc' : `ns${[...this.byUri.keys()].filter((u) => u !== TOC_NAMESPACE).length + 1}`;
      this.byUri.set(uri, prefix);
    }
    return prefix;
  }

  /** `xmlns:…` attributes for every namespace used, ours first. */
  declarations(): Attributes {
    return [...this.byUri].sort(([a], [b]) => Number(b === TOC_NAMESPACE) - Number(a === TOC_NAMESPACE)).map(([uri, prefix]) => [`xmlns:${prefix}`, uri] as const);
  }

  qualified(uri: string, local: string): string {
    if (!isLocalName(local)) throw new TypeError(`"${local}" is not an XML name, so it cannot be written as an element or attribute name.`);
    return uri === '' ? local : `${this.of(uri)}:${local}`;
  }
}

function element(name: string, attributes: Attributes, children: readonly Node[] = []): Node {
  const attrs: Record<string, string> = {};
  for (const [key, value] of attributes) if (value !== undefined) attrs[`@_${key}`] = escapeAttribute(value);
  return Object.keys(attrs).length === 0 ? { [name]: children } : { [name]: children, ':@': attrs };
}

const text = (value: string): Node => ({ '#text': escapeText(value) });

function foreign(attributes: ForeignAttributes, prefixes: Prefixes): Attributes {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const { uri, local } = splitAttributeKey(key);
    if (uri === XMLNS_NAMESPACE || (uri === '' && local === 'xmlns')) continue;
    out.push([prefixes.qualified(uri, local), value]);
  }
  return out;
}

function extension(e: XmlElement, prefixes: Prefixes): Node {
  // Named before its children, so that prefixes number in document order.
  const name = prefixes.qualified(e.uri, e.name);
  const attributes = foreign(e.attributes, prefixes);
  const children = e.children.map((c) => extension(c, prefixes));
  return element(name, attributes, e.text === '' ? children : [text(e.text), ...children]);
}

function extensions(list: readonly XmlElement[], prefixes: Prefixes): Node[] {
  return list.map((e) => {
    if (e.uri === '') throw new TypeError(`The extension element "${e.name}" has no namespace: IATI would read it as one of its own.`);
    return extension(e, prefixes);
  });
}

const narratives = (t: IatiText): Node[] => t.map((n) => element('narrative', [['xml:lang', n.lang]], [text(n.text)]));
/** A title, description or comment: written only when it has narratives. */
const textElement = (name: string, t: IatiText, attributes: Attributes = []): Node[] => (t.length === 0 ? [] : [element(name, attributes, narratives(t))]);

function documentLink(d: IatiDocumentLink, p: Prefixes): Node {
  return element(
    'document-link',
    [
      ['url', d.url],
      ['format', d.format],
    ],
    [
      ...textElement('title', d.title),
      ...textElement('description', d.description),
      ...d.categories.map((code) => element('category', [['code', code]])),
      ...d.languages.map((code) => element('language', [['code', code]])),
      ...(d.date === undefined ? [] : [element('document-date', [['iso-date', d.date]])]),
      ...extensions(d.extensions, p),
    ],
  );
}

const reference = (r: IatiReference, uriName: string): Node =>
  element('reference', [
    ['vocabulary', r.vocabulary],
    ['code', r.code],
    [uriName, r.uri],
  ]);

/** Location and dimension children, common to baselines, targets and actuals. */
const disaggregation = (v: IatiValue): Node[] => [
  ...v.locations.map((ref) => element('location', [['ref', ref]])),
  ...v.dimensions.map((d) =>
    element('dimension', [
      ['name', d.name],
      ['value', d.value],
    ]),
  ),
];

function baseline(b: IatiBaseline, p: Prefixes): Node {
  return element(
    'baseline',
    [
      ['year', b.year],
      ['iso-date', b.isoDate],
      ['value', b.value],
    ],
    [...disaggregation(b), ...b.documentLinks.map((d) => documentLink(d, p)), ...textElement('comment', b.comment), ...extensions(b.extensions, p)],
  );
}

function value(name: 'target' | 'actual', v: IatiValue, p: Prefixes): Node {
  return element(name, [['value', v.value]], [...disaggregation(v), ...textElement('comment', v.comment), ...v.documentLinks.map((d) => documentLink(d, p)), ...extensions(v.extensions, p)]);
}

function period(x: IatiPeriod, p: Prefixes): Node {
  return element('period', foreign(x.foreignAttributes, p), [
    element('period-start', [['iso-date', x.start]]),
    element('period-end', [['iso-date', x.end]]),
    ...x.targets.map((t) => value('target', t, p)),
    ...x.actuals.map((a) => value('actual', a, p)),
    ...extensions(x.extensions, p),
  ]);
}

function indicator(i: IatiIndicator, p: Prefixes): Node {
  return element(
    'indicator',
    [['measure', i.measure], ['ascending', i.ascending], ['aggregation-status', i.aggregationStatus], ...foreign(i.foreignAttributes, p)],
    [
      ...textElement('title', i.title),
      ...textElement('description', i.description),
      ...i.documentLinks.map((d) => documentLink(d, p)),
      ...i.references.map((r) => reference(r, 'indicator-uri')),
      ...i.baselines.map((b) => baseline(b, p)),
      ...i.periods.map((x) => period(x, p)),
      ...extensions(i.extensions, p),
    ],
  );
}

function result(r: IatiResult, p: Prefixes): Node {
  return element(
    'result',
    [['type', r.type], ['aggregation-status', r.aggregationStatus], ...foreign(r.foreignAttributes, p)],
    [
      ...textElement('title', r.title),
      ...textElement('description', r.description),
      ...r.documentLinks.map((d) => documentLink(d, p)),
      ...r.references.map((x) => reference(x, 'vocabulary-uri')),
      ...r.indicators.map((i) => indicator(i, p)),
      ...extensions(r.extensions, p),
    ],
  );
}

const organisation = (name: string, o: IatiOrganisation): Node =>
  element(
    name,
    [
      ['ref', o.ref],
      ['type', o.type],
      ['role', o.role],
    ],
    narratives(o.name),
  );

function activity(a: IatiActivity, p: Prefixes): Node {
  return element(
    'iati-activity',
    [['last-updated-datetime', a.lastUpdated], ['xml:lang', a.lang], ['default-currency', a.defaultCurrency], ...foreign(a.foreignAttributes, p)],
    [
      element('iati-identifier', [], [text(a.identifier)]),
      organisation('reporting-org', a.reportingOrg),
      ...textElement('title', a.title),
      ...a.descriptions.map((d) => element('description', [['type', d.type]], narratives(d.text))),
      ...a.participatingOrgs.map((o) => organisation('participating-org', o)),
      ...(a.status === undefined ? [] : [element('activity-status', [['code', a.status]])]),
      ...a.dates.map((d) =>
        element('activity-date', [
          ['type', d.type],
          ['iso-date', d.isoDate],
        ]),
      ),
      ...a.relatedActivities.map((r) =>
        element('related-activity', [
          ['ref', r.ref],
          ['type', r.type],
        ]),
      ),
      ...a.results.map((r) => result(r, p)),
      ...extensions(a.extensions, p),
    ],
  );
}
