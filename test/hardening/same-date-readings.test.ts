/**
 * Readings of one date. Validation, the roll-up, the reports and the exports
 * all take "the" reading of a date by one rule (src/document/final-target.ts,
 * `finalTarget`): the latest by date, and of several on that date the first
 * in `readingOrderKey` order (value, rating, source, note, …), never the last
 * written; assessments of one date likewise by `assessmentOrderKey`. So a
 * document whose same-date readings are swapped gives byte-identical output:
 * the report JSON, the text tables, Markdown, HTML, Mermaid and IATI XML.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUp, validate, type AssessmentDocument, type Model, type ReadingDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { toIati } from '../../src/iati/index.js';
import { formatIndicatorTable, indicatorRows, toHtmlReport, toMarkdownReport } from '../../src/report/index.js';
import { assessmentAt } from '../../src/progress/assessment-at.js';
import { finalTarget } from '../../src/document/final-target.js';
import { readingOrderKey } from '../../src/document/canonical-value.js';
import { dayNumber } from '../../src/document/dates.js';
import { packPerPeriod } from '../../src/progress/per-period.js';
import { NUMBER } from '../../src/progress/scale-value.js';
import { orderFreeDocument } from '../foundation/arbitraries.js';
import { datesFor, diagnosticsOf, outputs } from './order-free.js';
import { runs } from './support.js';

/** `list` with the entries of each date that has several written in reverse, each other entry in its place. */
function swapSameDate<T>(list: readonly T[], dateOf: (entry: T) => string): T[] {
  const positions = new Map<string, number[]>();
  list.forEach((entry, i) => {
    const date = dateOf(entry);
    positions.set(date, [...(positions.get(date) ?? []), i]);
  });
  const out = [...list];
  for (const at of positions.values()) at.forEach((i, k) => (out[i] = list[at[at.length - 1 - k] as number] as T));
  return out;
}

const readingDay = (r: ReadingDocument): string => r.date ?? r.period?.end ?? '';

/** The document with every group of same-date targets, observations and assessments swapped; nothing else moves. */
function swapped(document: TheoryOfChangeDocument): TheoryOfChangeDocument {
  return {
    ...document,
    nodes: document.nodes.map((node) => {
      if (node.kind === 'indicator') {
        return {
          ...node,
          ...(node.targets === undefined ? {} : { targets: swapSameDate(node.targets, readingDay) }),
          ...(node.observations === undefined ? {} : { observations: swapSameDate(node.observations, readingDay) }),
        };
      }
      if ((node.kind === 'goal' || node.kind === 'objective') && node.assessments !== undefined) {
        return { ...node, assessments: swapSameDate(node.assessments, (a: AssessmentDocument) => a.date ?? '') };
      }
      return node;
    }),
  };
}

/** Every output as text, by name: those of order-free.ts, and the indicator and series tables, the Markdown and HTML reports with every section, and the IATI XML. */
function everyOutput(model: Model, asOf: string): Record<string, string> {
  const report = rollUp(model, { asOf });
  return {
    ...outputs(model, asOf),
    indicatorTable: formatIndicatorTable(model, report),
    indicatorRows: JSON.stringify(indicatorRows(model, report)),
    markdownAll: toMarkdownReport(model, report, { indicators: true, assumptions: true }),
    html: toHtmlReport(model, report),
    iati: toIati(model, { reportingOrg: { ref: 'XM-EXAMPLE', type: '22' } }).xml,
  };
}

