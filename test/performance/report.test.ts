/**
 * The report of rollUp: numbers in flat arrays, entries built on demand. Its
 * numbers against the entries of the same report read back from JSON (which
 * the guide's reference roll-up checks), entries asked for in any order,
 * before or after the lists; and the reports of a series and of the tracker
 * behave the same. Random models; no timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProgressTracker,
  loadModel,
  progressOf,
  progressSeries,
  rollUp,
  type NodeProgress,
  type ProgressReport,
  type ProgressReportData,
} from '../../src/index.js';
import { arbitraryModel } from '../progress/arbitraries.js';
import { handWorked } from '../progress/fixture.js';
import { options, lenient } from './options.js';
import { guideDifferences } from './guide-differences.js';
import { guideRollUp } from './reference/guide-roll-up.js';
import { runs } from '../property-runs.js';

/** NaN as an entry writes it. */
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** Every position of `report` against the entry of the same id in `data` (plain lists). */
function expectSameNumbers(report: ProgressReport, data: ProgressReportData): void {
  const entries: NodeProgress[] = [...data.results, ...data.indicators];
  expect(report.ids).toEqual(entries.map((e) => e.id));
  expect(report.resultCount).toBe(data.results.length);
  entries.forEach((entry, j) => {
    expect(orNull(report.progress[j] as number)).toBe(entry.progress);
    expect(orNull(report.expected[j] as number)).toBe(entry.expected);
    expect(report.coverage[j]).toBe(entry.coverage);
    expect(report.status[j]).toBe(entry.status);
    expect(report.indexOf(entry.id)).toBe(j);
  });
}

const plain = (report: ProgressReport): ProgressReportData => JSON.parse(JSON.stringify(report)) as ProgressReportData;

describe('the report of rollUp', () => {
  it('gives the numbers of the hand-worked example, and its entries on demand', () => {
    const model = loadModel(handWorked);
    const report = rollUp(model, { asOf: '2018-12-31' });
    const iA = report.indexOf('iA');
    expect(report.progress[iA]).toBe(0.5); // (30 − 10) / (50 − 10), as in test/progress/hand-worked.test.ts
    expect(report.status[iA]).toBe('on-track');
    expect(report.status[report.indexOf('iB')]).toBe('at-risk');
    expect(report.progress[report.indexOf('iC')]).toBe(0.7);
    expect(report.asOf).toBe('2018-12-31');
    expect(report.settings.asOf).toBe('2018-12-31');
    expect(report.entry('iC')).toEqual(progressOf(plain(rollUp(model, { asOf: '2018-12-31' })), 'iC'));
  });

  it('has no position or entry for other nodes or unknown ids', () => {
    const model = loadModel({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', title: 'G' },
        { kind: 'duty-bearer', id: 'gov', title: 'Government', actorType: 'state', accountableFor: ['g'] },
      ],
    });
    const report = rollUp(model, { asOf: '2020-01-01' });
    expect(report.ids).toEqual(['g']);
    expect(report.indexOf('gov')).toBe(-1);
    expect(report.indexOf('nope')).toBe(-1);
    expect(report.entry('gov')).toBeUndefined();
    expect(report.entry('__proto__')).toBeUndefined();
    expect(Number.isNaN(report.progress[0])).toBe(true);
    expect(report.status).toEqual(['no-data']);
  });

  it('is read-only: frozen, and changing its arrays changes no entry or JSON', () => {
    const model = loadModel(handWorked);
    const report = rollUp(model, { asOf: '2018-12-31' });
    const before = JSON.stringify(rollUp(model, { asOf: '2018-12-31' }));
    report.progress.fill(0.123);
    report.coverage.fill(0);
    expect(JSON.stringify(report)).toBe(before);
    expect(Object.isFrozen(report)).toBe(true);
    expect(Object.isFrozen(report.status)).toBe(true);
    expect(() => {
      (report as { asOf: string }).asOf = '2000-01-01';
    }).toThrow(TypeError);
  });

  it('has the numbers of its own entries, for any options, and the guide agrees (random models)', () => {
    fc.assert(
      fc.property(arbitraryModel(), options, (doc, opts) => {
        const model = loadModel(doc, lenient);
        const report = rollUp(model, opts);
        const data = plain(rollUp(model, opts));
        expectSameNumbers(report, data);
        expect(guideDifferences(data, guideRollUp(doc, { ...opts, asOf: report.asOf }))).toEqual([]);
      }),
      { numRuns: runs(100, 300) },
    );
  });

  it('builds the same entries on demand, in any order, before or after the lists', () => {
    fc.assert(
      fc.property(arbitraryModel(), options, fc.array(fc.nat(), { maxLength: 12 }), (doc, opts, picks) => {
        const model = loadModel(doc, lenient);
        const full = plain(rollUp(model, opts));
        const report = rollUp(model, opts);
        const ids = report.ids;
        if (ids.length === 0) return;
        for (const pick of picks) {
          const id = ids[pick % ids.length] as string;
          expect(JSON.stringify(report.entry(id))).toBe(JSON.stringify(progressOf(full, id)));
        }
        // Entries built early are the lists' entries, and the lists are built once.
        const results = report.results;
        expect(JSON.stringify(report)).toBe(JSON.stringify(full));
        for (const pick of picks) {
          const id = ids[pick % ids.length] as string;
          expect(report.entry(id)).toBe(progressOf({ ...full, results, indicators: report.indicators }, id));
        }
        expect(report.results).toBe(results);
      }),
      { numRuns: runs(100, 300) },
    );
  });

  it('a series and the tracker give reports with the same numbers and entries as rollUp (one roll-up, three ways in)', () => {
    fc.assert(
      fc.property(arbitraryModel(), options, (doc, opts) => {
        const model = loadModel(doc, lenient);
        const dates = ['2016-06-30', opts.asOf as string];
        const series = progressSeries(model, dates, opts);
        series.reports.forEach((r, k) => {
          const single = rollUp(model, { ...opts, asOf: dates[k] as string });
          expect(JSON.stringify(r)).toBe(JSON.stringify(single));
          expectSameNumbers(r, plain(single));
        });
        const tracked = createProgressTracker(model, opts).report();
        expect(JSON.stringify(tracked)).toBe(JSON.stringify(rollUp(model, opts)));
        expectSameNumbers(tracked, plain(rollUp(model, opts)));
      }),
      { numRuns: runs(30, 100) },
    );
  });
});
