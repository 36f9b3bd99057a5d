/**
 * The IATI 2.03 documentation example (test/iati/fixtures/standard-example.xml, whose header
 * says where it comes from and what was added), read from XML, imported, rolled up, and checked
 * against numbers worked out by hand from the progress guide's rule: an indicator's progress is
 * (latest observation − baseline) / (final target − baseline), clamped to 0–1; an objective is
 * the mean of its indicators (weights 1), the goal the mean of its objectives, each over the
 * children that have data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importIati } from '../../../src/iati/import/import-iati.js';
import type { IndicatorDocument } from '../../../src/document/types.js';
import { loadModel, progressOf, rollUp, validate } from '../../../src/index.js';

const xml = readFileSync(new URL('../fixtures/standard-example.xml', import.meta.url), 'utf8');
const imported = importIati(xml);
const document = imported.documents[0];
const indicator = (id: string): IndicatorDocument => document?.nodes.find((n) => n.id === id) as IndicatorDocument;

describe('the IATI standard example', () => {
  it('gives one document, which validates with no error', () => {
    expect(imported.documents).toHaveLength(1);
    expect(validate(document).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(document).toMatchObject({ id: 'AA-AAA-123456789-ABC123', title: 'Activity title', organisation: 'Organisation name', period: { start: '2012-04-28', end: '2015-12-31' } });
    expect(document?.nodes.map((n) => [n.kind, n.id])).toEqual([
      ['goal', 'goal'],
      ['objective', 'result-1'],
      ['objective', 'result-2'],
      ['indicator', 'indicator-1-1'],
      ['indicator', 'indicator-1-2'],
      ['indicator', 'indicator-2-1'],
    ]);
  });

  it('keeps the example indicator: references, baseline and both periods, for female adults in AF-KAN and KH-PNH', () => {
    const i = indicator('indicator-1-1');
    expect(i.ref).toBe('B1');
    expect(i.frameworks).toEqual([
      { framework: 'WHO Registry', code: '3429' },
      { framework: 'HIV/AIDS Indicator Registry', code: '861' },
    ]);
    const part = (value: number) => [{ for: { sex: 'female', age: 'adult', location: 'AF-KAN + KH-PNH' }, value }];
    expect(i.baseline).toMatchObject({ date: '2012-01-01', breakdown: part(10) });
    expect(i.targets?.map((t) => [t.period, t.breakdown])).toEqual([
      [{ start: '2013-01-01', end: '2013-03-31' }, part(10)],
      [{ start: '2013-04-01', end: '2013-06-30' }, part(20)],
    ]);
    expect(i.observations?.map((t) => [t.period, t.breakdown])).toEqual([
      [{ start: '2013-01-01', end: '2013-03-31' }, part(11)],
      [{ start: '2013-04-01', end: '2013-06-30' }, part(16)],
    ]);
    expect(i.observations?.[0]?.note).toBe('sex: female, age: adult, location: AF-KAN + KH-PNH: Actual comment text');
  });

  it('says what it assumed and what it left out, with lines', () => {
    expect(imported.diagnostics.map((d) => [d.code, d.position?.line])).toEqual([
      ['iati-total-from-parts', 98],
      ['iati-ascending-assumed', 216],
    ]);
    expect(imported.notCarried.map((n) => [n.position?.line, n.what])).toEqual([
      [22, 'its budget, transaction'],
      [103, 'the address "http:www.example.org/docs/result_baseline_en.odt" of the document "Results Baseline Report 2013" (the baseline of 2012-01-01 of indicator "Indicator title")'],
      [126, 'the address "http:www.example.org/docs/result_period_target_en.odt" of the document "Results Period Target Report 2013" (the target of 2013-01-01 to 2013-03-31 of indicator "Indicator title")'],
      [143, 'the address "http:www.example.org/docs/result_period_actual_en.odt" of the document "Results Period Actual Report 2013" (the actual of 2013-01-01 to 2013-03-31 of indicator "Indicator title")'],
    ]);
    expect(imported.related).toEqual([{ activity: 'AA-AAA-123456789-ABC123', ref: 'AA-AAA-123456789-6789', type: '1', relation: 'parent' }]);
  });

  it('rolls up to the numbers worked by hand, as of 2014-01-31 (every period over)', () => {
    const report = rollUp(loadModel(document), { asOf: '2014-01-31' });
    const p = (id: string) => progressOf(report, id)?.progress;
    // indicator-1-1: baseline 10 (female adults, the only part given), final target 20 (2013-06-30), latest actual 16: (16 − 10) / (20 − 10) = 0.6
    expect(p('indicator-1-1')).toBeCloseTo(0.6, 12);
    // indicator-1-2: baseline 0, final target 200 (2013-12-31), latest actual 150 (the total, not 90 + 55): 150 / 200 = 0.75
    expect(p('indicator-1-2')).toBeCloseTo(0.75, 12);
    // indicator-2-1 (percentage, ascending absent: increase): baseline 20, target 60, actual 45: (45 − 20) / (60 − 20) = 25 / 40 = 0.625
    expect(p('indicator-2-1')).toBeCloseTo(0.625, 12);
    // result-1 = (0.6 + 0.75) / 2 = 0.675; result-2 = 0.625; goal = (0.675 + 0.625) / 2 = 0.65
    expect(p('result-1')).toBeCloseTo(0.675, 12);
    expect(p('result-2')).toBeCloseTo(0.625, 12);
    expect(p('goal')).toBeCloseTo(0.65, 12);
    expect(progressOf(report, 'goal')?.coverage).toBe(1);
  });

  it('rolls up to the numbers worked by hand, as of 2013-07-15 (half-way through 2013)', () => {
    const report = rollUp(loadModel(document), { asOf: '2013-07-15' });
    const p = (id: string) => progressOf(report, id)?.progress;
    // indicator-1-1: latest actual dated 2013-06-30 is 16: (16 − 10) / (20 − 10) = 0.6
    expect(p('indicator-1-1')).toBeCloseTo(0.6, 12);
    // indicator-1-2: latest actual is the first half-year's 60, the final target still 200: 60 / 200 = 0.3
    expect(p('indicator-1-2')).toBeCloseTo(0.3, 12);
    // indicator-2-1: its only actual is dated 2013-12-31, after the day: no data, so result-2 has none either
    expect(p('indicator-2-1')).toBeNull();
    expect(progressOf(report, 'result-2')?.coverage).toBe(0);
    // result-1 = (0.6 + 0.3) / 2 = 0.45; goal = 0.45 over the half of its objectives with data
    expect(p('result-1')).toBeCloseTo(0.45, 12);
    expect(p('goal')).toBeCloseTo(0.45, 12);
    expect(progressOf(report, 'goal')?.coverage).toBe(0.5);
  });
});

describe('the order of the periods in the file', () => {
  it('does not change the imported document: targets and actuals are listed by date', () => {
    // Each indicator's <period> elements in reverse order.
    const reversed = xml.replace(/(\s*<period>[\s\S]*?<\/period>)+/g, (run) => (run.match(/\s*<period>[\s\S]*?<\/period>/g) ?? []).reverse().join(''));
    expect(reversed).not.toBe(xml);
    const again = importIati(reversed).documents[0];
    expect(again).toEqual(document);
    const first = indicator(document?.nodes.find((n) => n.kind === 'indicator')?.id ?? '');
    const dates = (first.observations ?? []).map((o) => o.period?.end ?? o.date);
    expect(dates).toEqual([...dates].sort());
  });
});
