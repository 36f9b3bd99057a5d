/**
 * A small labour-inspection programme with result types, a boundary partner
 * whose behaviour progress markers describe, and readings with source
 * documents and flags; shared by the tests under test/partners/.
 */
import type { TheoryOfChangeDocument } from '../../src/index.js';

export const PARTNERS: TheoryOfChangeDocument = {
  title: 'Labour inspection',
  nodes: [
    { kind: 'goal', id: 'g', title: 'Workers are free from forced labour', resultType: 'impact' },
    { kind: 'objective', id: 'oc', ref: '1', title: 'The inspectorate enforces labour law', resultType: 'outcome', contributesTo: ['g'] },
    { kind: 'objective', id: 'op', ref: '1.1', title: 'Inspectors are trained', resultType: 'output', contributesTo: ['oc'] },
    { kind: 'boundary-partner', id: 'insp', title: 'Labour inspectorate', actorType: 'state', engagedIn: ['oc'] },
    {
      kind: 'indicator',
      id: 'm',
      ref: '1a',
      title: 'Inspectorate practice',
      measures: ['oc'],
      measure: {
        kind: 'markers',
        of: 'insp',
        markers: [
          { id: 'a', grade: 'expect', title: 'Inspects farms' },
          { id: 'b', grade: 'like', title: 'Publishes findings' },
          { id: 'c', grade: 'love', title: 'Refers cases to prosecutors' },
        ],
      },
      targets: [{ date: '2023-12-31', value: ['a', 'b', 'c'] }],
      observations: [
        {
          date: '2022-06-30',
          value: ['b', 'a'],
          flags: ['provisional'],
          sources: [{ title: 'Inspectorate annual report 2021', url: 'https://example.org/ar21', date: '2022-05-01', kind: 'administrative' }],
        },
      ],
    },
    {
      kind: 'indicator',
      id: 't',
      ref: '1.1a',
      title: 'Inspectors trained',
      unit: 'inspectors',
      measures: ['op'],
      measure: { kind: 'number' },
      baseline: { date: '2020-01-01', value: 0 },
      targets: [{ date: '2023-12-31', value: 200 }],
      observations: [{ date: '2022-06-30', value: 120, flags: ['estimated'] }],
    },
  ],
};
