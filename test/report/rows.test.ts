import { describe, expect, it } from 'vitest';
import { loadModel, progressSeries, rollUp } from '../../src/index.js';
import { dutyBearerRows, indicatorRows, seriesRows } from '../../src/report/index.js';

/**
 * A small strategy worked by hand. Period 2020-01-01 to 2024-12-31 (1,826 days).
 * - i-laws (measures 1): 0 → 10 laws, milestone 5 at 2022-12-31; readings 2 (2021-06-30), 3 (2022-06-30).
 *   As of 2022-12-31: progress 3/10 = 0.3, expected 0.5 (the milestone), shortfall 0.2 → at risk.
 * - i-people (measures 2, illustrative): 0 → 170,000 people by 2024-12-31; reading 85,000 (2022-06-30).
 *   As of 2022-12-31: progress 0.5, expected 1,095/1,826 ≈ 0.5997, shortfall ≈ 0.0997 → on track.
 * - i-free measures nothing and has no reading: default baseline "no", default target "yes", no dates.
 * - 1 has sub-objectives 1.10 and 1.2 without data; 1 = i-laws alone.
 */
const model = loadModel({
  title: 'Small strategy',
  period: { start: '2020-01-01', end: '2024-12-31' },
  nodes: [
    { kind: 'goal', id: 'g', title: 'Fewer people in slavery' },
    { kind: 'objective', id: 'o2', ref: '2', title: 'Courts convict', contributesTo: ['g'] },
    { kind: 'objective', id: 'o1', ref: '1', title: 'Laws pass', contributesTo: ['g'] },
    { kind: 'objective', id: 'o1-10', ref: '1.10', title: 'Tenth', contributesTo: ['o1'] },
    { kind: 'objective', id: 'o1-2', ref: '1.2', title: 'Second', contributesTo: ['o1'] },
    { kind: 'duty-bearer', id: 'judges', title: 'Judiciary', actorType: 'judiciary', accountableFor: ['o2'] },
    { kind: 'duty-bearer', id: 'gov', title: 'Government', actorType: 'state', accountableFor: ['o2', 'o1'] },
    {
      kind: 'indicator',
      id: 'i-people',
      title: 'People freed',
      measures: ['o2'],
      measure: { kind: 'number' },
      unit: 'people',
      tags: ['illustrative'],
      baseline: { date: '2020-01-01', value: 0 },
      targets: [{ date: '2024-12-31', value: 170000 }],
      observations: [{ date: '2022-06-30', value: 85000 }],
    },
    {
      kind: 'indicator',
      id: 'i-laws',
      ref: '1a',
      title: 'Laws passed',
      measures: ['o1'],
      measure: { kind: 'number' },
      unit: 'laws',
      source: 'National gazette',
      baseline: { date: '2020-01-01', value: 0, source: 'Gazette 2019' },
      targets: [
        { date: '2024-12-31', value: 10, source: 'Plan' },
        { date: '2022-12-31', value: 5 },
      ],
      observations: [
        { date: '2021-06-30', value: 2, source: 'Gazette' },
        { date: '2022-06-30', value: 3, source: 'Gazette' },
      ],
    },
    { kind: 'indicator', id: 'i-free', ref: '9', title: 'Free', measure: { kind: 'boolean' } },
  ],
});
const report = rollUp(model, { asOf: '2022-12-31' });

describe('indicatorRows', () => {
  const rows = indicatorRows(model, report);

  it('lists the indicators in the order of the strategy, then those that measure nothing', () => {
    expect(rows.map((r) => r.id)).toEqual(['i-laws', 'i-people', 'i-free']);
  });

  it('gives baseline, latest reading and final target with their dates and text, progress, status and sources', () => {
    expect(rows[0]).toEqual({
      id: 'i-laws',
      ref: '1a',
      title: 'Laws passed',
      measures: [{ id: 'o1', ref: '1', title: 'Laws pass' }],
      baseline: { value: 0, text: '0 laws', date: '2020-01-01' },
      latest: { value: 3, text: '3 laws', date: '2022-06-30' },
      target: { value: 10, text: '10 laws', date: '2024-12-31' },
      progress: 0.3,
      expected: 0.5,
      status: 'at-risk',
      sources: ['Gazette 2019', 'Gazette', 'Plan', 'National gazette'],
      illustrative: false,
    });
  });

  it('separates thousands in the text and flags illustrative figures', () => {
    const people = rows[1];
    expect(people?.latest).toEqual({ value: 85000, text: '85,000 people', date: '2022-06-30' });
    expect(people?.target?.text).toBe('170,000 people');
    expect(people?.progress).toBe(0.5);
    expect(people?.status).toBe('on-track');
    expect(people?.sources).toEqual([]);
    expect(people?.illustrative).toBe(true);
  });

  it('shows default baselines and targets without a date, and no latest reading without one', () => {
    expect(rows[2]).toMatchObject({
      measures: [],
      baseline: { value: false, text: 'no', date: null },
      latest: null,
      target: { value: true, text: 'yes', date: null },
      progress: null,
      status: 'no-data',
    });
  });

  it('reads a report saved as JSON the same way', () => {
    expect(indicatorRows(model, JSON.parse(JSON.stringify(report)))).toEqual(rows);
  });
});

