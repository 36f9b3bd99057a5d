/**
 * The import's promise, as a property: whatever a (schema-valid or sloppy) IATI activity holds —
 * values like "N/A" or "12,5", dates out of order, overlapping and repeated periods, several
 * baselines, dimensions and locations in any mix, percentages above 100, unknown codes — the
 * import never throws, and every document it returns passes `validate` with no error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IatiActivity, IatiBaseline, IatiIndicator, IatiPeriod, IatiValue } from '../../../src/iati/iati-activity.js';
import { importActivities } from '../../../src/iati/import/import-activities.js';
import { validate } from '../../../src/index.js';
import { activity, result, text } from './build.js';

const written = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 250 }).map(String) },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 1000, noNaN: true, noDefaultInfinity: true }).map((x) => String(Math.round(x * 100) / 100)) },
  { weight: 2, arbitrary: fc.constantFrom('N/A', '', ' ', 'see description', '12,5', '50%', '1,000', '1e3', '-0', '0', undefined) },
);
const date = fc.oneof(
  { weight: 8, arbitrary: fc.record({ y: fc.integer({ min: 2010, max: 2013 }), m: fc.integer({ min: 1, max: 12 }), d: fc.constantFrom(1, 15, 28, 30, 31) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) },
  { weight: 1, arbitrary: fc.constantFrom('31-12-2015', '2013-02-30', '2013-01-01Z', '') },
);
const dimension = fc.record({ name: fc.constantFrom('sex', 'age', '', 'location'), value: fc.constantFrom('female', 'male', 'adult', 'other', '') });
const iatiValue: fc.Arbitrary<IatiValue> = fc.record({
  value: written,
  locations: fc.array(fc.constantFrom('AF-KAN', 'KH-PNH', ' '), { maxLength: 2 }),
  dimensions: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(dimension, { maxLength: 2 }) }),
  comment: fc.oneof(fc.constant([]), fc.constantFrom('Good progress', 'Pas encore', '').map((t) => text(t))),
  documentLinks: fc.array(fc.constantFrom('https://example.org/a.pdf', 'http:www.example.org/x.odt', '').map((url) => ({ url, title: text('Report'), description: [], categories: [], languages: [], extensions: [] })), { maxLength: 1 }),
  extensions: fc.constant([]),
}).map((v) => (v.value === undefined ? (({ value: _v, ...rest }) => rest)(v) : v) as IatiValue);
const baseline: fc.Arbitrary<IatiBaseline> = fc
  .record({ v: iatiValue, year: fc.constantFrom('2010', '2011', '2012', 'x'), isoDate: fc.option(date, { nil: undefined }) })
  .map(({ v, year, isoDate }) => ({ ...v, year, ...(isoDate === undefined ? {} : { isoDate }) }));
const period: fc.Arbitrary<IatiPeriod> = fc.record({
  start: date,
  end: date,
  targets: fc.array(iatiValue, { maxLength: 3 }),
  actuals: fc.array(iatiValue, { maxLength: 3 }),
  extensions: fc.constant([]),
  foreignAttributes: fc.constant({}),
});
const iatiIndicator: fc.Arbitrary<IatiIndicator> = fc
  .record({
    measure: fc.constantFrom('1', '1', '2', '2', '3', '4', '5', '9', ''),
    ascending: fc.constantFrom('1', '0', 'true', 'false', 'yes', undefined),
    title: fc.constantFrom('Number of girls enrolled', '', 'Taux de réussite').map((t) => text(t)),
    references: fc.array(fc.record({ vocabulary: fc.constantFrom('1', '9', '99', '42'), code: fc.constantFrom('8.7.1', 'B1', '') }), { maxLength: 3 }),
    baselines: fc.array(baseline, { maxLength: 3 }),
    periods: fc.array(period, { maxLength: 5 }),
  })
  .map(({ ascending, ...rest }) => ({ ...rest, ...(ascending === undefined ? {} : { ascending }), description: [], documentLinks: [], extensions: [], foreignAttributes: {} }));
const iatiActivity: fc.Arbitrary<IatiActivity> = fc
  .record({
    types: fc.array(fc.constantFrom('1', '2', '3', '9', '42'), { minLength: 0, maxLength: 3 }),
    indicators: fc.array(fc.array(iatiIndicator, { maxLength: 3 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ types, indicators }) => activity(types.map((type, i) => result(indicators[i] ?? [], { type }))));

describe('importing any activity', () => {
  it('never throws, and every document passes validate with no error', () => {
    fc.assert(
      fc.property(fc.array(iatiActivity, { minLength: 1, maxLength: 2 }), (activities) => {
        const imported = importActivities(activities);
        for (const document of imported.documents) {
          const errors = validate(document).diagnostics.filter((d) => d.severity === 'error');
          expect(errors).toEqual([]);
        }
        expect(imported.documents.length).toBe(activities.filter((a) => a.results.length > 0).length);
      }),
      { numRuns: process.env.CI === 'true' ? 1000 : 100 },
    );
  });
});
