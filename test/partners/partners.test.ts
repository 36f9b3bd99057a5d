/**
 * Boundary partners, result types, and sources and flags per reading, from the
 * model to the roll-up, the explanation and the rows. Expected values are
 * worked out by hand from the documented rules: markers count 1, 2 and 3 for
 * expect, like and love; progress is (value − baseline) / (target − baseline);
 * a goal or objective is the weighted mean of what lies below it.
 */
import { describe, expect, it } from 'vitest';
import { explainProgress, loadModel, rollUp, validate, type TheoryOfChangeDocument } from '../../src/index.js';
import { boundaryPartnerRows, indicatorRows, resultTypeRows } from '../../src/report/index.js';
import { countReadings, isIllustrativeReading } from '../../src/progress/illustrative-reading.js';
import { isWebAddress } from '../../src/document/web-address.js';
import { PARTNERS } from './fixture.js';

const asOf = '2023-01-01';

describe('boundary partners in the model', () => {
  const model = loadModel(PARTNERS);

  it('validates with no diagnostic', () => {
    expect(validate(PARTNERS).diagnostics).toEqual([]);
  });

  it('answers who is engaged in what, and whose behaviour markers describe', () => {
    expect(model.boundaryPartners().map((p) => p.id)).toEqual(['insp']);
    expect(model.boundaryPartnersOf('oc')).toEqual(['insp']);
    expect(model.boundaryPartnersOf('g')).toEqual([]);
    expect(model.engagedIn('insp')).toEqual(['oc']);
    expect(model.markersOf('m')).toBe('insp');
    expect(model.markersOf('t')).toBeUndefined();
    expect(model.markerIndicatorsOf('insp')).toEqual(['m']);
    expect(model.relations.filter((r) => r.kind === 'engaged-in')).toEqual([{ kind: 'engaged-in', key: 'engaged-in:"insp"->"oc"', from: 'insp', to: 'oc' }]);
  });

  it('finds a marker that names its own actor', () => {
    const doc: TheoryOfChangeDocument = {
      ...PARTNERS,
      nodes: [
        ...PARTNERS.nodes,
        { kind: 'duty-bearer', id: 'courts', title: 'Courts', actorType: 'judiciary', accountableFor: ['g'] },
        {
          kind: 'indicator',
          id: 'm2',
          title: 'Court practice',
          measures: ['g'],
          measure: { kind: 'markers', markers: [{ id: 'x', grade: 'expect', title: 'Hears cases', of: 'courts' }] },
        },
      ],
    };
    const m = loadModel(doc);
    expect(m.markerIndicatorsOf('courts')).toEqual(['m2']);
    expect(m.markersOf('m2')).toBeUndefined();
    expect(explainProgress(m, rollUp(m, { asOf }), 'm2').split('\n')[1]).toBe('  · marker "Hears cases" [x]: the behaviour of Duty bearer "Courts" [courts]');
  });
});

