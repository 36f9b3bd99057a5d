import { readingOrderKey } from '../../document/canonical-value.js';
import { readingDate } from '../../document/reading-date.js';
import type {
  ContributionRef,
  IndicatorDocument,
  Measure,
  MeasuresRef,
  NodeDocument,
  ReadingDocument,
  TheoryOfChangeDocument,
} from '../../document/types.js';
import { compareIds } from '../../model/compare-ids.js';
import { sortedJson } from './toc-namespace.js';

// The IATI export is the same bytes whatever the order of the lists whose order
// means nothing (test/hardening/order-free.ts names them): it writes this
// canonical form, and restoring gives it back.

/** `list` sorted by `key`, ties by the item's JSON with sorted keys. */
function sortedBy<T>(list: readonly T[], key: (item: T) => string = () => ''): T[] {
  return list
    .map((item) => ({ item, k: key(item), json: sortedJson(item) }))
    .sort((a, b) => compareIds(a.k, b.k) || compareIds(a.json, b.json))
    .map((e) => e.item);
}

const target = (ref: ContributionRef | MeasuresRef): string => (typeof ref === 'string' ? ref : ref.to);

/** A reading with its marker ids sorted. */
function reading(r: ReadingDocument): ReadingDocument {
  return Array.isArray(r.value) ? { ...r, value: sortedBy(r.value as readonly string[], (id) => id) } : r;
}

/**
 * Readings in date order (a reading's date, or its period's end), ties by
 * {@link readingOrderKey} as the roll-up orders them (so the actual of a period
 * is the observation the roll-up takes on its date), then by content.
 */
export function sortedReadings(readings: readonly ReadingDocument[]): ReadingDocument[] {
  return readings
    .map(reading)
    .map((r) => ({ r, date: readingDate(r) ?? '', key: readingOrderKey(r), json: sortedJson(r) }))
    .sort((a, b) => compareIds(a.date, b.date) || compareIds(a.key, b.key) || compareIds(a.json, b.json))
    .map((e) => e.r);
}

function link(ref: ContributionRef): ContributionRef {
  if (typeof ref === 'string') return ref;
  return {
    ...ref,
    ...(ref.assumptions === undefined ? {} : { assumptions: sortedBy(ref.assumptions, (id) => id) }),
    ...(ref.evidence === undefined ? {} : { evidence: sortedBy(ref.evidence) }),
  };
}

function indicator(node: IndicatorDocument): IndicatorDocument {
  const measure: Measure = node.measure.kind === 'markers' ? { ...node.measure, markers: sortedBy(node.measure.markers, (m) => m.id) } : node.measure;
  return {
    ...node,
    measure,
    ...(node.measures === undefined ? {} : { measures: sortedBy(node.measures, target) }),
    ...(node.baseline === undefined ? {} : { baseline: reading(node.baseline) }),
    ...(node.targets === undefined ? {} : { targets: sortedReadings(node.targets) }),
    ...(node.observations === undefined ? {} : { observations: sortedReadings(node.observations) }),
    ...(node.frameworks === undefined ? {} : { frameworks: sortedBy(node.frameworks) }),
  };
}

/** A node with every list whose order means nothing in a fixed order. @internal */
export function canonicalNode(original: NodeDocument): NodeDocument {
  const node = original.tags === undefined ? original : { ...original, tags: sortedBy(original.tags, (t) => t) };
  switch (node.kind) {
    case 'goal':
    case 'objective':
      return {
        ...node,
        ...(node.contributesTo === undefined ? {} : { contributesTo: sortedBy(node.contributesTo.map(link), target) }),
        ...(node.assessments === undefined ? {} : { assessments: sortedBy(node.assessments, (a) => a.date ?? '') }),
      };
    case 'indicator':
      return indicator(node);
    case 'duty-bearer':
      return node.accountableFor === undefined ? node : { ...node, accountableFor: sortedBy(node.accountableFor, (id) => id) };
    case 'rights-holder':
      return node.benefitsFrom === undefined ? node : { ...node, benefitsFrom: sortedBy(node.benefitsFrom, (id) => id) };
    case 'boundary-partner':
      return node.engagedIn === undefined ? node : { ...node, engagedIn: sortedBy(node.engagedIn, (id) => id) };
    case 'assumption':
      return node.evidence === undefined ? node : { ...node, evidence: sortedBy(node.evidence) };
  }
}

/**
 * A document with its nodes sorted by id and every list whose order means
 * nothing (tags, links, readings, frameworks, assessments, evidence, progress
 * markers and marker ids) in a fixed order: what an IATI round trip gives
 * back, since the IATI file is the same whatever those orders.
 */
export function canonicalDocument(document: TheoryOfChangeDocument): TheoryOfChangeDocument {
  return { ...document, nodes: sortedBy(document.nodes.map(canonicalNode), (n) => n.id) };
}
