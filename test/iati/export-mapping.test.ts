/**
 * Every rule of docs/iati-mapping.md's Export half, each on a small model with
 * the IATI values worked out by hand from the rule (not from the code).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate, type Model, type NodeDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import type { IatiActivity, IatiIndicator, IatiResult, XmlElement } from '../../src/iati/iati-activity.js';
import type { IatiExportOptions } from '../../src/iati/export/iati-export-options.js';
import { toIatiActivity } from '../../src/iati/export/to-iati-activity.js';
import { TOC_NAMESPACE } from '../../src/iati/export/toc-namespace.js';
import { iatiNumber } from '../../src/iati/export/iati-number.js';
import { reordered } from '../hardening/order-free.js';
import { iatiDocument } from './arbitraries.js';
import { runs } from '../property-runs.js';

const OPTIONS: IatiExportOptions = { identifier: 'GB-CHC-1-toc', reportingOrg: { ref: 'GB-CHC-1', type: '21', name: 'Acme' } };
const PERIOD = { start: '2020-01-01', end: '2025-12-31' };
const GOAL = { kind: 'goal', id: 'g', title: 'People are free' } as const;

function model(nodes: readonly unknown[], header: Record<string, unknown> = { period: PERIOD }): Model {
  const result = validate({ title: 'Strategy', ...header, nodes });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.model;
}

const activityOf = (nodes: readonly unknown[], options: IatiExportOptions = OPTIONS, header?: Record<string, unknown>): IatiActivity =>
  toIatiActivity(model(nodes, header), options).activity;
const toc = (local: string): string => `{${TOC_NAMESPACE}}${local}`;
const ext = (element: { readonly extensions: readonly XmlElement[] }, name: string): XmlElement[] => element.extensions.filter((e) => e.uri === TOC_NAMESPACE && e.name === name);
/** The `toc:` children of a `toc:` element. */
const kids = (element: XmlElement | undefined, name: string): XmlElement[] => (element?.children ?? []).filter((e) => e.name === name);
const json = (element: { readonly extensions: readonly XmlElement[] }, name: string): unknown => JSON.parse(ext(element, name)[0]?.text ?? 'null');
const result = (a: IatiActivity, id: string): IatiResult => a.results.find((r) => r.foreignAttributes[toc('id')] === id) as IatiResult;
const indicatorIn = (a: IatiActivity, resultId: string, id: string): IatiIndicator =>
  result(a, resultId).indicators.find((i) => i.foreignAttributes[toc('id')] === id) as IatiIndicator;
const number = (id: string, fields: Record<string, unknown> = {}): Record<string, unknown> => ({ kind: 'indicator', id, title: `Indicator ${id}`, measure: { kind: 'number' }, measures: ['g'], ...fields });

