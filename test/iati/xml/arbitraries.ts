/**
 * Random {@link IatiActivities} for the XML round trip, with hostile text (markup characters,
 * entity look-alikes, controls, lone surrogates, line breaks of every kind), languages and
 * extensions in several namespaces; and `expectedAfterRoundTrip`, what reading the written file
 * must give back, by the writer's documented rules.
 */
import fc from 'fast-check';
import type {
  ForeignAttributes,
  IatiActivities,
  IatiActivity,
  IatiBaseline,
  IatiDocumentLink,
  IatiIndicator,
  IatiNarrative,
  IatiPeriod,
  IatiResult,
  IatiText,
  IatiValue,
  XmlElement,
} from '../../../src/iati/iati-activity.js';

export const TOC = 'urn:theory-of-change:iati:1';
const XML = 'http://www.w3.org/XML/1998/namespace';
const OTHER_URIS = ['urn:other', 'http://example.org/ns#v2'];

const hostilePieces = fc.constantFrom('&', '<', '>', '"', "'", ']]>', '\r', '\n', '\t', '\r\n', ' ', '  ', '\u0000', '\u0001', '\u001F', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF', '&amp;', '&#233;', '&nbsp;', '<!--', '<![CDATA[', '<!DOCTYPE x>', 'é', '日本', '😀', '\u00A0', '\u2028');

/** Text of any kind a string can hold. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(hostilePieces, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 })
  .map((parts) => parts.join(''));

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .-]{0,10}$/);
const ncName = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9._-]{0,8}$/), fc.constantFrom('été', '日本', '_x')).filter((name) => name !== 'xmlns');
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
/** Drops the keys whose value is undefined: the types say "absent", not "undefined". */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const narrative: fc.Arbitrary<IatiNarrative> = fc.record({ lang: opt(fc.oneof(fc.constantFrom('en', 'fr', 'es-419'), hostileText)), text: hostileText }).map(defined);
const text: fc.Arbitrary<IatiText> = fc.array(narrative, { maxLength: 3 });

const attributeKey = (uris: readonly string[]): fc.Arbitrary<string> => fc.tuple(fc.constantFrom(...uris), ncName).map(([uri, local]) => (uri === '' ? local : `{${uri}}${local}`));
const attributes = (uris: readonly string[]): fc.Arbitrary<Readonly<Record<string, string>>> => fc.dictionary(attributeKey(uris), hostileText, { maxKeys: 3 });
/** Attributes of other namespaces on an IATI element (on the activity, not XML's: `xml:lang` is its own field). */
const foreign = (withXml: boolean): fc.Arbitrary<ForeignAttributes> => attributes(withXml ? [TOC, ...OTHER_URIS, XML] : [TOC, ...OTHER_URIS]);

/** An element of any namespace, with children `depth` levels down. */
const element = (depth: number): fc.Arbitrary<XmlElement> =>
  fc.record({
    uri: fc.constantFrom('', TOC, ...OTHER_URIS),
    name: ncName,
    attributes: attributes(['', TOC, ...OTHER_URIS, XML]),
    children: depth === 0 ? fc.constant([]) : fc.array(element(depth - 1), { maxLength: 2 }),
    text: hostileText,
  });
/** Extension elements: in a namespace at the top (an element in none would be IATI's). */
const extensions: fc.Arbitrary<readonly XmlElement[]> = fc.array(
  fc.tuple(element(2), fc.constantFrom(TOC, ...OTHER_URIS)).map(([e, uri]) => ({ ...e, uri })),
  { maxLength: 2 },
);

const documentLink: fc.Arbitrary<IatiDocumentLink> = fc
  .record({
    url: hostileText,
    format: opt(word),
    title: text,
    description: text,
    categories: fc.array(word, { maxLength: 2 }),
    languages: fc.array(word, { maxLength: 2 }),
    date: opt(word),
    extensions,
  })
  .map(defined);

const valueFields = {
  value: opt(hostileText),
  locations: fc.array(hostileText, { maxLength: 2 }),
  dimensions: fc.array(fc.record({ name: hostileText, value: hostileText }), { maxLength: 2 }),
  comment: text,
  documentLinks: fc.array(documentLink, { maxLength: 1 }),
  extensions,
};
const value: fc.Arbitrary<IatiValue> = fc.record(valueFields).map(defined);
const baseline: fc.Arbitrary<IatiBaseline> = fc.record({ ...valueFields, year: word, isoDate: opt(word) }).map(defined);
const period: fc.Arbitrary<IatiPeriod> = fc.record({
  start: word,
  end: word,
  targets: fc.array(value, { maxLength: 2 }),
  actuals: fc.array(value, { maxLength: 2 }),
  foreignAttributes: foreign(true),
  extensions,
});
const reference = fc.record({ vocabulary: word, code: hostileText, uri: opt(hostileText) }).map(defined);
const indicator: fc.Arbitrary<IatiIndicator> = fc
  .record({
    measure: fc.oneof(fc.constantFrom('1', '2', '3', '4', '5'), hostileText),
    ascending: opt(fc.constantFrom('0', '1', 'true', 'false')),
    aggregationStatus: opt(fc.constantFrom('0', '1')),
    title: text,
    description: text,
    documentLinks: fc.array(documentLink, { maxLength: 1 }),
    references: fc.array(reference, { maxLength: 2 }),
    baselines: fc.array(baseline, { maxLength: 2 }),
    periods: fc.array(period, { maxLength: 2 }),
    foreignAttributes: foreign(true),
    extensions,
  })
  .map(defined);
const result: fc.Arbitrary<IatiResult> = fc
  .record({
    type: fc.constantFrom('1', '2', '3', '9', ''),
    aggregationStatus: opt(fc.constantFrom('0', '1')),
    title: text,
    description: text,
    documentLinks: fc.array(documentLink, { maxLength: 1 }),
    references: fc.array(reference, { maxLength: 1 }),
    indicators: fc.array(indicator, { maxLength: 2 }),
    foreignAttributes: foreign(true),
    extensions,
  })
  .map(defined);
const organisation = (withRole: boolean) => fc.record({ ref: opt(word), type: opt(word), ...(withRole ? { role: opt(word) } : {}), name: text }).map(defined);

export const activity: fc.Arbitrary<IatiActivity> = fc
  .record({
    identifier: hostileText,
    lang: opt(fc.constantFrom('en', 'fr')),
    defaultCurrency: opt(word),
    lastUpdated: opt(word),
    reportingOrg: organisation(false),
    title: text,
    descriptions: fc.array(fc.record({ type: opt(fc.constantFrom('1', '2')), text }).map(defined), { maxLength: 2 }),
    participatingOrgs: fc.array(organisation(true), { maxLength: 2 }),
    status: opt(word),
    dates: fc.array(fc.record({ type: word, isoDate: word }), { maxLength: 2 }),
    relatedActivities: fc.array(fc.record({ ref: hostileText, type: word }), { maxLength: 2 }),
    results: fc.array(result, { maxLength: 2 }),
    foreignAttributes: foreign(false),
    extensions,
    skipped: fc.constant([]),
  })
  .map(defined);

export const activities: fc.Arbitrary<IatiActivities> = fc
  .record({ version: fc.oneof(fc.constant('2.03'), hostileText), generatedDatetime: opt(word), activities: fc.array(activity, { maxLength: 3 }) })
  .map(defined);

// ---------------------------------------------------------------------------------------------
// What the writer's rules make of the data (see src/iati/xml/write-iati.ts and xml-text.ts).

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** XML 1.0 cannot hold these characters: the writer removes them. */
const chars = (s: string): string => s.replace(NOT_XML_CHAR, '');
const cleanRecord = (r: Readonly<Record<string, string>>): Record<string, string> => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, chars(v)]));
const cleanText = (t: IatiText): IatiText => t.map((n) => defined({ lang: n.lang === undefined ? undefined : chars(n.lang), text: chars(n.text) }));

