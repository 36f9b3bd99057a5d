import { describe, expect, it } from 'vitest';
import { loadModel, progressOf, rollUp, type IndicatorDocument, type IndicatorProgress } from '../../src/index.js';

/** A model of one goal measured by one indicator. */
function single(indicator: Omit<IndicatorDocument, 'kind' | 'id' | 'title' | 'measures'>, asOf: string): IndicatorProgress {
  const model = loadModel(
    {
      title: 'Edge case',
      nodes: [
        { kind: 'goal', id: 'g', title: 'Goal' },
        { kind: 'indicator', id: 'i', title: 'Indicator', measures: ['g'], ...indicator },
      ],
    },
    { severities: { 'target-equals-baseline': 'off' } },
  );
  return progressOf(rollUp(model, { asOf }), 'i') as IndicatorProgress;
}

const numeric = { measure: { kind: 'number' as const }, baseline: { date: '2020-01-01', value: 5 }, targets: [{ date: '2021-01-01', value: 15 }] };

describe('indicator edge cases', () => {
  it('no observation yet is no data, not zero', () => {
    const p = single(numeric, '2020-06-30');
    expect(p.progress).toBeNull();
    expect(p.rawProgress).toBeNull();
    expect(p.reason).toBe('no-observation');
    expect(p.status).toBe('no-data');
  });

  it('ignores observations after the report date', () => {
    expect(single({ ...numeric, observations: [{ date: '2020-07-01', value: 10 }] }, '2020-06-30').reason).toBe('no-observation');
    expect(single({ ...numeric, observations: [{ date: '2020-07-01', value: 10 }] }, '2020-07-01').progress).toBe(0.5);
  });

  it('ignores observations dated before the baseline', () => {
    const p = single({ ...numeric, observations: [{ date: '2019-12-31', value: 15 }] }, '2020-06-30');
    expect(p.progress).toBeNull();
    expect(p.reason).toBe('before-baseline');
    const q = single({ ...numeric, observations: [{ date: '2019-12-31', value: 15 }, { date: '2020-03-01', value: 7 }] }, '2020-06-30');
    expect(q.progress).toBeCloseTo(0.2, 12);
  });

  it('target equal to baseline: 1 when held or beaten in the right direction, else 0', () => {
    const flat = { measure: { kind: 'number' as const }, baseline: { date: '2020-01-01', value: 10 }, targets: [{ date: '2021-01-01', value: 10 }] };
    expect(single({ ...flat, observations: [{ date: '2020-06-01', value: 10 }] }, '2020-12-31').progress).toBe(1);
    expect(single({ ...flat, observations: [{ date: '2020-06-01', value: 12 }] }, '2020-12-31').progress).toBe(1);
    expect(single({ ...flat, observations: [{ date: '2020-06-01', value: 9 }] }, '2020-12-31').progress).toBe(0);
    expect(single({ ...flat, direction: 'decrease', observations: [{ date: '2020-06-01', value: 9 }] }, '2020-12-31').progress).toBe(1);
  });

  it('regression below the baseline is kept raw and clamped to 0', () => {
    const p = single({ ...numeric, observations: [{ date: '2020-06-01', value: 0 }] }, '2020-12-31');
    expect(p.rawProgress).toBe(-0.5);
    expect(p.progress).toBe(0);
  });

  it('huge values never give NaN or Infinity', () => {
    const p = single(
      { measure: { kind: 'number' }, baseline: { date: '2020-01-01', value: -1.7e308 }, targets: [{ date: '2021-01-01', value: 1.7e308 }], observations: [{ date: '2020-06-01', value: 1.7e308 }] },
      '2020-12-31',
    );
    expect(p.progress).toBe(1);
    expect(Number.isFinite(p.rawProgress)).toBe(true);
    const q = single(
      { measure: { kind: 'number' }, baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2021-01-01', value: 5e-324 }], observations: [{ date: '2020-06-01', value: 1e308 }] },
      '2020-12-31',
    );
    expect(q.progress).toBe(1);
    expect(Number.isFinite(q.rawProgress)).toBe(true);
  });

  it('missing baseline or target means no progress, with the reason', () => {
    expect(single({ measure: { kind: 'number' }, targets: [{ date: '2021-01-01', value: 1 }], observations: [{ date: '2020-01-01', value: 1 }] }, '2020-12-31').reason).toBe('no-baseline');
    expect(single({ measure: { kind: 'number' }, baseline: { date: '2020-01-01', value: 1 }, observations: [{ date: '2020-02-01', value: 1 }] }, '2020-12-31').reason).toBe('no-target');
  });

  it('yes/no: 0 or 1, with default baseline no and target yes', () => {
    expect(single({ measure: { kind: 'boolean' }, observations: [{ date: '2020-01-01', value: false }] }, '2020-12-31').progress).toBe(0);
    expect(single({ measure: { kind: 'boolean' }, observations: [{ date: '2020-01-01', value: true }] }, '2020-12-31').progress).toBe(1);
  });

  it('ordered scale: position between baseline level and target level', () => {
    const scale = { kind: 'scale' as const, levels: ['none', 'drafted', 'passed', 'enforced', 'evaluated'] };
    const p = single(
      { measure: scale, baseline: { date: '2020-01-01', value: 'drafted' }, targets: [{ date: '2022-01-01', value: 'evaluated' }], observations: [{ date: '2020-06-01', value: 'passed' }] },
      '2020-12-31',
    );
    expect(p.progress).toBeCloseTo(1 / 3, 12); // (2 − 1) / (4 − 1)
    expect(p.value).toBe('passed');
  });

  it('qualitative: the rating recorded with the finding', () => {
    const p = single({ measure: { kind: 'qualitative' }, observations: [{ date: '2020-06-01', value: 'Partners report real change', rating: 0.6 }] }, '2020-12-31');
    expect(p.progress).toBe(0.6);
    expect(p.value).toBe('Partners report real change');
  });

  it('progress markers: weights can be changed', () => {
    const model = loadModel({
      title: 'Markers',
      nodes: [
        { kind: 'goal', id: 'g', title: 'Goal' },
        {
          kind: 'indicator',
          id: 'i',
          title: 'Markers',
          measures: ['g'],
          measure: { kind: 'markers', markers: [{ id: 'e', grade: 'expect', title: 'E' }, { id: 'l', grade: 'like', title: 'L' }, { id: 'v', grade: 'love', title: 'V' }] },
          observations: [{ date: '2020-01-01', value: ['e', 'l'] }],
        },
      ],
    });
    expect((progressOf(rollUp(model, { asOf: '2020-12-31' }), 'i') as IndicatorProgress).progress).toBe(0.5); // (1 + 2) / 6
    const custom = rollUp(model, { asOf: '2020-12-31', markerWeights: { expect: 1, like: 1, love: 2 } });
    expect((progressOf(custom, 'i') as IndicatorProgress).progress).toBe(0.5); // (1 + 1) / 4
    expect(custom.settings.markerWeights).toEqual({ expect: 1, like: 1, love: 2 });
  });

  it('rejects a date that is not a calendar date', () => {
    const model = loadModel({ title: 'x', nodes: [{ kind: 'goal', id: 'g', title: 'Goal' }] });
    expect(() => rollUp(model, { asOf: '2019-02-30' })).toThrow(/2019-02-30/);
  });
});
