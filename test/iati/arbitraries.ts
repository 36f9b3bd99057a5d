/**
 * Documents for the IATI round trip: test/foundation/arbitraries.ts's valid
 * documents, enriched with what they leave out and the IATI mapping treats
 * apart: readings with a reporting `period`, numbers broken down by sex (parts
 * that add up), percentages given as numerator and denominator, evidence on
 * contributes-to links, and documents with breakdowns and no period. Every
 * document still validates without errors.
 */
import fc from 'fast-check';
import { validate, type ContributionRef, type IndicatorDocument, type NodeDocument, type ReadingDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { validDocument } from '../foundation/arbitraries.js';

const daysBefore = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** Choices drawn once per document and used in turn. */
class Choices {
  #at = 0;
  constructor(private readonly flags: readonly boolean[]) {}
  next(): boolean {
    return this.flags[this.#at++ % this.flags.length] ?? false;
  }
}

function withPeriod(r: ReadingDocument, c: Choices): ReadingDocument {
  if (!c.next() || r.date === undefined) return r;
  const { date, ...rest } = r;
  return { ...rest, period: { start: daysBefore(date, c.next() ? 364 : 0), end: date } };
}

function enrichIndicator(node: IndicatorDocument, c: Choices): IndicatorDocument {
  const readings = (f: (r: ReadingDocument) => ReadingDocument, from: IndicatorDocument = node) => ({
    ...(from.baseline === undefined ? {} : { baseline: f(from.baseline) }),
    ...(from.targets === undefined ? {} : { targets: from.targets.map(f) }),
    ...(from.observations === undefined ? {} : { observations: from.observations.map(f) }),
  });
  let out: IndicatorDocument = node;
  if (node.measure.kind === 'number' && c.next()) {
    out = {
      ...out,
      dimensions: { sex: ['female', 'male'] },
      ...readings((r) => {
        const total = Math.round(r.value as number);
        const female = Math.trunc(total / 3);
        return { ...r, value: total, breakdown: [{ for: { sex: 'male' }, value: total - female }, { for: { sex: 'female' }, value: female }] };
      }),
    };
  } else if (node.measure.kind === 'percentage' && c.next()) {
    out = {
      ...out,
      ...readings((r) => {
        const { value, ...rest } = r;
        return { ...rest, numerator: Math.round(value as number), denominator: 100 };
      }),
    };
  }
  return { ...out, ...readings((r) => withPeriod(r, c), out) };
}

function enrichLink(ref: ContributionRef, c: Choices): ContributionRef {
  if (typeof ref === 'string' || !c.next()) return ref;
  return { ...ref, evidence: [{ summary: 'The evaluation found it', source: 'Final evaluation', date: '2019-06-30', stance: 'supports', strength: 'strong' }, { summary: 'A study doubts it', stance: 'challenges' }] };
}

function enrich(node: NodeDocument, c: Choices): NodeDocument {
  if (node.kind === 'indicator') return enrichIndicator(node, c);
  if ((node.kind === 'goal' || node.kind === 'objective') && node.contributesTo !== undefined) return { ...node, contributesTo: node.contributesTo.map((l) => enrichLink(l, c)) };
  return node;
}

/** A valid document with periods, breakdowns, ratios and evidence on links. */
export const unfilteredIatiDocument: fc.Arbitrary<TheoryOfChangeDocument> = fc
  .tuple(validDocument, fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }))
  .map(([doc, flags]) => {
    const c = new Choices(flags);
    return { ...doc, nodes: doc.nodes.map((n) => enrich(n, c)) };
  })
  ;
export const iatiDocument: fc.Arbitrary<TheoryOfChangeDocument> = unfilteredIatiDocument.filter((doc) => validate(doc).ok);
