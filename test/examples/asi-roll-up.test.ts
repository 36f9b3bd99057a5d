import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressOf, rollUp, type IndicatorProgress, type ResultProgress } from '../../src/index.js';
import { loadModelFile } from '../../src/node/index.js';

const model = await loadModelFile(join(resolve(import.meta.dirname, '../..'), 'examples/anti-slavery-international/asi.yaml'));
const at = (asOf: string, id: string): ResultProgress => progressOf(rollUp(model, { asOf }), id) as ResultProgress;
const indicatorAt = (asOf: string, id: string): IndicatorProgress => progressOf(rollUp(model, { asOf }), id) as IndicatorProgress;

/**
 * Worked by hand from the figures in asi.yaml and the rules of docs/guides/progress.md;
 * every link has weight 1, so each goal or objective is the plain mean of its inputs with data.
 *
 * Key objective 2 ("People affected by and vulnerable to slavery are empowered…"):
 *   ko2  ← people-counted-by-asi (baseline 0, target 100,000; published 115,200 / 81,000 / 77,388)
 *        ← 2.1 ← brick-kiln-workers-reached (0 → 60,000; published 53,683 in FY2015–16)
 *              ← rights-knowledge (25% → 70%; yearly survey values)
 *        ← 2.2 ← mauritania-people-freed (cumulative, 0 → 200; published 37)
 *              ← movements-strengthened (0 → 20; published 17 in FY2017–18)
 *              ← niger-children-in-education (0 → 500; published 452)
 */
describe('ASI roll-up checked by hand: key objective 2', () => {
  it('at the end of 2018', () => {
    const so21 = (53683 / 60000 + (49 - 25) / (70 - 25)) / 2;
    const so22 = (37 / 200 + 17 / 20 + 452 / 500) / 3;
    const ko2 = (77388 / 100000 + so21 + so22) / 3;
    expect(at('2018-12-31', 'so2-1').progress).toBeCloseTo(so21, 12); // 0.71403
    expect(at('2018-12-31', 'so2-2').progress).toBeCloseTo(so22, 12); // 0.64633
    expect(at('2018-12-31', 'ko2').progress).toBeCloseTo(ko2, 12); // 0.71141
    expect(at('2018-12-31', 'ko2').coverage).toBe(1);
  });

  it('at the end of 2016: over-achievement capped, missing data not zero', () => {
    const counted = indicatorAt('2016-12-31', 'people-counted-by-asi');
    expect(counted.rawProgress).toBeCloseTo(1.152, 12); // 115,200 of a 100,000 target
    expect(counted.progress).toBe(1);
    const so21 = (53683 / 60000 + (33 - 25) / 45) / 2;
    const so22 = (37 / 200 + 452 / 500) / 2; // movements-strengthened has no observation before 2018
    expect(at('2016-12-31', 'so2-2').coverage).toBeCloseTo(2 / 3, 12);
    expect(at('2016-12-31', 'ko2').progress).toBeCloseTo((1 + so21 + so22) / 3, 12); // 0.69358
    expect(at('2016-12-31', 'ko2').coverage).toBeCloseTo((1 + 1 + 2 / 3) / 3, 12);
  });
});