describe('the roll-up with flags and sources', () => {
  const model = loadModel(PARTNERS);
  const report = rollUp(model, { asOf });

  it('computes progress as by hand: markers a + b = 1 + 2 of 6, 120 of 200 inspectors, and their mean', () => {
    const m = report.indicators.find((i) => i.id === 'm');
    const t = report.indicators.find((i) => i.id === 't');
    expect(m?.progress).toBe(0.5);
    expect(t?.progress).toBe(0.6);
    expect(report.results.find((r) => r.id === 'op')?.progress).toBe(0.6);
    expect(report.results.find((r) => r.id === 'oc')?.progress).toBeCloseTo(0.55, 12);
    expect(report.results.find((r) => r.id === 'g')?.progress).toBeCloseTo(0.55, 12);
  });

  it('carries the sources and flags of the observations used, as written, only when written', () => {
    const m = report.indicators.find((i) => i.id === 'm');
    expect(m?.observations).toEqual([
      {
        date: '2022-06-30',
        value: ['a', 'b'],
        sources: [{ title: 'Inspectorate annual report 2021', url: 'https://example.org/ar21', date: '2022-05-01', kind: 'administrative' }],
        flags: ['provisional'],
      },
    ]);
    const t = report.indicators.find((i) => i.id === 't');
    expect(t?.observations).toEqual([{ date: '2022-06-30', value: 120, flags: ['estimated'] }]);
    expect(m?.illustrative).toBe(false);
  });

  it('explains whose behaviour the markers describe, and each observation’s sources and flags', () => {
    // Statuses by hand: t expects (2023-01-01 − 2020-01-01) / (2023-12-31 − 2020-01-01) = 1096 / 1460 ≈ 75%, so 60% falls
    // 15 points short (at risk: over 10, at most 25); m has no timeline, so 50% falls 50 points short of the target (off track);
    // oc expects 75% (the only input with a timeline), 20 points above its 55% (at risk). Indicators are listed before objectives.
    expect(explainProgress(model, report, 'oc').split('\n')).toEqual([
      'Objective 1 "The inspectorate enforces labour law" [oc]: 55% as of 2023-01-01, at risk (expected 75%), coverage 100%, weighted mean of 2 of 2 inputs',
      '  - Indicator 1a "Inspectorate practice" [m] (weight 1): 50%, off track: value a, b (latest observation), baseline none, target a, b, c → contributes 25 points',
      '    · progress markers of the behaviour of Boundary partner "Labour inspectorate" [insp]',
      '    · 2022-06-30: a, b (source: Inspectorate annual report 2021 (administrative, 2022-05-01) <https://example.org/ar21>; provisional)',
      '  - Objective 1.1 "Inspectors are trained" [op] (weight 1): 60%, at risk (expected 75%), coverage 100%, weighted mean of 1 of 1 inputs → contributes 30 points',
      '    - Indicator 1.1a "Inspectors trained" [t] (weight 1): 60%, at risk (expected 75%): value 120 inspectors (latest observation), baseline 0 inspectors, target 200 inspectors → contributes 60 points',
      '      · 2022-06-30: 120 inspectors (estimated)',
    ]);
  });
});

describe('per-reading illustrative flags', () => {
  const flagged: TheoryOfChangeDocument = {
    ...PARTNERS,
    nodes: PARTNERS.nodes.map((n) =>
      n.id === 't' && n.kind === 'indicator'
        ? { ...n, observations: [{ date: '2021-06-30', value: 40 }, { date: '2022-06-30', value: 120, flags: ['illustrative' as const] }] }
        : n,
    ),
  };

  it('makes a reading illustrative on its own; the indicator tag marks only unsourced readings, as before', () => {
    const indicator = { kind: 'indicator', id: 'i', title: 'I', measure: { kind: 'number' } } as const;
    const tagged = { ...indicator, tags: ['illustrative'] };
    expect(isIllustrativeReading(indicator, { flags: ['illustrative'] })).toBe(true);
    expect(isIllustrativeReading(indicator, { flags: ['estimated'] })).toBe(false);
    expect(isIllustrativeReading(indicator, {})).toBe(false);
    expect(isIllustrativeReading(tagged, {})).toBe(true);
    expect(isIllustrativeReading(tagged, { source: 'ILO' })).toBe(false);
    expect(isIllustrativeReading(tagged, { sources: [{ title: 'ILO' }] })).toBe(false);
    expect(isIllustrativeReading(tagged, { source: 'ILO', flags: ['illustrative'] })).toBe(true);
  });

  it('counts 1 of 3 observations up to the date illustrative, and marks the indicator and what rests on it', () => {
    const model = loadModel(flagged);
    expect(countReadings(model.nodes, asOf)).toEqual({ total: 3, illustrative: 1 });
    // Before the flagged reading is dated, the indicator rests on the unflagged one only.
    expect(rollUp(model, { asOf: '2021-12-31' }).indicators.find((i) => i.id === 't')?.illustrative).toBe(false);
    const report = rollUp(model, { asOf });
    expect(report.indicators.find((i) => i.id === 't')?.illustrative).toBe(true);
    const rows = indicatorRows(model, report);
    expect(rows.find((r) => r.id === 't')).toMatchObject({ illustrative: true, latest: { text: '120 inspectors', date: '2022-06-30', flags: ['illustrative'] } });
    expect(rows.find((r) => r.id === 't')?.baseline).toEqual({ value: 0, text: '0 inspectors', date: '2020-01-01' });
    expect(resultTypeRows(model, report).map((g) => [g.resultType, g.results.map((r) => [r.id, r.illustrative])])).toEqual([
      ['impact', [['g', true]]],
      ['outcome', [['oc', true]]],
      ['output', [['op', true]]],
    ]);
  });
});

