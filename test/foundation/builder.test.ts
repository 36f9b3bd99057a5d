import { describe, expect, it } from 'vitest';
import { loadModel, TheoryOfChangeError, theoryOfChange, toDocument, validate, type TheoryOfChangeDocument } from '../../src/index.js';

/** The README's clean-water example, as a document. */
const waterDocument: TheoryOfChangeDocument = {
  title: 'Clean water for every village',
  levels: ['Impact', 'Outcome'],
  nodes: [
    { kind: 'goal', id: 'impact', title: 'Every village has clean water', level: 'Impact' },
    { kind: 'assumption', id: 'spares', title: 'Spare parts can be bought locally', status: 'uncertain' },
    {
      kind: 'objective',
      id: 'wells',
      ref: '1',
      title: 'Wells are maintained',
      level: 'Outcome',
      contributesTo: [{ to: 'impact', weight: 2, assumptions: ['spares'], note: 'Maintained wells keep water clean' }],
    },
    { kind: 'objective', id: 'committees', title: 'Village committees run the wells', level: 'Outcome', contributesTo: ['impact'] },
    { kind: 'duty-bearer', id: 'district', title: 'District water office', actorType: 'state', accountableFor: ['wells'] },
    { kind: 'rights-holder', id: 'villagers', title: 'Villagers', benefitsFrom: ['impact'] },
    {
      kind: 'indicator',
      id: 'working-wells',
      title: 'Share of wells working',
      measure: { kind: 'percentage' },
      measures: ['wells', { to: 'committees', weight: 0.5 }],
      baseline: { date: '2024-01-01', value: 40 },
      targets: [{ date: '2026-12-31', value: 90 }],
      observations: [{ date: '2025-06-30', value: 55, source: 'District survey' }],
    },
  ],
};

const waterBuilder = theoryOfChange({ title: 'Clean water for every village', levels: ['Impact', 'Outcome'] })
  .goal('impact', { title: 'Every village has clean water', level: 'Impact' })
  .assumption('spares', { title: 'Spare parts can be bought locally', status: 'uncertain' })
  .objective('wells', {
    ref: '1',
    title: 'Wells are maintained',
    level: 'Outcome',
    contributesTo: [{ to: 'impact', weight: 2, assumptions: ['spares'], note: 'Maintained wells keep water clean' }],
  })
  .objective('committees', { title: 'Village committees run the wells', level: 'Outcome', contributesTo: ['impact'] })
  .dutyBearer('district', { title: 'District water office', actorType: 'state', accountableFor: ['wells'] })
  .rightsHolder('villagers', { title: 'Villagers', benefitsFrom: ['impact'] })
  .indicator('working-wells', {
    title: 'Share of wells working',
    measure: { kind: 'percentage' },
    measures: ['wells', { to: 'committees', weight: 0.5 }],
    baseline: { date: '2024-01-01', value: 40 },
    targets: [{ date: '2026-12-31', value: 90 }],
    observations: [{ date: '2025-06-30', value: 55, source: 'District survey' }],
  });

describe('the builder and the document format', () => {
  it('give equal models', () => {
    const built = waterBuilder.build();
    const loaded = loadModel(waterDocument);
    expect(toDocument(built)).toStrictEqual(toDocument(loaded));
    expect(toDocument(built)).toStrictEqual(waterDocument);
    expect(built.relations).toStrictEqual(loaded.relations);
    expect(built.topologicalOrder()).toEqual(['committees', 'wells', 'impact']);
    expect(built.indicatorsOf('committees')).toEqual(['working-wells']);
  });

  it('writes the nodes in the order they were added', () => {
    expect(waterBuilder.toDocument().nodes.map((n) => n.id)).toEqual(['impact', 'spares', 'wells', 'committees', 'district', 'villagers', 'working-wells']);
  });

  it('is immutable: each call returns a new builder, and branches do not affect each other', () => {
    const base = theoryOfChange({ title: 'T' }).goal('g', { title: 'G' });
    const left = base.objective('a', { title: 'A', contributesTo: ['g'] });
    const right = base.objective('b', { title: 'B', contributesTo: ['g'] });
    expect(base.toDocument().nodes.map((n) => n.id)).toEqual(['g']);
    expect(left.toDocument().nodes.map((n) => n.id)).toEqual(['g', 'a']);
    expect(right.toDocument().nodes.map((n) => n.id)).toEqual(['g', 'b']);
    expect(left).not.toBe(base);
  });

  it('validate() reports what build() throws', () => {
    // The builder checks references at compile time; at run time, validation still catches what types cannot.
    const b = theoryOfChange({ title: 'T' })
      .goal('g', { title: 'G' })
      .indicator('i', { title: 'I', measure: { kind: 'percentage' }, measures: ['g'], baseline: { date: '2024-01-01', value: 'forty' }, targets: [{ date: '2025-01-01', value: 90 }] });
    const result = b.validate();
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([['value-mismatch', ['nodes', 1, 'baseline', 'value']]]);
    expect(() => b.build()).toThrow(TheoryOfChangeError);
    expect(validate(b.toDocument())).toEqual(result);
  });
});

