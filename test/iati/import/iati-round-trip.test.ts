/**
 * IATI → model → IATI: the standard example imported and exported again keeps every value and
 * every period (values and periods compared, not bytes). The import turns the locations of a
 * value into the category of the dimension "location" (the refs joined with " + "), so the
 * export writes them as that dimension; and where the file gave only parts, the export adds the
 * total they make. Nothing else may be added, and nothing lost.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IatiActivity, IatiValue } from '../../../src/iati/iati-activity.js';
import { toIatiActivity } from '../../../src/iati/export/to-iati-activity.js';
import { importIati } from '../../../src/iati/import/import-iati.js';
import { readIatiActivities } from '../../../src/iati/xml/read-iati.js';
import { loadModel } from '../../../src/index.js';

const xml = readFileSync(new URL('../fixtures/standard-example.xml', import.meta.url), 'utf8');

/** Every value of an activity as `indicator | role | period | categories | value`, locations as the dimension "location". */
function values(activity: IatiActivity): string[] {
  const out: string[] = [];
  const categories = (v: IatiValue): string => {
    const dims = v.dimensions.map((d) => `${d.name}=${d.value}`);
    if (v.locations.length > 0) dims.push(`location=${[...v.locations].sort().join(' + ')}`);
    return dims.sort().join(',');
  };
  for (const result of activity.results) {
    for (const indicator of result.indicators) {
      const title = indicator.title[0]?.text ?? '';
      for (const b of indicator.baselines) out.push(`${title} | baseline | ${b.year} | ${categories(b)} | ${Number(b.value)}`);
      for (const p of indicator.periods) {
        for (const t of p.targets) out.push(`${title} | target | ${p.start}/${p.end} | ${categories(t)} | ${Number(t.value)}`);
        for (const a of p.actuals) out.push(`${title} | actual | ${p.start}/${p.end} | ${categories(a)} | ${Number(a.value)}`);
      }
    }
  }
  return out.sort();
}

describe('the standard example, IATI → model → IATI', () => {
  const original = readIatiActivities(xml).activities[0] as IatiActivity;
  const imported = importIati(xml);
  const exported = toIatiActivity(loadModel(imported.documents[0]), { identifier: original.identifier, reportingOrg: { ref: 'AA-AAA-123456789', type: '40' } }).activity;

  it('keeps every value, with its period and categories', () => {
    const before = values(original);
    const after = values(exported);
    expect(before).toHaveLength(19);
    for (const v of before) expect(after).toContain(v);
  });

  it('adds only the totals of periods that gave parts alone (the sum of those parts)', () => {
    const before = values(original);
    const added = values(exported).filter((v) => !before.includes(v));
    // The example indicator gave each value for female adults in AF-KAN and KH-PNH only: 10, 10, 11, 20, 16.
    expect(added).toEqual(
      [
        'Indicator title | baseline | 2012 |  | 10',
        'Indicator title | target | 2013-01-01/2013-03-31 |  | 10',
        'Indicator title | actual | 2013-01-01/2013-03-31 |  | 11',
        'Indicator title | target | 2013-04-01/2013-06-30 |  | 20',
        'Indicator title | actual | 2013-04-01/2013-06-30 |  | 16',
      ].sort(),
    );
  });

  it('keeps every period, and the baseline year and date', () => {
    const periods = (a: IatiActivity) => a.results.flatMap((r) => r.indicators.flatMap((i) => i.periods.map((p) => `${i.title[0]?.text} ${p.start}/${p.end}`)));
    expect(periods(exported)).toEqual(periods(original));
    const baselines = (a: IatiActivity) => a.results.flatMap((r) => r.indicators.map((i) => `${i.title[0]?.text} ${i.baselines[0]?.year}`));
    expect(baselines(exported)).toEqual(baselines(original));
  });
});