describe('the activity', () => {
  it('identifier, reporting and implementing organisation, language, status, title, description, dates', () => {
    const a = activityOf([GOAL, number('i')], OPTIONS, { period: PERIOD, description: 'Our strategy.', organisation: 'Acme Ltd' });
    expect(a.identifier).toBe('GB-CHC-1-toc');
    expect(a.reportingOrg).toEqual({ ref: 'GB-CHC-1', type: '21', name: [{ text: 'Acme' }] });
    expect(a.participatingOrgs).toEqual([{ ref: 'GB-CHC-1', type: '21', role: '4', name: [{ text: 'Acme' }] }]);
    expect(a.lang).toBe('en');
    expect(a.status).toBe('2');
    expect(a.title).toEqual([{ text: 'Strategy' }]);
    expect(a.descriptions).toEqual([{ type: '1', text: [{ text: 'Our strategy.' }] }]);
    expect(a.dates).toEqual([
      { type: '1', isoDate: '2020-01-01' },
      { type: '3', isoDate: '2025-12-31' },
    ]);
    // The options' name is the one published; the document's own is kept in the extension.
    const extra = JSON.parse(kids(ext(a, 'theory-of-change')[0], 'extra')[0]?.text ?? 'null');
    expect(extra).toEqual({ organisation: 'Acme Ltd', period: PERIOD });
  });

  it('language and status as given; the identifier from the organisation and the document id', () => {
    const { activity, diagnostics } = toIatiActivity(model([GOAL, number('i')], { id: 'strategy-2020', period: PERIOD, organisation: 'Acme' }), {
      reportingOrg: { ref: 'GB-CHC-1', type: '22' },
      language: 'fr',
      status: '3',
    });
    expect(activity.identifier).toBe('GB-CHC-1-strategy-2020');
    expect(activity.lang).toBe('fr');
    expect(activity.status).toBe('3');
    expect(activity.reportingOrg).toEqual({ ref: 'GB-CHC-1', type: '22', name: [{ text: 'Acme' }] });
    expect(diagnostics).toEqual([]);
  });

  it('placeholders, each with a warning, when nothing is given', () => {
    const { activity, diagnostics } = toIatiActivity(model([GOAL, number('i', { targets: [{ date: '2024-12-31', value: 3 }], baseline: { date: '2019-06-30', value: 0 } })], {}), {});
    expect(activity.identifier).toBe('XX-PLACEHOLDER-theory-of-change');
    expect(activity.reportingOrg).toEqual({ ref: 'XX-PLACEHOLDER', type: '21', name: [{ text: 'Organisation not named' }] });
    expect(activity.descriptions).toEqual([{ type: '1', text: [{ text: 'The results framework of the theory of change "Strategy".' }] }]);
    // No period: the earliest and the latest reading.
    expect(activity.dates).toEqual([
      { type: '1', isoDate: '2019-06-30' },
      { type: '3', isoDate: '2024-12-31' },
    ]);
    expect(diagnostics.map((d) => [d.code, d.message.slice(0, 40)])).toEqual([
      ['iati-placeholder', 'No reporting organisation identifier was'],
      ['iati-placeholder', 'No reporting organisation type was given'],
      ['iati-placeholder', 'No activity identifier was given, so the'],
      ['iati-placeholder', 'Neither the document (organisation) nor '],
      ['iati-placeholder', 'The document has no period, so the activ'],
    ]);
    expect(JSON.parse(kids(ext(activity, 'theory-of-change')[0], 'extra')[0]?.text ?? 'null')).toEqual({ description: null, organisation: null });
  });
});