describe('seriesRows', () => {
  const rows = seriesRows(model, progressSeries(model, ['2021-12-31', '2022-12-31']));

  it('lists goals and objectives top-down, siblings in natural ref order, with their depth', () => {
    expect(rows.map((r) => [r.ref, r.title, r.depth])).toEqual([
      ['', 'Fewer people in slavery', 0],
      ['1', 'Laws pass', 1],
      ['1.2', 'Second', 2],
      ['1.10', 'Tenth', 2],
      ['2', 'Courts convict', 1],
    ]);
  });

  it('gives each progress at each date: 2021 only the laws (0.2), 2022 laws 0.3 and people 0.5', () => {
    const at = (id: string): (number | null)[] => rows.find((r) => r.id === id)?.points.map((p) => p.progress) ?? [];
    expect(at('o1')).toEqual([0.2, 0.3]);
    expect(at('o2')).toEqual([null, 0.5]);
    expect(at('g')?.[0]).toBe(0.2);
    expect(at('g')?.[1]).toBeCloseTo(0.4, 12);
    expect(at('o1-2')).toEqual([null, null]);
    expect(rows[0]?.points.map((p) => p.date)).toEqual(['2021-12-31', '2022-12-31']);
  });

  it('marks a point illustrative only from the date an illustrative figure counts', () => {
    expect(rows.find((r) => r.id === 'o2')?.points.map((p) => [p.status, p.illustrative])).toEqual([
      ['no-data', false],
      ['on-track', true],
    ]);
    expect(rows[0]?.points.map((p) => p.illustrative)).toEqual([false, true]);
  });
});

describe('dutyBearerRows', () => {
  it('lists each duty bearer with what it is accountable for, by ref, and its worst status', () => {
    expect(dutyBearerRows(model, report)).toEqual([
      {
        id: 'gov',
        ref: '',
        title: 'Government',
        actorType: 'state',
        results: [
          { id: 'o1', ref: '1', title: 'Laws pass', progress: 0.3, coverage: 1 / 3, status: 'at-risk', illustrative: false },
          { id: 'o2', ref: '2', title: 'Courts convict', progress: 0.5, coverage: 1, status: 'on-track', illustrative: true },
        ],
        worstStatus: 'at-risk',
      },
      {
        id: 'judges',
        ref: '',
        title: 'Judiciary',
        actorType: 'judiciary',
        results: [{ id: 'o2', ref: '2', title: 'Courts convict', progress: 0.5, coverage: 1, status: 'on-track', illustrative: true }],
        worstStatus: 'on-track',
      },
    ]);
  });
});

describe('dutyBearerRows order', () => {
  it('follows the strategy: by the first goal or objective answered for, then title; those accountable for nothing last', () => {
    const m = loadModel({
      title: 'Order',
      nodes: [
        { kind: 'goal', id: 'g', title: 'Goal' },
        { kind: 'objective', id: 'o1', ref: '1', title: 'One', contributesTo: ['g'] },
        { kind: 'objective', id: 'o2', ref: '2', title: 'Two', contributesTo: ['g'] },
        { kind: 'duty-bearer', id: 'a', title: 'Zeta', actorType: 'state', accountableFor: ['o2'] },
        { kind: 'duty-bearer', id: 'b', title: 'Alpha', actorType: 'state' },
        { kind: 'duty-bearer', id: 'c', title: 'Beta', actorType: 'business', accountableFor: ['o1'] },
        { kind: 'duty-bearer', id: 'd', title: 'Alpha', actorType: 'judiciary', accountableFor: ['o2', 'o1'] },
      ],
    });
    // c and d both answer for 1 first: Alpha (d) before Beta (c); then a (2); b answers for nothing.
    expect(dutyBearerRows(m, rollUp(m, { asOf: '2024-01-01' })).map((d) => d.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});
