import { describe, expect, it } from 'vitest';
import { loadModel, rollUp, TheoryOfChangeError, validate, type AggregationFunction, type AggregationInput } from '../../src/index.js';

// A government's rating from its indicators: activities (tagged "activity") each count one point at their progress;
// a negative indicator (tagged "negative", a practice that must end, measured as "ended": false → true) that has
// not reached its target subtracts a point; the score is the points over the number of activities, and a
// government with a negative indicator still present is capped at 0.6 (the top of band BBB).
const bands: AggregationFunction = (inputs) => {
  const activities = inputs.filter((i) => i.tags.includes('activity'));
  const present = inputs.filter((i) => i.tags.includes('negative') && i.progress < 1).length;
  const points = activities.reduce((s, i) => s + i.progress, 0) - present;
  const score = Math.max(0, points) / Math.max(1, activities.length);
  return present > 0 ? Math.min(score, 0.6) : score;
};

const activity = (id: string, value: number) => ({
  kind: 'indicator',
  id,
  title: id,
  tags: ['activity'],
  measures: ['gov'],
  measure: { kind: 'number' },
  baseline: { date: '2020-01-01', value: 0 },
  targets: [{ date: '2022-01-01', value: 10 }],
  observations: [{ date: '2021-01-01', value }],
});
const negative = (id: string, ended: boolean) => ({
  kind: 'indicator',
  id,
  title: id,
  tags: ['negative'],
  measures: ['gov'],
  measure: { kind: 'boolean' },
  baseline: { date: '2020-01-01', value: false },
  targets: [{ date: '2022-01-01', value: true }],
  observations: [{ date: '2021-01-01', value: ended }],
});
const documentOf = (nodes: readonly unknown[], aggregation = 'asi-bands') => ({
  title: 'Ratings',
  nodes: [{ kind: 'goal', id: 'gov', title: 'Government response', aggregation }, ...nodes],
});

describe('an aggregation named in the document and registered in code', () => {
  it('is applied: activities weighted equally, a negative indicator subtracts a point and caps the score at 0.6', () => {
    // Activities at 10/10, 10/10 and 8/10 (progress 1, 1, 0.8): 2.8 points; one negative practice persists: 1.8; over 3 activities 0.6; capped at 0.6.
    const nodes = [activity('a1', 10), activity('a2', 10), activity('a3', 8), negative('n1', false)];
    const model = loadModel(documentOf(nodes), { aggregationNames: ['asi-bands'] });
    const gov = rollUp(model, { asOf: '2021-01-01', functions: { 'asi-bands': bands } }).results[0];
    expect(gov?.method).toBe('custom');
    expect(gov?.progress).toBeCloseTo(0.6, 12);
    // Without the negative practice: 2.8 / 3 = 0.9333…, no cap.
    const ended = loadModel(documentOf([activity('a1', 10), activity('a2', 10), activity('a3', 8), negative('n1', true)]), { aggregationNames: ['asi-bands'] });
    expect(rollUp(ended, { asOf: '2021-01-01', functions: { 'asi-bands': bands } }).results[0]?.progress).toBeCloseTo(2.8 / 3, 12);
    // All activities full and a practice persisting: (3 − 1) / 3 = 0.667, capped at 0.6.
    const capped = loadModel(documentOf([activity('a1', 10), activity('a2', 10), activity('a3', 10), negative('n1', false)]), { aggregationNames: ['asi-bands'] });
    expect(rollUp(capped, { asOf: '2021-01-01', functions: { 'asi-bands': bands } }).results[0]?.progress).toBeCloseTo(0.6, 12);
  });

  it('tells the function each input’s kind, tags and progress before clamping', () => {
    const seen: AggregationInput[][] = [];
    const spy: AggregationFunction = (inputs) => {
      seen.push([...inputs]);
      return 0.5;
    };
    const document = {
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', title: 'G', aggregation: 'spy' },
        { kind: 'objective', id: 'o', title: 'O', tags: ['pillar'], contributesTo: ['g'] },
        // 15 against a span of 0 → 10: raw progress 1.5, clamped to 1.
        { ...activity('i', 15), measures: ['g', 'o'] },
      ],
    };
    const model = loadModel(document, { aggregationNames: ['spy'] });
    rollUp(model, { asOf: '2021-01-01', functions: { spy } });
    // First call: the inputs' progress; second: their expected progress (2021-01-01 is 366 of 731 days into the span).
    expect(seen[0]).toEqual([
      { id: 'i', weight: 1, progress: 1, kind: 'indicator', tags: ['activity'], rawProgress: 1.5 },
      { id: 'o', weight: 1, progress: 1, kind: 'objective', tags: ['pillar'], rawProgress: 1 },
    ]);
    expect(seen[1]?.map((i) => [i.id, i.kind, i.progress, i.rawProgress])).toEqual([
      ['i', 'indicator', 366 / 731, 366 / 731],
      ['o', 'objective', 366 / 731, 366 / 731],
    ]);
  });

  it('an unknown name is an error of validate (with did-you-mean), and rollUp throws the same diagnostic', () => {
    const document = documentOf([activity('a1', 10)], 'asi-band');
    const result = validate(document, { aggregationNames: ['asi-bands'] });
    expect(result.ok).toBe(false);
    const expected = {
      code: 'unknown-aggregation',
      severity: 'error',
      path: ['nodes', 0, 'aggregation'],
      ids: ['gov'],
      message:
        'Goal "gov" names the aggregation "asi-band", which is neither built in (weighted-mean, weakest-link) nor registered: the registered functions are "asi-bands". Did you mean "asi-bands"? Register the function (the roll-up option "functions", or the CLI option --aggregations ./module.mjs).',
    };
    expect(result.diagnostics).toEqual([expected]);
    // A model built knowing the name, rolled up without its function.
    const model = loadModel(documentOf([activity('a1', 10)]), { aggregationNames: ['asi-bands'] });
    let thrown: unknown;
    try {
      rollUp(model, { asOf: '2021-01-01', functions: { 'asi-band': bands } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TheoryOfChangeError);
    expect((thrown as TheoryOfChangeError).diagnostics).toEqual([
      {
        ...expected,
        message:
          'Goal "gov" names the aggregation "asi-bands", which is neither built in (weighted-mean, weakest-link) nor registered: the registered functions are "asi-band". Did you mean "asi-band"? Register the function (the roll-up option "functions", or the CLI option --aggregations ./module.mjs).',
      },
    ]);
  });

  it('without registered names, only the built-in ones are known; a per-node option still overrides a named one', () => {
    expect(validate(documentOf([activity('a1', 10)])).diagnostics.map((d) => d.code)).toEqual(['unknown-aggregation']);
    expect(validate(documentOf([activity('a1', 10)], 'weakest-link')).ok).toBe(true);
    const model = loadModel(documentOf([activity('a1', 4)]), { aggregationNames: ['asi-bands'] });
    const report = rollUp(model, { asOf: '2021-01-01', functions: { 'asi-bands': bands }, aggregations: { gov: 'weighted-mean' } });
    expect(report.results[0]?.method).toBe('weighted-mean');
    expect(report.results[0]?.progress).toBeCloseTo(0.4, 12);
  });
});
