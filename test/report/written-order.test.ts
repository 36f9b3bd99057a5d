/**
 * Which lists keep the order they are written in. A reading's `sources` do:
 * the writer puts the main document first, and every output (report JSON,
 * indicator rows, Markdown, HTML) lists them in that order. Evidence findings
 * do not: the balance weighs them alike, so every output lists them by date,
 * undated ones last (ties by summary), whatever the order written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainProgress, rollUp, validate, type EvidenceDocument, type Model, type SourceDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { evidenceRows, indicatorRows, toHtmlReport, toMarkdownReport } from '../../src/report/index.js';

function modelOf(document: TheoryOfChangeDocument): Model {
  const result = validate(document);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.model;
}

const survey: SourceDocument = { title: 'National household survey 2021', kind: 'survey' };
const records: SourceDocument = { title: 'Court records 2021', url: 'https://example.org/records', kind: 'administrative' };

const sourced = (sources: readonly SourceDocument[]): TheoryOfChangeDocument => ({
  title: 'Sources',
  nodes: [
    { kind: 'goal', id: 'g', title: 'Goal' },
    {
      kind: 'indicator',
      id: 'i',
      title: 'Convictions',
      measure: { kind: 'number' },
      measures: ['g'],
      baseline: { date: '2020-01-01', value: 0 },
      targets: [{ date: '2023-12-31', value: 10 }],
      observations: [{ date: '2021-12-31', value: 4, sources }],
    },
  ],
});

describe("a reading's sources", () => {
  it('are listed in the order written, in the report JSON, the indicator rows, Markdown and HTML', () => {
    for (const [first, second] of [
      [survey, records],
      [records, survey],
    ] as const) {
      const model = modelOf(sourced([first, second]));
      const report = rollUp(model, { asOf: '2022-06-30' });
      expect(report.indicators[0]?.observations[0]?.sources).toEqual([first, second]);
      expect(indicatorRows(model, report)[0]?.sourceDocuments).toEqual([first, second]);
      for (const text of [toMarkdownReport(model, report, { indicators: true }), toHtmlReport(model, report)]) {
        const a = text.indexOf(first.title);
        const b = text.indexOf(second.title);
        expect(a).toBeGreaterThan(-1);
        expect(b).toBeGreaterThan(a);
      }
    }
  });
});

const finding = (summary: string, date?: string): EvidenceDocument => ({ summary, stance: 'supports', ...(date === undefined ? {} : { date }) });
// Written out of order: undated, 2019, 2015, then another of 2015 whose summary sorts first.
const written = [finding('Courts in operation'), finding('Ratifications reached 36', '2019-07-17'), finding('ILO paragraph adopted', '2015-10-29'), finding('Freed people supported', '2015-10-29')];
const sortedSummaries = ['Freed people supported', 'ILO paragraph adopted', 'Ratifications reached 36', 'Courts in operation'];

const withEvidence = (assumption: readonly EvidenceDocument[], link: readonly EvidenceDocument[]): TheoryOfChangeDocument => ({
  title: 'Evidence',
  nodes: [
    { kind: 'goal', id: 'g', title: 'Goal' },
    { kind: 'objective', id: 'o', title: 'Objective', contributesTo: [{ to: 'g', assumptions: ['a'], evidence: [...link] }] },
    { kind: 'assumption', id: 'a', title: 'Courts act on cases', evidence: [...assumption] },
  ],
});

/** Where each summary first appears in `text`, in the order they appear. */
function summariesIn(text: string): string[] {
  return sortedSummaries
    .map((s) => [s, text.indexOf(s)] as const)
    .filter(([, at]) => at !== -1)
    .sort((a, b) => a[1] - b[1])
    .map(([s]) => s);
}

describe('evidence findings', () => {
  it('are listed by date, undated last, ties by summary, in the evidence rows, Markdown, HTML and explanations', () => {
    const model = modelOf(withEvidence(written, written));
    const rows = evidenceRows(model);
    expect(rows.map((r) => [r.kind, r.findings.map((f) => f.summary)])).toEqual([
      ['link', sortedSummaries],
      ['assumption', sortedSummaries],
    ]);
    const report = rollUp(model, { asOf: '2022-06-30' });
    const markdown = toMarkdownReport(model, report, { assumptions: true });
    const section = markdown.slice(markdown.indexOf('Evidence on links and assumptions'));
    expect(summariesIn(section)).toEqual(sortedSummaries);
    expect(summariesIn(toHtmlReport(model, report))).toEqual(sortedSummaries);
    expect(summariesIn(explainProgress(model, report, 'g'))).toEqual(sortedSummaries);
  });

  /** The findings of each evidence row (a row's `nodes` are the documents themselves, as written). */
  const findingsOf = (model: Model): string => JSON.stringify(evidenceRows(model).map((r) => [r.kind, r.id, r.findings]));

  it('give the same outputs in any written order (property)', () => {
    const model = modelOf(withEvidence(written, written));
    const report = rollUp(model, { asOf: '2022-06-30' });
    const expected = [toMarkdownReport(model, report, { assumptions: true }), toHtmlReport(model, report), explainProgress(model, report, 'g'), findingsOf(model)];
    fc.assert(
      fc.property(fc.shuffledSubarray(written, { minLength: 4, maxLength: 4 }), fc.shuffledSubarray(written, { minLength: 4, maxLength: 4 }), (assumption, link) => {
        const other = modelOf(withEvidence(assumption, link));
        const again = rollUp(other, { asOf: '2022-06-30' });
        expect([toMarkdownReport(other, again, { assumptions: true }), toHtmlReport(other, again), explainProgress(other, again, 'g'), findingsOf(other)]).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