describe('report rows', () => {
  const model = loadModel(PARTNERS);
  const report = rollUp(model, { asOf });

  it('groups goals and objectives by result type, impact first', () => {
    expect(resultTypeRows(model, report).map((g) => [g.resultType, g.results.map((r) => `${r.id} ${r.progress?.toFixed(2) ?? '-'}`)])).toEqual([
      ['impact', ['g 0.55']],
      ['outcome', ['oc 0.55']],
      ['output', ['op 0.60']],
    ]);
    const untyped = loadModel({ title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] });
    expect(resultTypeRows(untyped, rollUp(untyped, { asOf }))).toEqual([]);
  });

  it('lists each boundary partner with what it is engaged in and the markers seen of its behaviour', () => {
    expect(boundaryPartnerRows(model, report)).toEqual([
      {
        id: 'insp',
        ref: '',
        title: 'Labour inspectorate',
        actorType: 'state',
        engagedIn: [{ id: 'oc', ref: '1', title: 'The inspectorate enforces labour law', progress: report.results.find((r) => r.id === 'oc')?.progress, coverage: 1, status: 'at-risk', illustrative: false }],
        markers: [{ id: 'm', ref: '1a', title: 'Inspectorate practice', progress: 0.5, coverage: 1, status: 'off-track', illustrative: false, seen: 2, of: 3 }],
      },
    ]);
  });

  it('gives the source documents of the readings shown, once each, and the flags of each value', () => {
    const rows = indicatorRows(model, report);
    const m = rows.find((r) => r.id === 'm');
    expect(m?.sourceDocuments).toEqual([{ title: 'Inspectorate annual report 2021', url: 'https://example.org/ar21', date: '2022-05-01', kind: 'administrative' }]);
    expect(m?.latest?.flags).toEqual(['provisional']);
    expect(m?.sources).toEqual([]);
    const t = rows.find((r) => r.id === 't');
    expect(t && 'sourceDocuments' in t).toBe(false);
    expect(t?.latest?.flags).toEqual(['estimated']);
  });
});

describe('web addresses', () => {
  it('accepts http and https addresses with a host, and nothing else', () => {
    expect(isWebAddress('https://example.org/a?b=c#d')).toBe(true);
    expect(isWebAddress('HTTP://example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JavaScript://example.org/%0aalert(1)', 'file:///etc/passwd', '/reports/a.pdf', 'https://', 'https://exa mple.org', 'https://example.org/"onmouseover', 'data:text/html,x', 'https://example.org\\@evil']) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });
});

describe('flags whatever the order written', () => {
  it('lists a reading’s flags illustrative, estimated, provisional in the report', () => {
    const model = loadModel({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', title: 'G' },
        {
          kind: 'indicator', id: 'i', title: 'I', measures: ['g'], measure: { kind: 'number' },
          baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2022-12-31', value: 10 }],
          observations: [{ date: '2021-06-30', value: 4, flags: ['provisional', 'estimated'] }],
        },
      ],
    });
    const entry = rollUp(model, { asOf: '2021-12-31' }).entry('i');
    expect(entry?.kind === 'indicator' ? entry.observations[0]?.flags : null).toEqual(['estimated', 'provisional']);
  });
});