describe('readings of one date', () => {
  it(`give the same diagnostics and byte-identical outputs (report JSON, text tables, Markdown, HTML, Mermaid, IATI XML) when swapped (${runs(60, 200)} documents)`, () => {
    let compared = 0;
    fc.assert(
      fc.property(orderFreeDocument, (document) => {
        const other = swapped(document);
        const a = validate(document);
        const b = validate(other);
        expect(diagnosticsOf(b.diagnostics, other)).toEqual(diagnosticsOf(a.diagnostics, document));
        if (!a.ok || !b.ok) return;
        compared++;
        for (const date of datesFor(document)) expect(everyOutput(b.model, date)).toEqual(everyOutput(a.model, date));
      }),
      { numRuns: runs(60, 200) },
    );
    // Most generated documents are valid: the outputs were compared, not only the diagnostics.
    expect(compared).toBeGreaterThan(runs(60, 200) / 3);
  });

  /** An indicator whose two final targets, of the same day and value, differ only in source and note. */
  const document = (targets: readonly ReadingDocument[], targetsAre?: 'per-period'): TheoryOfChangeDocument => ({
    title: 'Same-day targets',
    period: { start: '2020-01-01', end: '2022-12-31' },
    nodes: [
      { kind: 'goal', id: 'g', title: 'Goal' },
      {
        kind: 'indicator',
        id: 'i',
        title: 'Survivors supported',
        measure: { kind: 'number' },
        measures: ['g'],
        ...(targetsAre === undefined ? {} : { targetsAre }),
        baseline: { date: '2020-01-01', value: 0 },
        targets,
        observations: [{ date: '2021-06-30', value: 40, source: 'Field report' }],
      },
    ],
  });
  const planA: ReadingDocument = { date: '2021-12-31', value: 100, source: 'Plan A', note: 'first plan' };
  const planB: ReadingDocument = { date: '2021-12-31', value: 100, source: 'Plan B', note: 'revised plan' };

  it('take the first in content order: of "Plan A" and "Plan B" on one day, "Plan A", in either written order', () => {
    // readingOrderKey: value (equal), rating (none), then source: "Plan A" sorts before "Plan B".
    expect(finalTarget([planA, planB])).toBe(planA);
    expect(finalTarget([planB, planA])).toBe(planA);
    const unsourced: ReadingDocument = { date: '2021-12-31', value: 100 };
    // A missing source comes before any written one.
    expect(finalTarget([planA, unsourced, planB])).toBe(unsourced);
    for (const targets of [
      [planA, planB],
      [planB, planA],
    ]) {
      const result = validate(document(targets));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const report = rollUp(result.model, { asOf: '2022-06-30' });
      const row = indicatorRows(result.model, report).find((r) => r.id === 'i');
      expect(row?.target?.value).toBe(100);
      expect(row?.target?.date).toBe('2021-12-31');
      // The sources of the row: the observation's, then the final target's.
      expect(row?.sources).toEqual(['Field report', 'Plan A']);
      // The duplicate is reported once, whatever the order, at the last in content order (Plan B's position).
      const duplicate = result.diagnostics.filter((d) => d.code === 'duplicate-reading');
      expect(duplicate).toHaveLength(1);
      expect(duplicate[0]?.path).toEqual(['nodes', 1, 'targets', targets.indexOf(planB)]);
    }
  });

  it('judge a per-period target of one day by the first in content order (one period, read from "Plan A")', () => {
    const earlier: ReadingDocument = { date: '2020-12-31', value: 50 };
    for (const targets of [
      [earlier, planA, planB],
      [planB, earlier, planA],
    ]) {
      const days = Float64Array.from(targets, (t) => dayNumber(t.date as string));
      const order = [...targets.keys()].sort((a, b) => (days[a] as number) - (days[b] as number) || (readingOrderKey(targets[a] as ReadingDocument) < readingOrderKey(targets[b] as ReadingDocument) ? -1 : 1));
      const packed = packPerPeriod(targets, (k) => order[k] as number, days, NUMBER, { kind: 'number' }, { expect: 1, like: 2, love: 4 }, dayNumber('2020-01-01'));
      expect(packed.reading).toEqual([earlier, planA]);
      // The second period runs from the day after the first target's date to the shared date.
      expect([...packed.start]).toEqual([dayNumber('2020-01-01'), dayNumber('2021-01-01')]);
      expect([...packed.end]).toEqual([dayNumber('2020-12-31'), dayNumber('2021-12-31')]);
      expect([...packed.x]).toEqual([50, 100]);
    }
  });

  it('take the assessment in force by the first in content order: progress, by, note (a missing one first)', () => {
    const noted: AssessmentDocument = { date: '2021-06-30', progress: 0.6, by: 'Board', note: 'after the review' };
    const plain: AssessmentDocument = { date: '2021-06-30', progress: 0.6, by: 'Board' };
    const anonymous: AssessmentDocument = { date: '2021-06-30', progress: 0.6 };
    const lower: AssessmentDocument = { date: '2021-06-30', progress: 0.4, by: 'Board' };
    // Same progress and by: the one without a note comes first.
    expect(assessmentAt([noted, plain], '2022-01-01')).toBe(plain);
    expect(assessmentAt([plain, noted], '2022-01-01')).toBe(plain);
    // Same progress: the one without a by comes first; a lower progress before both.
    expect(assessmentAt([noted, plain, anonymous], '2022-01-01')).toBe(anonymous);
    expect(assessmentAt([anonymous, noted, lower], '2022-01-01')).toBe(lower);
    // A later one still wins, and one after the date does not count.
    const later: AssessmentDocument = { date: '2021-09-30', progress: 0.9 };
    expect(assessmentAt([later, noted, plain], '2022-01-01')).toBe(later);
    expect(assessmentAt([later, noted, plain], '2021-07-01')).toBe(plain);
    // A dated one in force wins over an undated one.
    expect(assessmentAt([{ progress: 0.1 }, noted], '2021-07-01')).toBe(noted);
  });
});