function cleanElement(e: XmlElement): XmlElement {
  const children = e.children.map(cleanElement);
  // Beside child elements, text is read back trimmed (the indentation around them is not text).
  return { ...e, attributes: cleanRecord(e.attributes), children, text: children.length > 0 ? chars(e.text).trim() : chars(e.text) };
}
const cleanExtensions = (list: readonly XmlElement[]): XmlElement[] => list.map(cleanElement);
const cleanLink = (d: IatiDocumentLink): IatiDocumentLink => ({ ...d, url: chars(d.url), title: cleanText(d.title), description: cleanText(d.description), extensions: cleanExtensions(d.extensions) });
const cleanValue = <V extends IatiValue>(v: V): V =>
  defined({
    ...v,
    value: v.value === undefined ? undefined : chars(v.value),
    locations: v.locations.map(chars),
    dimensions: v.dimensions.map((d) => ({ name: chars(d.name), value: chars(d.value) })),
    comment: cleanText(v.comment),
    documentLinks: v.documentLinks.map(cleanLink),
    extensions: cleanExtensions(v.extensions),
  });
const cleanIndicator = (i: IatiIndicator): IatiIndicator => ({
  ...i,
  measure: chars(i.measure),
  title: cleanText(i.title),
  description: cleanText(i.description),
  documentLinks: i.documentLinks.map(cleanLink),
  references: i.references.map((r) => defined({ ...r, code: chars(r.code), uri: r.uri === undefined ? undefined : chars(r.uri) })),
  baselines: i.baselines.map(cleanValue),
  periods: i.periods.map((p) => ({ ...p, targets: p.targets.map(cleanValue), actuals: p.actuals.map(cleanValue), foreignAttributes: cleanRecord(p.foreignAttributes), extensions: cleanExtensions(p.extensions) })),
  foreignAttributes: cleanRecord(i.foreignAttributes),
  extensions: cleanExtensions(i.extensions),
});

/** What `readIatiActivities(writeIati(file))` must give (less `at` and `diagnostics`). */
export function expectedAfterRoundTrip(file: IatiActivities): IatiActivities {
  return {
    ...file,
    version: chars(file.version ?? '2.03'),
    activities: file.activities.map((a) => ({
      ...a,
      // The identifier is read trimmed.
      identifier: chars(a.identifier).trim(),
      reportingOrg: { ...a.reportingOrg, name: cleanText(a.reportingOrg.name) },
      title: cleanText(a.title),
      descriptions: a.descriptions.map((d) => ({ ...d, text: cleanText(d.text) })),
      participatingOrgs: a.participatingOrgs.map((o) => ({ ...o, name: cleanText(o.name) })),
      relatedActivities: a.relatedActivities.map((r) => ({ ...r, ref: chars(r.ref) })),
      results: a.results.map((r) => ({
        ...r,
        title: cleanText(r.title),
        description: cleanText(r.description),
        documentLinks: r.documentLinks.map(cleanLink),
        references: r.references.map((x) => defined({ ...x, code: chars(x.code), uri: x.uri === undefined ? undefined : chars(x.uri) })),
        indicators: r.indicators.map(cleanIndicator),
        foreignAttributes: cleanRecord(r.foreignAttributes),
        extensions: cleanExtensions(r.extensions),
      })),
      foreignAttributes: cleanRecord(a.foreignAttributes),
      extensions: cleanExtensions(a.extensions),
    })),
  };
}

/** A copy without the `at` positions the reader adds. */
export function withoutPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'at' ? undefined : v))) as T;
}
