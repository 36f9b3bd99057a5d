/**
 * Every report the tracker hands out keeps what it said when it was made,
 * however many observations are added after it and whether it is read at
 * once, entry by entry, or only later (the tracker stores later changes
 * without copying the report's lists).
 */
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../bench/generate.js';
import { createProgressTracker, loadModel, rollUp, type IndicatorDocument, type ProgressReport, type ReadingDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { runs } from '../property-runs.js';

const asOf = '2020-12-31';

describe('tracker reports after later updates', () => {
  it('each report equals a full roll-up of the document as it was then, read in any order', () => {
    const { document, indicators } = generatePortfolio(1_000, 5);
    const tracker = createProgressTracker(loadModel(document), { asOf });
    const kept: { report: ProgressReport; document: TheoryOfChangeDocument; id: string }[] = [];
    for (let k = 0; k < runs(8, 15); k++) {
      const id = indicators[(k * 37) % indicators.length] as string;
      const node = tracker.document().nodes.find((n) => n.id === id) as IndicatorDocument;
      const last = node.observations?.[node.observations.length - 1] as ReadingDocument;
      const update = tracker.addObservation(id, { ...last, date: `2020-0${1 + (k % 9)}-2${k % 8}`, source: 'Dashboard' });
      expect(update.ok).toBe(true);
      if (!update.ok) return;
      kept.push({ report: update.report, document: tracker.document(), id });
      // Some reports are read whole at once: the tracker's next change must not reach them.
      if (k % 4 === 0) expect(update.report.indicators.length).toBe(indicators.length);
    }
    // Newest first, then oldest first: one entry, then the numbers, then the whole report.
    for (const { report, document: then, id } of [...kept.slice().reverse().filter((_, k) => k % 2 === 0), ...kept]) {
      const full = rollUp(loadModel(then), { asOf });
      expect(JSON.stringify(report.entry(id))).toBe(JSON.stringify(full.entry(id)));
      expect(Array.from(report.progress)).toEqual(Array.from(full.progress));
      expect(JSON.stringify(report)).toBe(JSON.stringify(full));
    }
  });

  it('the first report (before any observation) stays the roll-up of the model as loaded', () => {
    const { document, indicators } = generatePortfolio(300, 6);
    const model = loadModel(document);
    const tracker = createProgressTracker(model, { asOf });
    const first = tracker.report();
    const id = indicators[0] as string;
    const node = document.nodes.find((n) => n.id === id) as IndicatorDocument;
    const last = node.observations?.[node.observations.length - 1] as ReadingDocument;
    const update = tracker.addObservation(id, { ...last, date: '2020-11-30', source: 'Dashboard' });
    expect(update.ok).toBe(true);
    if (!update.ok) return;
    expect(update.report).not.toBe(first);
    expect(JSON.stringify(first.entry(id))).toBe(JSON.stringify(rollUp(model, { asOf }).entry(id)));
    expect(JSON.stringify(first.entry(id))).not.toBe(JSON.stringify(update.report.entry(id)));
    expect(JSON.stringify(first)).toBe(JSON.stringify(rollUp(model, { asOf })));
  });
});
