import { describe, expect, it } from 'vitest';
import { loadModel, progressSeries, rollUp } from '../../src/index.js';
import { formatDutyBearerTable, formatSeriesTable } from '../../src/report/index.js';

// Laws: 2 of 10 by 2020-12-31, 5 of 10 by 2021-12-31. Two duty bearers accountable for 1.
const model = loadModel({
  title: 'T',
  nodes: [
    { kind: 'goal', id: 'g', title: 'Goal' },
    { kind: 'objective', id: 'o1', ref: '1', title: 'Laws pass', contributesTo: ['g'] },
    { kind: 'objective', id: 'o1-1', ref: '1.1', title: 'Drafts', contributesTo: ['o1'] },
    { kind: 'duty-bearer', id: 'j', title: 'The judiciary', actorType: 'judiciary', accountableFor: ['o1'] },
    { kind: 'duty-bearer', id: 'm', title: 'Ministry', actorType: 'state', accountableFor: ['o1'] },
    {
      kind: 'indicator',
      id: 'laws',
      title: 'Laws passed',
      measures: ['o1'],
      measure: { kind: 'number' },
      baseline: { date: '2020-01-01', value: 0 },
      targets: [{ date: '2022-12-31', value: 10 }],
      observations: [
        { date: '2020-06-30', value: 2 },
        { date: '2021-06-30', value: 5 },
      ],
    },
  ],
});

describe('formatDutyBearerTable', () => {
  it('names the actor type unless the title does, and leaves a blank line between duty bearers', () => {
    const lines = formatDutyBearerTable(model, rollUp(model, { asOf: '2021-12-31' })).split('\n');
    // Both answer for 1 first: by title, Ministry before The judiciary. 1 is 5 of 10 (50%) where 730 of 1,095 days
    // (67%) are gone: 17 points behind, at risk; coverage 50%, as 1.1 (one of its two inputs) has no data.
    expect(lines.slice(2)).toEqual([
      'Ref  Duty bearer / accountable for  Progress  Coverage  Status',
      '───  ─────────────────────────────  ────────  ────────  ──────────────',
      '     Ministry (state)                                   worst: at risk',
      '1      Laws pass                         50%       50%  at risk',
      '',
      '     The judiciary                                      worst: at risk',
      '1      Laws pass                         50%       50%  at risk',
    ]);
  });
});

describe('formatSeriesTable', () => {
  it('heads year-end columns by the year, and lists rows down to a depth', () => {
    const text = formatSeriesTable(model, progressSeries(model, ['2020-12-31', '2021-12-31']), { depth: 1 });
    expect(text.split('\n')).toEqual([
      'T — progress at each year-end',
      '',
      'Ref  Goal / objective  2020  2021',
      '───  ────────────────  ────  ────',
      '     Goal               20%   50%',
      '1      Laws pass        20%   50%',
    ]);
  });
});