describe('results', () => {
  it('results from the top of the chain down (by the longest chain above them, then id); a goal is an impact (3), an objective an outcome (2), unless resultType says otherwise; ref as vocabulary 99', () => {
    const a = activityOf([
      GOAL,
      { kind: 'goal', id: 'g2', title: 'Second goal', resultType: 'outcome' },
      { kind: 'objective', id: 'o', title: 'Laws enforced', contributesTo: ['g'], ref: '1.1', description: 'Enforced laws.' },
      { kind: 'objective', id: 'out', title: 'Inspectors trained', resultType: 'output', contributesTo: [{ to: 'o', weight: 2 }] },
      number('i', { measures: ['g', 'g2', 'o', 'out'] }),
    ]);
    expect(a.results.map((r) => [r.foreignAttributes[toc('id')], r.foreignAttributes[toc('kind')], r.type])).toEqual([
      ['g', 'goal', '3'],
      ['g2', 'goal', '2'],
      ['o', 'objective', '2'],
      ['out', 'objective', '1'],
    ]);
    expect(result(a, 'o').references).toEqual([{ vocabulary: '99', code: '1.1' }]);
    expect(result(a, 'o').description).toEqual([{ text: 'Enforced laws.' }]);
    expect(result(a, 'g').description).toEqual([]);
    // resultType null where the IATI type implies one the node does not write.
    expect(json(result(a, 'o'), 'extra')).toEqual({ resultType: null });
    expect(json(result(a, 'out'), 'extra')).toEqual({ resultType: 'output' });
  });

  it('contributes-to links, in order of the id they lead to, with weight, assumptions, note and evidence', () => {
    const evidence = [{ summary: 'Evaluation found it', stance: 'supports' }];
    const a = activityOf([
      GOAL,
      { kind: 'goal', id: 'a', title: 'A' },
      { kind: 'assumption', id: 'x', title: 'X holds', status: 'holds' },
      { kind: 'assumption', id: 'w', title: 'W holds', status: 'holds' },
      { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', weight: 2, assumptions: ['x', 'w'], note: 'Because.', evidence }, 'a'] },
      number('i', { measures: ['g', 'a', 'o'] }),
    ]);
    const links = ext(result(a, 'o'), 'contributes-to');
    expect(links.map((l) => l.attributes)).toEqual([{ to: 'a', written: 'id' }, { to: 'g', weight: '2', assumptions: '2' }]);
    expect(links[1]?.children.map((c) => [c.name, c.attributes, c.text])).toEqual([
      ['assumption', { ref: 'w' }, ''],
      ['assumption', { ref: 'x' }, ''],
      ['note', {}, 'Because.'],
      ['evidence', {}, '[{"stance":"supports","summary":"Evaluation found it"}]'],
    ]);
  });

  it('a goal or objective without an indicator: only in the extension, with a warning', () => {
    const { activity, diagnostics } = toIatiActivity(model([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: ['g'] }, number('i')]), OPTIONS);
    expect(activity.results.map((r) => r.foreignAttributes[toc('id')])).toEqual(['g']);
    expect(diagnostics).toEqual([
      {
        code: 'iati-result-without-indicator',
        severity: 'warning',
        path: ['nodes', 1],
        ids: ['o'],
        message:
          'Objective "o" has no indicator, and an IATI result needs one: it is kept only in this library\'s extension, so other IATI tools will not show it. Add an indicator that measures it to publish it as a result.',
      },
    ]);
    const nodes = kids(ext(activity, 'theory-of-change')[0], 'node');
    expect(nodes.map((n) => [n.attributes, JSON.parse(n.text)])).toEqual([[{ kind: 'objective', id: 'o' }, { contributesTo: ['g'], id: 'o', kind: 'objective', title: 'O' }]]);
  });

  it('duty bearers, rights holders, boundary partners and assumptions: toc:node elements in id order, the node as JSON with sorted keys', () => {
    const a = activityOf([
      GOAL,
      number('i'),
      { kind: 'rights-holder', id: 'r', title: 'Workers', benefitsFrom: ['g'] },
      { kind: 'duty-bearer', id: 'd', title: 'Ministry', actorType: 'state', accountableFor: ['g'] },
    ]);
    const nodes = kids(ext(a, 'theory-of-change')[0], 'node');
    expect(nodes.map((n) => [n.attributes.id, n.attributes.kind, n.text])).toEqual([
      ['d', 'duty-bearer', '{"accountableFor":["g"],"actorType":"state","id":"d","kind":"duty-bearer","title":"Ministry"}'],
      ['r', 'rights-holder', '{"benefitsFrom":["g"],"id":"r","kind":"rights-holder","title":"Workers"}'],
    ]);
  });
});