describe('the builder catches wrong references at compile time', () => {
  const base = theoryOfChange({ title: 'T', levels: ['Impact', 'Outcome'] })
    .goal('vision', { title: 'Vision', level: 'Impact' })
    .goal('priority', { title: 'Priority', level: 'Impact', contributesTo: ['vision'] })
    .assumption('will', { title: 'Political will', status: 'holds' })
    .objective('ko1', { title: 'Key objective', level: 'Outcome', contributesTo: [{ to: 'priority', assumptions: ['will'] }] })
    .dutyBearer('ministry', { title: 'Ministry', actorType: 'state', accountableFor: ['ko1'] });

  it('an unknown contributesTo target', () => {
    // @ts-expect-error -- 'ko9' was never declared.
    const b = base.objective('so1', { title: 'Sub-objective', contributesTo: ['ko9'] });
    expect(b.validate().diagnostics.map((d) => d.code)).toContain('unknown-reference');
  });

  it('a target declared only later', () => {
    // @ts-expect-error -- 'later' is declared after the link to it.
    const b = base.objective('early', { title: 'Early', contributesTo: ['later'] }).objective('later', { title: 'Later', contributesTo: ['ko1'] });
    // At run time the order does not matter: the document is valid.
    expect(b.validate().diagnostics.map((d) => d.code)).not.toContain('unknown-reference');
  });

  it('a goal contributing to an objective', () => {
    // @ts-expect-error -- goals contribute only to goals.
    const b = base.goal('g2', { title: 'Goal 2', contributesTo: ['ko1'] });
    expect(b.validate().diagnostics.map((d) => d.code)).toContain('wrong-relation-kind');
  });

  it('a repeated id', () => {
    // @ts-expect-error -- 'ko1' is taken.
    const b = base.objective('ko1', { title: 'Again', contributesTo: ['vision'] });
    expect(b.validate().diagnostics.map((d) => d.code)).toContain('duplicate-id');
    // @ts-expect-error -- ids are shared by all kinds: an assumption cannot reuse a goal's.
    base.assumption('vision', { title: 'A', status: 'holds' });
  });

  it('an unknown level, and a level in a builder that names none', () => {
    // @ts-expect-error -- 'Output' is not one of the levels.
    const b = base.objective('so1', { title: 'Sub', level: 'Output', contributesTo: ['ko1'] });
    expect(b.validate().diagnostics.map((d) => d.code)).toContain('unknown-level');
    // @ts-expect-error -- no levels were named.
    theoryOfChange({ title: 'T' }).goal('g', { title: 'G', level: 'Impact' });
  });

  it('an indicator measuring a duty bearer', () => {
    // @ts-expect-error -- indicators measure goals and objectives only.
    const b = base.indicator('laws', { title: 'Laws', measure: { kind: 'boolean' }, measures: ['ministry'] });
    expect(b.validate().diagnostics.map((d) => d.code)).toContain('wrong-relation-kind');
  });

  it('a link resting on something that is not an assumption, and actors linked to non-results', () => {
    // @ts-expect-error -- 'ko1' is not an assumption.
    base.objective('so1', { title: 'Sub', contributesTo: [{ to: 'ko1', assumptions: ['ko1'] }] });
    // @ts-expect-error -- duty bearers are accountable for goals and objectives only.
    base.dutyBearer('courts', { title: 'Courts', actorType: 'judiciary', accountableFor: ['will'] });
    // @ts-expect-error -- rights holders benefit from goals and objectives only.
    base.rightsHolder('people', { title: 'People', benefitsFrom: ['ministry'] });
    expect(base.validate().ok).toBe(true);
  });

  it('accepts every correct link', () => {
    const model = base
      .objective('so1', { title: 'Sub', level: 'Outcome', contributesTo: ['ko1', { to: 'vision', weight: 2 }] })
      .rightsHolder('people', { title: 'People', actorType: 'community', benefitsFrom: ['vision', 'so1'] })
      .indicator('laws', { title: 'Laws', measure: { kind: 'boolean' }, measures: ['so1', { to: 'priority', weight: 3 }] })
      .build();
    expect(model.subObjectives('ko1')).toEqual(['so1']);
    expect(model.rightsHoldersOf('so1')).toEqual(['people']);
  });
});
