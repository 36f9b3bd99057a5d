/**
 * Messages a programme officer can act on: every problem at once, a likely
 * fix for a typo, and where a misplaced field belongs.
 */
import { describe, expect, it } from 'vitest';
import { validate, type Diagnostic } from '../../src/index.js';
import { FIELDS } from '../../src/diagnostics/field-homes.js';
import { DocumentHeaderSchema, NodeSchema } from '../../src/document/schema.js';

const GOAL = { kind: 'goal', id: 'impact', title: 'Every village has clean water' };
const doc = (nodes: readonly unknown[], header: Record<string, unknown> = {}) => ({ title: 'Water', ...header, nodes });
const found = (document: unknown): [string, Diagnostic['path'], string][] => validate(document).diagnostics.map((d) => [d.code, d.path, d.message]);

describe('every problem at once', () => {
  it('a bad date in an indicator does not hide a bad value in the same indicator', () => {
    const indicator = {
      kind: 'indicator',
      id: 'share',
      title: 'Share of wells working',
      measures: ['impact'],
      measure: { kind: 'percentage' },
      baseline: { date: '2024-01-01', value: 40 },
      targets: [{ date: '2025-02-30', value: 90 }],
      observations: [{ date: '2025-06-30', value: '48%' }],
    };
    expect(found(doc([GOAL, indicator])).map(([code, path]) => [code, path]).sort()).toEqual([
      ['invalid-date', ['nodes', 1, 'targets', 0, 'date']],
      ['value-mismatch', ['nodes', 1, 'observations', 0, 'value']],
    ]);
  });

  it('a reading with its own structural problem, or a measure that cannot be read, adds nothing more', () => {
    const broken = (fields: Record<string, unknown>) => ({ kind: 'indicator', id: 'i', title: 'I', measures: ['impact'], measure: { kind: 'number' }, ...fields });
    // The value is an object: zod says so; the lenient check does not say it again.
    expect(found(doc([GOAL, broken({ observations: [{ date: '2025-06-30', value: { n: 4 } }] })])).map(([code]) => code)).toEqual(['invalid-type']);
    // No readable measure: only the measure's own problem.
    expect(found(doc([GOAL, broken({ measure: { kind: 'count' }, observations: [{ date: '2025-06-30', value: 'x' }] })])).map(([code]) => code)).toEqual(['invalid-value']);
  });
});

describe('a dimension without a name', () => {
  const indicator = (fields: Record<string, unknown>) => ({ kind: 'indicator', id: 'i', title: 'I', measures: ['impact'], measure: { kind: 'number' }, ...fields });

  it('in dimensions, or in the for of a breakdown, is named as such at its key', () => {
    expect(found(doc([GOAL, indicator({ dimensions: { '': ['female'] } })]))).toEqual([
      ['invalid-value', ['nodes', 1, 'dimensions', ''], 'Indicator "i": "dimensions" has a dimension with an empty name; write the dimension\'s name, e.g. sex or age.'],
    ]);
    const part = { for: { '': 'female' }, value: 1 };
    expect(found(doc([GOAL, indicator({ dimensions: { sex: ['female'] }, baseline: { date: '2020-01-01', value: 1, breakdown: [part] } })]))).toEqual([
      ['invalid-value', ['nodes', 1, 'baseline', 'breakdown', 0, 'for', ''], 'Indicator "i": "baseline.breakdown[0].for" has a dimension with an empty name; write the dimension\'s name, e.g. sex or age.'],
    ]);
  });
});

describe('did you mean', () => {
  it('an unknown reference suggests the id of a node the relation can reach', () => {
    const messages = found(doc([GOAL, { kind: 'objective', id: 'wells', title: 'Wells', contributesTo: ['impactt'] }, { kind: 'objective', id: 'pumps', title: 'Pumps', contributesTo: ['welsl'] }]));
    expect(messages.filter(([code]) => code === 'unknown-reference').map(([, , m]) => m)).toEqual([
      'Objective "wells" contributes to "impactt", but no node has the id "impactt". Did you mean "impact"?',
      'Objective "pumps" contributes to "welsl", but no node has the id "welsl". Did you mean "wells"?',
    ]);
    // Not an id of the wrong kind: an assumption is not something an objective contributes to.
    const wrongKind = found(doc([GOAL, { kind: 'assumption', id: 'spares', title: 'Spares', status: 'holds' }, { kind: 'objective', id: 'o', title: 'O', contributesTo: ['spare'] }]));
    expect(wrongKind.find(([code]) => code === 'unknown-reference')?.[2]).toBe('Objective "o" contributes to "spare", but no node has the id "spare".');
  });

  it('an unknown field, kind, level or value suggests the one meant', () => {
    const typo = found(doc([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: ['impact'], levle: 'Outcome' }]));
    expect(typo.find(([code]) => code === 'unknown-field')?.[2]).toBe('Objective "o" has a field "levle" that the format does not define. Did you mean "level"?');
    const kind = found(doc([GOAL, { kind: 'objectve', id: 'o', title: 'O' }]));
    expect(kind.find(([code]) => code === 'unknown-kind')?.[2]).toContain('Did you mean "objective"?');
    const level = found(doc([{ ...GOAL, level: 'impact' }], { levels: ['Impact', 'Outcome'] }));
    expect(level.find(([code]) => code === 'unknown-level')?.[2]).toContain('Did you mean "Impact"?');
    const actor = found(doc([GOAL, { kind: 'duty-bearer', id: 'd', title: 'D', actorType: 'busines', accountableFor: ['impact'] }]));
    expect(actor.find(([code]) => code === 'invalid-value')?.[2]).toContain('Did you mean "business"?');
    const plain = found(doc([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: ['impact'], colour: 'red' }]));
    expect(plain.find(([code]) => code === 'unknown-field')?.[2]).toBe('Objective "o" has a field "colour" that the format does not define. Check its spelling.');
  });
});