describe('indicators', () => {
  it('measure codes 1–5, ascending always written, aggregation status 1 for numbers and percentages only', () => {
    const a = activityOf([
      GOAL,
      number('n', { direction: 'decrease' }),
      { kind: 'indicator', id: 'p', title: 'P', measure: { kind: 'percentage' }, measures: ['g'] },
      { kind: 'indicator', id: 'b', title: 'B', measure: { kind: 'boolean' }, measures: ['g'] },
      { kind: 'indicator', id: 's', title: 'S', measure: { kind: 'scale', levels: ['low', 'high'] }, measures: ['g'] },
      { kind: 'indicator', id: 'm', title: 'M', measure: { kind: 'markers', markers: [{ id: 'm1', grade: 'expect', title: 'Meets' }] }, measures: ['g'] },
      { kind: 'indicator', id: 'q', title: 'Q', measure: { kind: 'qualitative' }, measures: ['g'] },
    ]);
    // Indicators of a result in id order.
    expect(result(a, 'g').indicators.map((i) => [i.foreignAttributes[toc('id')], i.measure, i.ascending, i.aggregationStatus])).toEqual([
      ['b', '3', '1', '0'],
      ['m', '5', '1', '0'],
      ['n', '1', '0', '1'],
      ['p', '2', '1', '1'],
      ['q', '5', '1', '0'],
      ['s', '4', '1', '0'],
    ]);
    expect(result(a, 'g').aggregationStatus).toBe('1');
    expect(json(indicatorIn(a, 'g', 'n'), 'extra')).toEqual({ direction: 'decrease', measure: { kind: 'number' }, measures: ['g'] });
    expect(json(indicatorIn(a, 'g', 'p'), 'extra')).toEqual({ direction: null, measure: { kind: 'percentage' }, measures: ['g'] });
  });

  it('an indicator of several results: a full copy in each, the later ones toc:copy with aggregation status 0, toc:weight from its link', () => {
    const a = activityOf([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: ['g'] }, number('i', { measures: [{ to: 'o', weight: 3 }, 'g'], baseline: { date: '2020-01-01', value: 5 } })]);
    const first = indicatorIn(a, 'g', 'i');
    const copy = indicatorIn(a, 'o', 'i');
    expect([first.aggregationStatus, first.foreignAttributes]).toEqual(['1', { [toc('id')]: 'i' }]);
    expect([copy.aggregationStatus, copy.foreignAttributes]).toEqual(['0', { [toc('id')]: 'i', [toc('copy')]: '1', [toc('weight')]: '3' }]);
    expect(copy.baselines).toEqual(first.baselines);
  });

  it('ref as vocabulary 99, the first SDG code as vocabulary 9', () => {
    const a = activityOf([GOAL, number('i', { ref: 'I-1', frameworks: [{ framework: 'SDG', code: '8.7.1' }, { framework: 'SDG', code: '16.2.2' }, { framework: 'CRS', code: 'x' }] })]);
    // 8.7.1 < 16.2.2? Frameworks are written in a fixed order (by their JSON): {"code":"16.2.2",…} first.
    expect(indicatorIn(a, 'g', 'i').references).toEqual([
      { vocabulary: '99', code: 'I-1' },
      { vocabulary: '9', code: '16.2.2' },
    ]);
  });

  it('the unit and, for a cumulative indicator, what its values mean end its description (IATI has a field for neither)', () => {
    const sentence = 'Each value counts its own period only: add the values up for the total to date (not cumulative in the IATI sense, where the latest value is the total).';
    const a = activityOf([
      GOAL,
      number('c', { combine: 'cumulative', description: 'People freed.' }),
      number('d', { combine: 'cumulative', unit: 'people' }),
      number('e'),
      number('u', { unit: 'schools', description: 'Schools open.' }),
      number('v', { unit: ' ' }),
    ]);
    expect(indicatorIn(a, 'g', 'c').description).toEqual([{ text: `People freed.\n\n${sentence}` }]);
    expect(indicatorIn(a, 'g', 'd').description).toEqual([{ text: `Unit: people.\n\n${sentence}` }]);
    expect(indicatorIn(a, 'g', 'e').description).toEqual([]);
    expect(indicatorIn(a, 'g', 'u').description).toEqual([{ text: 'Schools open.\n\nUnit: schools.' }]);
    expect(indicatorIn(a, 'g', 'v').description).toEqual([]);
  });
});

