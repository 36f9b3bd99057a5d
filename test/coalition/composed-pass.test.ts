/**
 * The composed pass of a coalition's validation does not parse again the
 * members' nodes composition only prefixed (they passed the node schema in
 * their member's own pass): it parses the joint nodes and the members' nodes
 * composition changed (a link added, a shared indicator merged, a reading age
 * given), and gives the same model, key for key and in the same key order, as
 * parsing every node of the composed document would.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeCoalition } from '../../src/coalition/compose.js';
import { validateCoalition } from '../../src/coalition/validate-coalition.js';
import { NodeSchema } from '../../src/document/schema.js';
import { validate } from '../../src/validate/validate.js';

afterEach(() => vi.restoreAllMocks());

/** Member a: 3 nodes, keys written in an unusual order. */
const a = {
  title: 'Member A',
  nodes: [
    { title: 'Slavery ends', id: 'g', kind: 'goal' },
    { contributesTo: ['g'], title: 'Laws are ratified', kind: 'objective', id: 'o' },
    { measures: ['o'], kind: 'indicator', id: 'i', title: 'Ratifications', measure: { kind: 'number' }, observations: [{ value: 36, date: '2019-07-17' }] },
  ],
};
/** Member b: 4 nodes. */
const b = {
  title: 'Member B',
  nodes: [
    { kind: 'goal', id: 'h', title: 'Decent work' },
    { kind: 'objective', id: 'p', title: 'Standards', contributesTo: ['h'] },
    { kind: 'indicator', id: 'j', title: 'Standards adopted', measures: ['p'], measure: { kind: 'percentage' }, baseline: { date: '2017-01-01', value: 20 } },
    { kind: 'assumption', id: 's', title: 'States listen', status: 'holds' },
  ],
};
/** Two joint nodes, a link from a:o (so a:o is changed by composition). */
const coalition = {
  title: 'Coalition',
  members: [
    { id: 'a', file: 'a.yaml' },
    { id: 'b', file: 'b.yaml' },
  ],
  nodes: [
    { kind: 'goal', id: 'jg', title: 'Joint goal' },
    { kind: 'objective', id: 'jo', title: 'Joint objective', contributesTo: ['jg'] },
  ],
  links: [
    { from: 'a:o', to: 'jo' },
    { from: 'b:p', to: 'jo', weight: 2 },
  ],
};
const documents = new Map<string, unknown>([
  ['a', a],
  ['b', b],
]);

describe('the composed pass', () => {
  it('parses each member node once, and again only the joint nodes and the nodes composition changed', () => {
    const parse = vi.spyOn(NodeSchema, 'safeParse');
    const result = validateCoalition(coalition, documents, { name: 'c.yaml' });
    expect(result.ok).toBe(true);
    // 3 + 4 in the members' own passes; then jg, jo, a:o and b:p (each given a link): 11, not 7 + 9 = 16.
    expect(parse).toHaveBeenCalledTimes(11);
  });

  it('keeps each member node as parsing gives it (keys in the schema’s order), ids prefixed', () => {
    const result = validateCoalition(coalition, documents, { name: 'c.yaml' });
    if (!result.ok) throw new Error('expected a valid coalition');
    expect(JSON.stringify(result.model.node('a:g'))).toBe('{"kind":"goal","id":"a:g","title":"Slavery ends"}');
    expect(JSON.stringify(result.model.node('a:i'))).toBe('{"kind":"indicator","id":"a:i","title":"Ratifications","measures":["a:o"],"measure":{"kind":"number"},"observations":[{"date":"2019-07-17","value":36}]}');
    expect(JSON.stringify(result.model.node('b:s'))).toBe('{"kind":"assumption","id":"b:s","title":"States listen","status":"holds"}');
    expect(Object.isFrozen(result.model.node('a:i'))).toBe(true);
  });

  it('gives the model that parsing every composed node gives (property)', () => {
    const id = fc.constantFrom('x', 'y', 'z', 'w');
    const reading = fc.record({ date: fc.constantFrom('2018-01-01', '2019-06-30', '2020-12-31'), value: fc.integer({ min: 0, max: 100 }) });
    const member = fc.record({
      maxReadingAge: fc.option(fc.constantFrom('P1Y', 'P6M'), { nil: undefined }),
      order: fc.boolean(),
      readings: fc.array(reading, { maxLength: 3 }),
      code: fc.boolean(),
      link: fc.option(id, { nil: undefined }),
    });
    fc.assert(
      fc.property(member, member, fc.boolean(), (ma, mb, shared) => {
        const doc = (m: typeof ma): Record<string, unknown> => {
          const indicator: Record<string, unknown> = { kind: 'indicator', id: 'i', title: 'Count', measures: ['o'], measure: { kind: 'number' }, observations: m.readings, ...(m.code ? { frameworks: [{ framework: 'ILO', code: 'P029' }] } : {}) };
          const objective = m.order ? { contributesTo: ['g'], id: 'o', kind: 'objective', title: 'O' } : { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', weight: 2 }] };
          return { title: 'M', ...(m.maxReadingAge === undefined ? {} : { maxReadingAge: m.maxReadingAge }), nodes: [{ kind: 'goal', id: 'g', title: 'G' }, objective, indicator] };
        };
        const docs = new Map<string, unknown>([
          ['a', doc(ma)],
          ['b', doc(mb)],
        ]);
        const c = {
          title: 'C',
          members: coalition.members,
          nodes: coalition.nodes,
          links: [...(ma.link === undefined ? [] : [{ from: 'a:o', to: 'jo' }]), ...(mb.link === undefined ? [] : [{ from: 'b:g', to: 'jo' }])],
          ...(shared ? { sharedIndicators: [{ id: 'count', indicators: ['a:i', 'b:i'] }] } : {}),
        };
        const result = validateCoalition(c, docs, { name: 'c.yaml' });
        const reference = validate(composeCoalition(c, docs, 'c.yaml').document);
        // A coalition fails where its members or its composition do; when it is valid, so is the composed document.
        if (result.ok) expect(reference.ok).toBe(true);
        if (result.ok && reference.ok) expect(JSON.stringify(result.model.document)).toBe(JSON.stringify(reference.model.document));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a member’s link to a joint node that is not there', () => {
  it('is an error at the link in the coalition file, and the coalition is not valid', () => {
    const member = { title: 'A', nodes: [{ kind: 'goal', id: 'g', title: 'G' }, { kind: 'objective', id: 'o', title: 'O', contributesTo: ['g'] }] };
    const c = { title: 'C', members: [{ id: 'a', file: 'a.yaml' }], nodes: coalition.nodes, links: [{ from: 'a:o', to: 'joo' }] };
    const result = validateCoalition(c, new Map([['a', member]]), { name: 'c.yaml' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file, d.path, d.ids, d.message])).toEqual([
      ['unknown-reference', 'c.yaml', ['links', 0], ['a:o', 'joo'], 'Objective "a:o" contributes to "joo", but no node has the id "joo". Did you mean "jo"?'],
    ]);
  });
});
