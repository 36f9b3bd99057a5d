/** Random roll-up options and dates shared by the fast-path tests. */
import fc from 'fast-check';
import type { AggregationFunction, ProgressOptions } from '../../src/index.js';

export const lenient = { severities: { 'target-equals-baseline': 'off', 'target-wrong-side': 'off' } } as const;
export const dates = fc.constantFrom('2014-12-31', '2015-12-31', '2016-06-30', '2017-12-31', '2018-12-31', '2020-12-31', '2022-01-01');
export const product: AggregationFunction = (inputs) => inputs.reduce((p, i) => p * i.progress, 1);
export const broken: AggregationFunction = (inputs) => (inputs.length > 1 ? Number.NaN : (inputs[0]?.progress ?? 0));

/** Random options: every kind of aggregation (named, custom, per node), missing data, weights, thresholds, assessments. */
export const options: fc.Arbitrary<ProgressOptions> = fc.record(
  {
    asOf: dates,
    aggregation: fc.constantFrom<ProgressOptions['aggregation']>('weighted-mean', 'weakest-link', product),
    aggregations: fc.dictionary(fc.constantFrom('r0', 'r1', 'r2', 'r3', 'i0', 'nope'), fc.constantFrom<NonNullable<ProgressOptions['aggregation']>>('weighted-mean', 'weakest-link', product, broken)),
    missingData: fc.constantFrom('exclude' as const, 'zero' as const),
    markerWeights: fc.record({ expect: fc.integer({ min: 0, max: 3 }), love: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] }),
    thresholds: fc.record({ atRisk: fc.constantFrom(0, 0.05, 0.1), offTrack: fc.constantFrom(0.2, 0.25, 0.5) }, { requiredKeys: [] }),
    useAssessments: fc.boolean(),
  },
  { requiredKeys: ['asOf'] },
);