describe('readings', () => {
  it('the baseline: year, iso-date, value, comment from the note, document links from sources with an address', () => {
    const a = activityOf([
      GOAL,
      number('i', {
        baseline: {
          date: '2019-06-30',
          value: 1500,
          note: 'Survey estimate.',
          sources: [
            { title: 'Survey 2019', url: 'https://example.org/survey.pdf', date: '2019-07-15', kind: 'survey' },
            { title: 'Evaluation', url: 'https://example.org/eval', kind: 'evaluation' },
            { title: 'Phone call' },
          ],
        },
      }),
    ]);
    const [baseline, ...more] = indicatorIn(a, 'g', 'i').baselines;
    expect(more).toEqual([]);
    expect(baseline).toMatchObject({ year: '2019', isoDate: '2019-06-30', value: '1500', comment: [{ text: 'Survey estimate.' }], dimensions: [], locations: [] });
    expect(baseline?.documentLinks).toEqual([
      { url: 'https://example.org/survey.pdf', format: 'application/pdf', title: [{ text: 'Survey 2019' }], description: [], categories: ['A08'], languages: [], date: '2019-07-15', extensions: [] },
      { url: 'https://example.org/eval', format: 'text/html', title: [{ text: 'Evaluation' }], description: [], categories: ['A07'], languages: [], extensions: [] },
    ]);
    expect(baseline === undefined ? undefined : json(baseline, 'reading')).toEqual({
      date: '2019-06-30',
      note: 'Survey estimate.',
      sources: [
        { date: '2019-07-15', kind: 'survey', title: 'Survey 2019', url: 'https://example.org/survey.pdf' },
        { kind: 'evaluation', title: 'Evaluation', url: 'https://example.org/eval' },
        { title: 'Phone call' },
      ],
      value: 1500,
    });
  });

  it('each target its own period: from the day after the baseline, then after the previous target; a target with a period keeps it', () => {
    const a = activityOf([
      GOAL,
      number('i', {
        baseline: { date: '2019-12-31', value: 0 },
        targets: [
          { date: '2024-02-29', value: 30 },
          { date: '2021-12-31', value: 10 },
          { period: { start: '2022-01-01', end: '2022-06-30' }, value: 20 },
        ],
      }),
      number('j', { targets: [{ date: '2021-12-31', value: 10 }] }),
    ]);
    expect(indicatorIn(a, 'g', 'i').periods.map((p) => [p.start, p.end, p.targets.map((t) => t.value)])).toEqual([
      ['2020-01-01', '2021-12-31', ['10']],
      ['2022-01-01', '2022-06-30', ['20']],
      ['2022-07-01', '2024-02-29', ['30']],
    ]);
    // No baseline: from the document's start.
    expect(indicatorIn(a, 'g', 'j').periods.map((p) => [p.start, p.end])).toEqual([['2020-01-01', '2021-12-31']]);
  });

  it("the latest observation within a target's period is its actual; every other observation a period of its own", () => {
    const a = activityOf([
      GOAL,
      number('i', {
        baseline: { date: '2019-12-31', value: 0 },
        targets: [{ date: '2021-12-31', value: 10 }],
        observations: [
          { date: '2021-06-30', value: 6 },
          { date: '2020-12-31', value: 3 },
          { date: '2022-12-31', value: 12 },
          { period: { start: '2019-01-01', end: '2019-12-31' }, value: 1 },
        ],
      }),
    ]);
    expect(indicatorIn(a, 'g', 'i').periods.map((p) => [p.start, p.end, p.targets.map((t) => t.value), p.actuals.map((t) => t.value)])).toEqual([
      ['2019-01-01', '2019-12-31', [], ['1']],
      ['2020-12-31', '2020-12-31', [], ['3']],
      ['2020-01-01', '2021-12-31', ['10'], ['6']],
      ['2022-12-31', '2022-12-31', [], ['12']],
    ].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)));
  });

  it('values of each measure: a number in plain digits, yes/no as 1/0, a scale by position, words in the comment', () => {
    const markers = [
      { id: 'b', grade: 'like', title: 'Publishes data' },
      { id: 'a', grade: 'expect', title: 'Attends meetings' },
    ];
    const a = activityOf([
      GOAL,
      number('n', { targets: [{ date: '2021-12-31', value: 1e21, note: 'Big.' }], observations: [{ date: '2020-06-30', value: 1.5e-7 }] }),
      { kind: 'indicator', id: 'b', title: 'B', measure: { kind: 'boolean' }, measures: ['g'], targets: [{ date: '2021-12-31', value: true }], observations: [{ date: '2020-06-30', value: false }] },
      { kind: 'indicator', id: 's', title: 'S', measure: { kind: 'scale', levels: ['low', 'mid', 'high'] }, measures: ['g'], targets: [{ date: '2021-12-31', value: 'high', note: 'Ambitious.' }] },
      { kind: 'indicator', id: 'm', title: 'M', measure: { kind: 'markers', markers }, measures: ['g'], observations: [{ date: '2020-06-30', value: ['b', 'a'] }] },
      { kind: 'indicator', id: 'q', title: 'Q', measure: { kind: 'qualitative' }, measures: ['g'], observations: [{ date: '2020-06-30', value: 'Much better.', rating: 0.5, note: 'Per staff.' }] },
    ]);
    const values = (id: string): unknown[] =>
      indicatorIn(a, 'g', id).periods.flatMap((p) => [...p.targets, ...p.actuals].map((v) => [v.value, v.comment.map((c) => c.text)]));
    // The observations fall within the targets' period (from the document's start): target, then actual.
    expect(values('n')).toEqual([
      ['1000000000000000000000', ['Big.']],
      ['0.00000015', []],
    ]);
    expect(values('b')).toEqual([
      ['1', []],
      ['0', []],
    ]);
    expect(values('s')).toEqual([['3', ['high\n\nAmbitious.']]]);
    // Marker ids in a fixed order (a, b): their titles.
    expect(values('m')).toEqual([[undefined, ['Attends meetings; Publishes data']]]);
    expect(values('q')).toEqual([[undefined, ['Much better.\n\nPer staff.']]]);
  });

  it('a breakdown: one more target or actual per part, with a dimension per category and toc:part; a ratio as its percentage', () => {
    const a = activityOf([
      GOAL,
      number('i', {
        dimensions: { sex: ['female', 'male'] },
        targets: [{ date: '2021-12-31', value: 10, breakdown: [{ for: { sex: 'male' }, value: 4 }, { for: { sex: 'female' }, value: 6 }] }],
      }),
      { kind: 'indicator', id: 'p', title: 'P', measure: { kind: 'percentage' }, measures: ['g'], observations: [{ date: '2021-12-31', numerator: 30, denominator: 40 }] },
    ]);
    const [total, female, male] = indicatorIn(a, 'g', 'i').periods[0]?.targets ?? [];
    expect([total?.value, total?.dimensions, ext(total as IatiIndicator['baselines'][number], 'reading').length]).toEqual(['10', [], 1]);
    expect([female?.value, female?.dimensions, female?.extensions.map((e) => e.name)]).toEqual(['6', [{ name: 'sex', value: 'female' }], ['part']]);
    expect([male?.value, male?.dimensions]).toEqual(['4', [{ name: 'sex', value: 'male' }]]);
    expect(indicatorIn(a, 'g', 'p').periods[0]?.actuals.map((v) => v.value)).toEqual(['75']);
  });
});

describe('determinism', () => {
  it('plain decimal digits give back the same number', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(iatiNumber(x))).toBe(Object.is(x, -0) ? 0 : x);
      }),
    );
    expect(iatiNumber(-1.25e-8)).toBe('-0.0000000125');
    expect(iatiNumber(1.5e300).length).toBe(301);
  });

  it('the same activity whatever the order of nodes, readings, links, tags, markers, frameworks and evidence', () => {
    fc.assert(
      fc.property(iatiDocument, fc.integer(), (doc: TheoryOfChangeDocument, seed) => {
        const once = toIatiActivity(model(doc.nodes as NodeDocument[], { ...doc, nodes: undefined }), OPTIONS).activity;
        const shuffled = reordered(doc, { kind: 'random', seed });
        const again = toIatiActivity(model(shuffled.nodes as NodeDocument[], { ...shuffled, nodes: undefined }), OPTIONS).activity;
        expect(JSON.stringify(again)).toBe(JSON.stringify(once));
      }),
      { numRuns: runs(30, 100) },
    );
  });
});