describe('a field in the wrong place says where it belongs', () => {
  const indicator = (fields: Record<string, unknown>) => ({ kind: 'indicator', id: 'i', title: 'I', measures: ['impact'], measure: { kind: 'number' }, ...fields });
  const cases: [string, unknown, Diagnostic['path'], string][] = [
    ['unit inside measure', doc([GOAL, indicator({ measure: { kind: 'number', unit: 'people' } })]), ['nodes', 1, 'measure', 'unit'], 'Indicator "i" has a field "unit" inside "measure" that the format does not define. "unit" belongs on the indicator itself.'],
    ['value on the indicator', doc([GOAL, indicator({ value: 4 })]), ['nodes', 1, 'value'], 'Indicator "i" has a field "value" that the format does not define. "value" belongs inside a baseline, target or observation.'],
    ['weight on an objective', doc([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: ['impact'], weight: 2 }]), ['nodes', 1, 'weight'], '"weight" belongs inside a link such as `contributesTo: [{ to: …, weight: 2 }]`.'],
    ['levels on a goal', doc([{ ...GOAL, levels: ['A'] }]), ['nodes', 0, 'levels'], '"levels" belongs inside "measure".'],
    ['period on a node', doc([{ ...GOAL, period: { start: '2024-01-01', end: '2026-12-31' } }]), ['nodes', 0, 'period'], '"period" belongs at the top of the document.'],
    ['kind at the top', { ...doc([GOAL]), kind: 'goal' }, ['kind'], '"kind" belongs on a node, in the list of "nodes".'],
    ['unit on an objective', doc([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: ['impact'], unit: 'people' }]), ['nodes', 1, 'unit'], '"unit" belongs on the indicator itself.'],
  ];
  for (const [name, document, path, words] of cases) {
    it(name, () => {
      const unknown = found(document).filter(([code]) => code === 'unknown-field');
      expect(unknown.map(([, p]) => p)).toEqual([path]);
      expect(unknown[0]?.[2]).toContain(words);
    });
  }

  it('the table of fields matches the schema, so hints never name a field the format lacks', () => {
    // zod mini keeps a schema's parts in its definition (`def`).
    type Def<T> = { readonly def: T };
    const shape = (schema: unknown): string[] => Object.keys((schema as Def<{ shape: Record<string, unknown> }>).def.shape).sort();
    const options = (NodeSchema as unknown as Def<{ options: Def<{ shape: Record<string, unknown> }>[] }>).def.options;
    for (const option of options) {
      const kind = (option.def.shape.kind as Def<{ values: [keyof typeof FIELDS] }>).def.values[0];
      expect([...FIELDS[kind]].sort()).toEqual(shape(option));
    }
    expect([...FIELDS.document].sort()).toEqual(shape(DocumentHeaderSchema));
  });
});

describe('a date written day/month/year', () => {
  const dated = (date: string) => found(doc([GOAL, { kind: 'indicator', id: 'i', title: 'I', measures: ['impact'], measure: { kind: 'number' }, baseline: { date, value: 0 } }]));
  const cases: [string, string][] = [
    ['31/12/2025', 'Write it as 2025-12-31.'],
    ['12/31/2025', 'Write it as 2025-12-31.'],
    ['1.2.2025', 'Write it as 2025-02-01 if it is day/month/year, or 2025-01-02 if it is month/day/year.'],
    ['05-05-2025', 'Write it as 2025-05-05.'],
  ];
  for (const [date, hint] of cases) {
    it(`${date}: ${hint}`, () => {
      const message = dated(date).find(([code]) => code === 'invalid-date')?.[2];
      expect(message).toBe(`Indicator "i": "baseline.date" must be a real calendar date written YYYY-MM-DD, but it is the text "${date}". ${hint}`);
    });
  }
  it('gives no hint for what is not a day, month and year', () => {
    for (const date of ['2025-02-30', '31/13/2025', 'next year']) expect(dated(date).find(([code]) => code === 'invalid-date')?.[2]).toMatch(/"\.$/);
  });
});
