/**
 * related-activity parent ↔ child links become a programme: a coalition of the activities'
 * documents (docs/iati-mapping.md, "Programmes"). The fixture: XM-DAC-47015-EDU names its child
 * -SCHOOLS; -TEACHERS names its parent -EDU and its sibling -SCHOOLS; -EDU names a child -MISSING
 * that is not in the file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importActivities, importIati } from '../../../src/iati/index.js';
import { jointProgress, progressOf, rollUp, validateCoalition } from '../../../src/index.js';
import { activity, indicator, result } from './build.js';

const xml = readFileSync(resolve(import.meta.dirname, '../fixtures/programme.xml'), 'utf8');
const EDU = 'XM-DAC-47015-EDU';

describe('programmes from related-activity', () => {
  const imported = importIati(xml);

  it('a parent and two children (one child writes the link, the parent the other) make one programme', () => {
    expect(imported.programmes).toHaveLength(1);
    const programme = imported.programmes[0];
    expect(programme?.parent).toBe(EDU);
    expect(programme?.activities).toEqual({ [EDU]: EDU, [`${EDU}-SCHOOLS`]: `${EDU}-SCHOOLS`, [`${EDU}-TEACHERS`]: `${EDU}-TEACHERS` });
    expect(programme?.coalition.members).toEqual([
      { id: EDU, file: `./${EDU}.yaml`, title: 'Education for all' },
      { id: `${EDU}-SCHOOLS`, file: `./${EDU}-SCHOOLS.yaml`, title: 'Schools built' },
      { id: `${EDU}-TEACHERS`, file: `./${EDU}-TEACHERS.yaml`, title: 'Teachers trained' },
    ]);
    // Each child's goal (the activity) contributes to the parent's goal; no joint nodes.
    expect(programme?.coalition.links?.map((l) => [l.from, l.to])).toEqual([
      [`${EDU}-SCHOOLS:goal`, `${EDU}:goal`],
      [`${EDU}-TEACHERS:goal`, `${EDU}:goal`],
    ]);
    expect(programme?.coalition.links?.[0]?.note).toMatch(/^From IATI related-activity: the activity XM-DAC-47015-EDU-SCHOOLS is part of XM-DAC-47015-EDU/);
    expect(programme?.coalition.nodes).toBeUndefined();
    expect(programme?.coalition.title).toBe('Education for all (programme)');
  });

  it('the link to an activity not in the file, and the sibling link, are reported, not followed', () => {
    expect(imported.unfollowed).toEqual([
      { activity: EDU, ref: `${EDU}-MISSING`, type: '2', relation: 'child', why: `the activity ${EDU}-MISSING is not in the file` },
      { activity: `${EDU}-TEACHERS`, ref: `${EDU}-SCHOOLS`, type: '3', relation: 'sibling', why: 'a sibling link says the activities are related, not that one is part of the other; only parent and child links make a programme' },
    ]);
    expect(imported.programmes[0]?.coalition.members.map((m) => m.id)).not.toContain(`${EDU}-MISSING`);
  });

  it('the programme validates as a coalition and rolls up: the parent goal is the mean of its result and its two children', () => {
    const documents = new Map(imported.documents.map((d) => [d.id as string, d]));
    const programme = imported.programmes[0];
    if (programme === undefined) throw new Error('no programme');
    const members = new Map(Object.entries(programme.activities).map(([id, identifier]) => [id, documents.get(identifier)]));
    const validation = validateCoalition(programme.coalition, members, { name: 'programme.yaml' });
    expect(validation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!validation.ok) throw new Error('invalid');
    const report = rollUp(validation.model, { asOf: '2024-12-31' });
    // EDU: (200 − 100) / (300 − 100) = 0.5; SCHOOLS: 2 / 10 = 0.2; TEACHERS: 30 / 40 = 0.75.
    expect(progressOf(report, `${EDU}:result-1`)?.progress).toBeCloseTo(0.5, 12);
    expect(progressOf(report, `${EDU}-SCHOOLS:goal`)?.progress).toBeCloseTo(0.2, 12);
    expect(progressOf(report, `${EDU}-TEACHERS:goal`)?.progress).toBeCloseTo(0.75, 12);
    // The parent's goal: its own result and the two children's goals, weight 1 each: (0.5 + 0.2 + 0.75) / 3.
    expect(progressOf(report, `${EDU}:goal`)?.progress).toBeCloseTo(1.45 / 3, 12);
    const joint = jointProgress(validation.model, validation.coalition, report);
    expect(joint.members.map((m) => m.member)).toEqual([EDU, `${EDU}-SCHOOLS`, `${EDU}-TEACHERS`]);
  });

  it('either side writing the link, or both, gives the same programme; the order of the file does not matter', () => {
    const parent = activity([result([indicator()])], { identifier: 'XM-P', relatedActivities: [{ ref: 'XM-C', type: '2' }] });
    const child = activity([result([indicator()])], { identifier: 'XM-C', relatedActivities: [{ ref: 'XM-P', type: '1' }] });
    const parentOnly = activity([result([indicator()])], { identifier: 'XM-P' });
    const childOnly = activity([result([indicator()])], { identifier: 'XM-C' });
    const both = importActivities([parent, child]).programmes;
    expect(importActivities([parent, childOnly]).programmes).toEqual(both);
    expect(importActivities([childOnly, parent]).programmes).toEqual(both);
    expect(importActivities([child, parentOnly]).programmes).toEqual(both);
    expect(both[0]?.coalition.links?.map((l) => [l.from, l.to])).toEqual([['XM-C:goal', 'XM-P:goal']]);
  });

  it('grandchildren join their grandparent\'s programme; member ids are made valid and unique', () => {
    const top = activity([result([indicator()])], { identifier: 'XM/TOP', relatedActivities: [{ ref: 'XM:MID', type: '2' }] });
    const mid = activity([result([indicator()])], { identifier: 'XM:MID', relatedActivities: [{ ref: 'XM-MID', type: '2' }] });
    const low = activity([result([indicator()])], { identifier: 'XM-MID', relatedActivities: [] });
    const [programme] = importActivities([low, mid, top]).programmes;
    // "XM:MID" and "XM-MID" both give XM-MID: the first by identifier order ("XM-MID" < "XM:MID") keeps it.
    expect(programme?.activities).toEqual({ 'XM-TOP': 'XM/TOP', 'XM-MID-2': 'XM:MID', 'XM-MID': 'XM-MID' });
    expect(programme?.coalition.links?.map((l) => [l.from, l.to])).toEqual([
      ['XM-MID-2:goal', 'XM-TOP:goal'],
      ['XM-MID:goal', 'XM-MID-2:goal'],
    ]);
  });

  it('a link to an activity without results, and a loop, are reported', () => {
    const a = activity([result([indicator()])], { identifier: 'XM-A', relatedActivities: [{ ref: 'XM-B', type: '2' }, { ref: 'XM-E', type: '2' }] });
    const b = activity([result([indicator()])], { identifier: 'XM-B', relatedActivities: [{ ref: 'XM-A', type: '2' }] });
    const empty = activity([], { identifier: 'XM-E' });
    const imported = importActivities([a, b, empty]);
    expect(imported.unfollowed.map((u) => [u.activity, u.ref, u.why])).toEqual([
      ['XM-A', 'XM-E', 'the activity XM-E has no results, so it has no document'],
      ['XM-B', 'XM-A', 'it would close a loop: XM-B is already part of XM-A'],
    ]);
    expect(imported.programmes[0]?.coalition.links?.map((l) => [l.from, l.to])).toEqual([['XM-B:goal', 'XM-A:goal']]);
  });

  it('property: the programmes are the same whatever the order of the activities and of their links', () => {
    const link = (ref: string, type: string) => ({ ref, type });
    const activities = [
      activity([result([indicator()])], { identifier: 'XM-P', relatedActivities: [link('XM-C1', '2'), link('XM-X', '2')] }),
      activity([result([indicator()])], { identifier: 'XM-C1', relatedActivities: [link('XM-P', '1'), link('XM-C2', '3')] }),
      activity([result([indicator()])], { identifier: 'XM-C2', relatedActivities: [link('XM-P', '1')] }),
      activity([result([indicator()])], { identifier: 'XM-G', relatedActivities: [link('XM-C2', '1')] }),
      activity([result([indicator()])], { identifier: 'XM-Q', relatedActivities: [link('XM-R', '2')] }),
      activity([result([indicator()])], { identifier: 'XM-R' }),
    ];
    const want = importActivities(activities).programmes;
    // Two programmes: XM-P over XM-C1, XM-C2 and its child XM-G; XM-Q over XM-R.
    expect(want.map((p) => [p.parent, Object.values(p.activities)])).toEqual([
      ['XM-P', ['XM-P', 'XM-C1', 'XM-C2', 'XM-G']],
      ['XM-Q', ['XM-Q', 'XM-R']],
    ]);
    fc.assert(
      fc.property(fc.shuffledSubarray(activities, { minLength: activities.length }), fc.boolean(), (order, reverseLinks) => {
        const shuffled = order.map((a) => (reverseLinks ? { ...a, relatedActivities: [...a.relatedActivities].reverse() } : a));
        expect(importActivities(shuffled).programmes).toEqual(want);
      }),
      { numRuns: 60 },
    );
  });
});