describe('ASI roll-up checked by hand: the readings corrected against the record', () => {
  it('Mauritania’s convictions add up report by report: 5 by March 2019, 10 by March 2020, of an illustrative 20', () => {
    // cumulative: baseline 0 + 0 (FY2015–16) + 2 + 3 + 0 (TIP 2019) = 5, then + 5 (TIP 2020, Nema court) = 10.
    expect(indicatorAt('2019-12-31', 'mauritania-convictions').value).toBe(5);
    expect(indicatorAt('2019-12-31', 'mauritania-convictions').progress).toBeCloseTo(5 / 20, 12); // 0.25
    expect(indicatorAt('2020-12-31', 'mauritania-convictions').value).toBe(10);
    expect(indicatorAt('2020-12-31', 'mauritania-convictions').progress).toBeCloseTo(10 / 20, 12); // 0.5
  });

  it('sub-objective 1.1 at the end of 2020', () => {
    // Progress markers, weights expect 1 / like 2 / love 3: all eight weigh 3×1 + 3×2 + 2×3 = 15;
    // seen by March 2020: law, courts, cases (3 × 1) + convictions, repeat convictions (2 × 2) = 7.
    const markers = 7 / 15;
    const convictions = 10 / 20;
    const uzbek = (102000 - 170000) / (0 - 170000); // decreasing: 68,000 of 170,000 = 0.4
    const nigerSchools = (100 - 0) / (100 - 0);
    expect(at('2020-12-31', 'so1-1').progress).toBeCloseTo((markers + convictions + uzbek + nigerSchools) / 4, 12); // 0.59167
  });

  it('the ILO special paragraph, dated June 2015, is the only finding of the duty-bearer review until the year-end', () => {
    // At 30 September 2015: the review's latest finding is the special paragraph, rating 0.1;
    // under 1.3 SDG target 8.7 was adopted on 25 September 2015 (yes = 1); 1.1 and 1.2 have no
    // reading yet (the UK Act is dated 29 October 2015). ko1 = (0.1 + 1) / 2 over half its weight.
    expect(indicatorAt('2015-09-30', 'duty-bearer-review').progress).toBeCloseTo(0.1, 12);
    expect(at('2015-09-30', 'ko1').progress).toBeCloseTo((0.1 + 1) / 2, 12); // 0.55
    expect(at('2015-09-30', 'ko1').coverage).toBeCloseTo(2 / 4, 12);
    // At the end of 2016 the latest finding is that of 2015 (rating 0.2): no finding is written for 2016.
    expect(indicatorAt('2016-12-31', 'duty-bearer-review').progress).toBeCloseTo(0.2, 12);
  });

  it('the Forced Labour Protocol against the "50 for Freedom" goal: expected in full from 2018', () => {
    // Milestone 50 at 2018-12-31 is the whole way from 0 to the final 50: expected progress 1 from then on.
    const end2019 = indicatorAt('2019-12-31', 'forced-labour-protocol-ratifications');
    expect(end2019.progress).toBeCloseTo(36 / 50, 12); // 0.72
    expect(end2019.expected).toBe(1);
    expect(end2019.status).toBe('off-track'); // 28 points behind, more than 25
    expect(end2019.illustrative).toBe(false);
  });

  it('sub-objective 3.3 is half-way, not achieved: forced marriage counted, child marriage as such not', () => {
    // Scale of three levels (positions 0, 1, 2): baseline 0, target 2, observed 1 in 2017 → 1 / 2.
    expect(at('2020-12-31', 'so3-3').progress).toBeCloseTo(0.5, 12);
    expect(at('2020-12-31', 'so3-3').status).toBe('off-track'); // 50 points behind an expected 100%
  });

  it('key objective 3, key objective 1 and the strategic priority at the end of 2020', () => {
    // ko3: norm-change-stage (level 2 − 1) / (3 − 1) = 0.5; 3.1 partners (66 − 40) / (75 − 40) = 26/35;
    // 3.2 ratifications 36/50; 3.3 scale 1/2; 3.4 discrimination (2 − 1) / (3 − 1) = 0.5.
    const ko3 = (0.5 + 26 / 35 + 36 / 50 + 0.5 + 0.5) / 5; // 0.59257
    expect(at('2020-12-31', 'ko3').progress).toBeCloseTo(ko3, 12);
    // ko1: duty-bearer-review rating 0.55 (2019); 1.1 as above; 1.2 = (business markers 9/18 + UK law 1) / 2; 1.3 = 1.
    // Business markers weigh 3×1 + 3×2 + 3×3 = 18; seen: 3 expect (3) + 3 like (6) = 9.
    const so11 = (7 / 15 + 10 / 20 + 0.4 + 1) / 4;
    const ko1 = (0.55 + so11 + (9 / 18 + 1) / 2 + 1) / 4; // 0.72292
    expect(at('2020-12-31', 'ko1').progress).toBeCloseTo(ko1, 12);
    const ko2 = (77388 / 100000 + (53683 / 60000 + (62 - 25) / 45) / 2 + (37 / 200 + 17 / 20 + 452 / 500) / 3) / 3; // 0.75956
    // Strategic priority: countries 9/10 (illustrative) with the three key objectives.
    const priority = (9 / 10 + ko1 + ko2 + ko3) / 4; // 0.74376
    expect(at('2020-12-31', 'strategic-priority').progress).toBeCloseTo(priority, 12);
    expect(at('2020-12-31', 'strategic-priority').status).toBe('off-track'); // 25.6 points behind, more than 25
    expect(at('2020-12-31', 'vision').progress).toBeCloseTo(priority, 12);
  });
});

describe('ASI: readings older than the 18-month limit (maxReadingAge: P18M) at the end of 2020', () => {
  // Old when 2020-12-31 is after the reading's date plus 18 months, i.e. for readings dated
  // 2019-06-30 or earlier. The latest observation of each indicator, from asi.yaml:
  // 2016-03-31 brick kilns, people freed (cumulative: its most recent), Niger children;
  // 2017-12-31 Niger schools, marriage scale; 2018-03-31 people counted, movements.
  // Ratifications (2019-07-17) are within the limit; the UK Act (2015) and SDG 8.7 (2015)
  // have their own 10-year limit, as laws and adopted targets stay true.
  const report = rollUp(model, { asOf: '2020-12-31' });
  const old = report.indicators.filter((indicator) => indicator.old === true).map((indicator) => indicator.id);

  it('marks exactly the seven indicators whose latest reading is older than 18 months', () => {
    expect([...old].sort()).toEqual([
      'brick-kiln-workers-reached',
      'marriage-recognised-as-slavery',
      'mauritania-people-freed',
      'movements-strengthened',
      'niger-children-in-education',
      'niger-schools-government-funded',
      'people-counted-by-asi',
    ]);
  });

  it('key objective 2 rests on recent readings for a sixth of its coverage', () => {
    // ko2 ← people counted (old: 0), 2.1 ← (brick kilns old 0, rights knowledge 2020: 1) = 1/2,
    // 2.2 ← (people freed, movements, Niger children: all old) = 0. Mean: (0 + 1/2 + 0) / 3.
    const ko2 = progressOf(report, 'ko2') as ResultProgress;
    expect(ko2.coverage).toBe(1);
    expect(ko2.recentCoverage).toBeCloseTo(1 / 6, 12);
  });
});
