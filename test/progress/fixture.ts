import type { TheoryOfChangeDocument } from '../../src/index.js';

/**
 * The three-level model worked by hand in hand-worked.test.ts.
 *
 *   G (goal) ← O1 (weight 2, weighted mean) ← S1 ← iA (increasing, milestone), iB (decreasing)
 *                                           ← S2 (weight 3) ← iC (cumulative)
 *            ← O2 (weight 1, weakest link)  ← S3 ← iD (progress markers); manual assessment 0.9 from 2019-06-30
 *                                           ← S4 ← iE (no data), iF (percentage)
 */
export const handWorked: TheoryOfChangeDocument = {
  title: 'Hand-worked model',
  period: { start: '2015-01-01', end: '2020-12-31' },
  levels: ['Goal', 'Objective', 'Sub-objective'],
  nodes: [
    { kind: 'goal', id: 'G', title: 'Goal', level: 'Goal' },
    { kind: 'objective', id: 'O1', ref: '1', title: 'Objective one', level: 'Objective', contributesTo: [{ to: 'G', weight: 2 }] },
    { kind: 'objective', id: 'O2', ref: '2', title: 'Objective two', level: 'Objective', contributesTo: ['G'], aggregation: 'weakest-link' },
    { kind: 'objective', id: 'S1', ref: '1.1', title: 'Sub one', level: 'Sub-objective', contributesTo: ['O1'] },
    { kind: 'objective', id: 'S2', ref: '1.2', title: 'Sub two', level: 'Sub-objective', contributesTo: [{ to: 'O1', weight: 3 }] },
    {
      kind: 'objective',
      id: 'S3',
      ref: '2.1',
      title: 'Sub three',
      level: 'Sub-objective',
      contributesTo: ['O2'],
      assessments: [{ progress: 0.9, date: '2019-06-30', by: 'M&E lead', note: 'Field visit' }],
    },
    { kind: 'objective', id: 'S4', ref: '2.2', title: 'Sub four', level: 'Sub-objective', contributesTo: ['O2'] },
    {
      kind: 'indicator',
      id: 'iA',
      title: 'Increasing with a milestone',
      measures: ['S1'],
      measure: { kind: 'number' },
      baseline: { date: '2015-01-01', value: 10 },
      targets: [
        { date: '2017-12-31', value: 20 },
        { date: '2020-12-31', value: 50 },
      ],
      observations: [
        { date: '2016-12-31', value: 18 },
        { date: '2018-12-31', value: 30, source: 'Survey 2018' },
        { date: '2020-06-30', value: 60 },
      ],
    },
    {
      kind: 'indicator',
      id: 'iB',
      title: 'Decreasing',
      measures: ['S1'],
      measure: { kind: 'number' },
      direction: 'decrease',
      baseline: { date: '2015-01-01', value: 100 },
      targets: [{ date: '2020-12-31', value: 40 }],
      observations: [
        { date: '2016-12-31', value: 85 },
        { date: '2018-12-31', value: 70 },
      ],
    },
    {
      kind: 'indicator',
      id: 'iC',
      title: 'Cumulative',
      measures: ['S2'],
      measure: { kind: 'number' },
      combine: 'cumulative',
      baseline: { date: '2015-01-01', value: 0 },
      targets: [{ date: '2020-12-31', value: 1000 }],
      observations: [
        { date: '2015-12-31', value: 150 },
        { date: '2016-12-31', value: 250 },
        { date: '2017-12-31', value: 200 },
        { date: '2018-12-31', value: 100 },
      ],
    },
    {
      kind: 'indicator',
      id: 'iD',
      title: 'Progress markers',
      measures: ['S3'],
      measure: {
        kind: 'markers',
        markers: [
          { id: 'e1', grade: 'expect', title: 'Attends meetings' },
          { id: 'e2', grade: 'expect', title: 'Shares data' },
          { id: 'l1', grade: 'like', title: 'Funds a helpline' },
          { id: 'v1', grade: 'love', title: 'Changes the law' },
        ],
      },
      observations: [
        { date: '2016-12-31', value: ['e1'] },
        { date: '2018-12-31', value: ['e1', 'e2', 'l1'] },
      ],
    },
    {
      kind: 'indicator',
      id: 'iE',
      title: 'No data yet',
      measures: ['S4'],
      measure: { kind: 'number' },
      baseline: { date: '2015-01-01', value: 0 },
      targets: [{ date: '2020-12-31', value: 10 }],
    },
    {
      kind: 'indicator',
      id: 'iF',
      title: 'Percentage',
      measures: ['S4'],
      measure: { kind: 'percentage' },
      baseline: { date: '2015-01-01', value: 20 },
      targets: [{ date: '2020-12-31', value: 80 }],
      observations: [{ date: '2018-12-31', value: 50 }],
    },
  ],
};
