/**
 * rollUpNumbers (numbers in flat arrays, entries on demand) against the full
 * report: the same numbers at every position, the same entries whichever
 * order they are asked for in, and the same report as `rollUp`, which the
 * guide's reference roll-up checks. Random models; no timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, progressOf, rollUp, rollUpNumbers, type NodeProgress, type ProgressNumbers, type ProgressReport } from '../../src/index.js';
import { arbitraryModel } from '../progress/arbitraries.js';
import { handWorked } from '../progress/fixture.js';
import { options, lenient } from './options.js';
import { guideDifferences } from './guide-differences.js';
import { guideRollUp } from './reference/guide-roll-up.js';

/** NaN as a report writes it. */
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** Every position of `numbers` against the report's entry of the same id. */
function expectSameNumbers(numbers: ProgressNumbers, report: ProgressReport): void {
  const entries: NodeProgress[] = [...report.results, ...report.indicators];
  expect(numbers.ids).toEqual(entries.map((e) => e.id));
  expect(numbers.resultCount).toBe(report.results.length);
  entries.forEach((entry, j) => {
    expect(orNull(numbers.progress[j] as number)).toBe(entry.progress);
    expect(orNull(numbers.expected[j] as number)).toBe(entry.expected);
    expect(numbers.coverage[j]).toBe(entry.coverage);
    expect(numbers.status[j]).toBe(entry.status);
    expect(numbers.indexOf(entry.id)).toBe(j);
  });
}

describe('rollUpNumbers', () => {
  it('gives the numbers of the hand-worked example, and its entries on demand', () => {
    const model = loadModel(handWorked);
    const numbers = rollUpNumbers(model, { asOf: '2018-12-31' });
    const iA = numbers.indexOf('iA');
    expect(numbers.progress[iA]).toBe(0.5); // (30 − 10) / (50 − 10), as in test/progress/hand-worked.test.ts
    expect(numbers.status[iA]).toBe('on-track');
    const iB = numbers.indexOf('iB');
    expect(numbers.status[iB]).toBe('at-risk');
    expect(numbers.progress[numbers.indexOf('iC')]).toBe(0.7);
    expect(numbers.asOf).toBe('2018-12-31');
    expect(numbers.settings.asOf).toBe('2018-12-31');
    expect(numbers.entry('iC')).toEqual(progressOf(rollUp(model, { asOf: '2018-12-31' }), 'iC'));
  });

  it('has no position for other nodes or unknown ids', () => {
    const model = loadModel({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', title: 'G' },
        { kind: 'duty-bearer', id: 'gov', title: 'Government', actorType: 'state', accountableFor: ['g'] },
      ],
    });
    const numbers = rollUpNumbers(model, { asOf: '2020-01-01' });
    expect(numbers.ids).toEqual(['g']);
    expect(numbers.indexOf('gov')).toBe(-1);
    expect(numbers.indexOf('nope')).toBe(-1);
    expect(numbers.entry('gov')).toBeUndefined();
    expect(numbers.entry('__proto__')).toBeUndefined();
    expect(Number.isNaN(numbers.progress[0])).toBe(true);
    expect(numbers.status).toEqual(['no-data']);
  });

  it('refuses an impossible date like rollUp', () => {
    const model = loadModel(handWorked);
    expect(() => rollUpNumbers(model, { asOf: '2019-02-30' })).toThrow(RangeError);
  });

  it('hands out copies: changing its arrays changes no entry or report', () => {
    const model = loadModel(handWorked);
    const numbers = rollUpNumbers(model, { asOf: '2018-12-31' });
    const before = JSON.stringify(rollUp(model, { asOf: '2018-12-31' }));
    numbers.progress.fill(0.123);
    numbers.coverage.fill(0);
    expect(JSON.stringify(numbers.report())).toBe(before);
    expect(Object.isFrozen(numbers)).toBe(true);
    expect(Object.isFrozen(numbers.status)).toBe(true);
  });

  it('has the numbers of the full report, and the same report, for any options (random models)', () => {
    fc.assert(
      fc.property(arbitraryModel(), options, (doc, opts) => {
        const model = loadModel(doc, lenient);
        const numbers = rollUpNumbers(model, opts);
        const expected = rollUp(model, opts);
        expectSameNumbers(numbers, expected);
        expect(JSON.stringify(numbers.report())).toBe(JSON.stringify(expected));
        expect(guideDifferences(numbers.report(), guideRollUp(doc, { ...opts, asOf: expected.asOf }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('builds the same entries on demand, in any order, before or after the report', () => {
    fc.assert(
      fc.property(arbitraryModel(), options, fc.array(fc.nat(), { maxLength: 12 }), (doc, opts, picks) => {
        const model = loadModel(doc, lenient);
        const full = rollUp(model, opts);
        const numbers = rollUpNumbers(model, opts);
        const ids = numbers.ids;
        if (ids.length === 0) return;
        for (const pick of picks) {
          const id = ids[pick % ids.length] as string;
          expect(JSON.stringify(numbers.entry(id))).toBe(JSON.stringify(progressOf(full, id)));
        }
        // Entries built early are the report's entries.
        const report = numbers.report();
        expect(JSON.stringify(report)).toBe(JSON.stringify(full));
        for (const pick of picks) {
          const id = ids[pick % ids.length] as string;
          expect(numbers.entry(id)).toBe(progressOf(report, id));
        }
        expect(numbers.report()).toBe(report);
      }),
      { numRuns: 300 },
    );
  });
});
