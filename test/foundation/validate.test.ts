import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_CODES,
  formatDiagnostics,
  formatPath,
  loadModel,
  TheoryOfChangeError,
  theoryOfChange,
  toDocument,
  validate,
  type AdjustableCode,
  type SeverityOverrides,
} from '../../src/index.js';
import { anyFrozen, codes, deepFreeze, doc, GOAL, INDICATOR } from './helpers.js';

/** A document with three warnings and no errors. */
const warned = doc(
  [
    { ...GOAL, level: 'Outcome', contributesTo: ['top'] },
    { kind: 'goal', id: 'top', title: 'Top', level: 'Impact' },
    { kind: 'indicator', id: 'n', title: 'People freed', measure: { kind: 'number' }, measures: ['g'], targets: [{ date: '2026-01-01', value: 5 }] },
    { kind: 'assumption', id: 'a', title: 'Political will', status: 'holds' },
  ],
  { levels: ['Impact', 'Outcome'] },
);

describe('severities per code', () => {
  it('the document used here has warnings only', () => {
    const result = validate(warned);
    expect(result.ok).toBe(true);
    expect(codes(result.diagnostics)).toEqual(['assumption-unused', 'missing-baseline']);
  });

  it('a warning raised to an error makes the result not ok', () => {
    const result = validate(warned, { severities: { 'missing-baseline': 'error' } });
    expect(result.ok).toBe(false);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['missing-baseline', 'error'],
      ['assumption-unused', 'warning'],
    ]);
  });

  it('"off" removes a code; other warnings stay', () => {
    const result = validate(warned, { severities: { 'assumption-unused': 'off' } });
    expect(result.ok).toBe(true);
    expect(codes(result.diagnostics)).toEqual(['missing-baseline']);
    expect(validate(warned, { severities: { 'assumption-unused': 'off', 'missing-baseline': 'off' } }).diagnostics).toEqual([]);
  });

  it('"warning" keeps a warning as it is', () => {
    expect(validate(warned, { severities: { 'missing-baseline': 'warning' } }).diagnostics).toEqual(validate(warned).diagnostics);
  });

  it('applies through loadModel and the builder too', () => {
    expect(() => loadModel(warned)).not.toThrow();
    expect(() => loadModel(warned, { severities: { 'assumption-unused': 'error' } })).toThrow(TheoryOfChangeError);
    const builder = theoryOfChange({ title: 'T' }).goal('g', { title: 'G' });
    expect(builder.validate().ok).toBe(true);
    expect(builder.validate({ severities: { 'unmeasured-objective': 'error' } }).ok).toBe(false);
    expect(() => builder.build({ severities: { 'unmeasured-objective': 'error' } })).toThrow(TheoryOfChangeError);
  });

  it('errors cannot be downgraded: a type error, and ignored at run time', () => {
    const broken = doc([GOAL, { ...INDICATOR, measures: ['nowhere'] }]);
    // @ts-expect-error -- unknown-reference is an error; errors cannot be made warnings.
    const downgrade: SeverityOverrides = { 'unknown-reference': 'warning' };
    // @ts-expect-error -- nor turned off.
    const off: SeverityOverrides = { cycle: 'off' };
    for (const severities of [downgrade, off]) {
      const result = validate(broken, { severities });
      expect(result.ok).toBe(false);
      expect(result.diagnostics.filter((d) => d.code === 'unknown-reference').map((d) => d.severity)).toEqual(['error']);
    }
  });

  it('AdjustableCode is exactly the warning codes', () => {
    type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
    type Warnings =
      | 'unmeasured-objective'
      | 'missing-baseline'
      | 'missing-target'
      | 'target-wrong-side'
      | 'target-equals-baseline'
      | 'milestone-beyond-target'
      | 'duplicate-reading'
      | 'goal-unreachable'
      | 'indicator-unlinked'
      | 'duty-bearer-unlinked'
      | 'assumption-unused'
      | 'level-order'
      | 'overlapping-observations'
      | 'outside-target-periods'
      | 'assumption-status-contradicted'
      | 'output-to-impact'
      | 'result-type-order'
      | 'iati-no-results'
      | 'iati-unusable-value'
      | 'iati-invalid-date'
      | 'iati-ascending-assumed'
      | 'iati-direction-doubtful'
      | 'iati-measure-as-number'
      | 'iati-percentage-out-of-range'
      | 'iati-result-type-other'
      | 'iati-reading-left-out'
      | 'iati-total-from-parts'
      | 'iati-result-without-indicator'
      | 'iati-placeholder'
      | 'iati-not-carried-over'
      | 'coalition-gap'
      | 'coalition-conflicting-claims'
      | 'coalition-member-period';
    const exact: Equal<AdjustableCode, Warnings> = true;
    expect(exact).toBe(true);
    const warnings = Object.entries(DIAGNOSTIC_CODES)
      .filter(([, v]) => v.severity === 'warning')
      .map(([k]) => k)
      .sort();
    expect(warnings).toEqual(
      [
        'unmeasured-objective',
        'missing-baseline',
        'missing-target',
        'target-wrong-side',
        'target-equals-baseline',
        'milestone-beyond-target',
        'duplicate-reading',
        'goal-unreachable',
        'indicator-unlinked',
        'duty-bearer-unlinked',
        'assumption-unused',
        'level-order',
        'overlapping-observations',
        'outside-target-periods',
        'assumption-status-contradicted',
        'output-to-impact',
        'result-type-order',
        'iati-no-results',
        'iati-unusable-value',
        'iati-invalid-date',
        'iati-ascending-assumed',
        'iati-direction-doubtful',
        'iati-measure-as-number',
        'iati-percentage-out-of-range',
        'iati-result-type-other',
        'iati-reading-left-out',
        'iati-total-from-parts',
        'iati-result-without-indicator',
        'iati-placeholder',
        'iati-not-carried-over',
        'coalition-gap',
        'coalition-conflicting-claims',
        'coalition-member-period',
      ].sort(),
    );
  });
});

describe('structural and graph problems are reported together', () => {
  it('a bad weight, an unknown reference and a cycle elsewhere: all three', () => {
    const d = doc([
      GOAL,
      { kind: 'objective', id: 'heavy', title: 'Bad weight', contributesTo: [{ to: 'g', weight: -1 }] },
      { kind: 'objective', id: 'lost', title: 'Unknown target', contributesTo: ['ko9'] },
      { kind: 'objective', id: 'p', title: 'P', contributesTo: ['g', 'q'] },
      { kind: 'objective', id: 'q', title: 'Q', contributesTo: ['p'] },
      { ...INDICATOR, measures: ['g', 'heavy', 'lost', 'p'] },
    ]);
    const result = validate(d);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((x) => x.severity === 'error').map((x) => [x.code, x.path])).toEqual([
      ['non-positive-weight', ['nodes', 1, 'contributesTo', 0, 'weight']],
      ['unknown-reference', ['nodes', 2, 'contributesTo', 0]],
      ['cycle', ['nodes', 3, 'contributesTo']],
    ]);
  });

  it('one node with a structural problem still has its references, level and loops checked', () => {
    const d = doc(
      [
        GOAL,
        { kind: 'objective', id: 'o', title: '', level: 'Nowhere', tpyo: 1, contributesTo: ['o', 'ghost', { to: 'g', weight: 0 }] },
        { ...INDICATOR, measures: ['g', 'o'] },
      ],
      { levels: ['Impact'] },
    );
    expect(codes(validate(d).diagnostics)).toEqual(['cycle', 'empty-text', 'non-positive-weight', 'unknown-field', 'unknown-level', 'unknown-reference']);
  });

  it('a problem in the header does not hide node problems, nor invent unknown levels', () => {
    const d = doc([{ ...GOAL, level: 'Impact', contributesTo: ['nope'] }, INDICATOR], { levels: ['Impact', 3], titel: 'typo' });
    expect(validate(d).diagnostics.map((x) => [x.code, x.path])).toEqual([
      ['invalid-type', ['levels', 1]],
      ['unknown-reference', ['nodes', 0, 'contributesTo', 0]],
      ['unknown-field', ['titel']],
    ]);
  });

  it('the period is still checked when the header has another problem', () => {
    const d = doc([GOAL, INDICATOR], { period: { start: '2025-01-01', end: '2020-01-01' }, organisation: 7 });
    expect(codes(validate(d).diagnostics)).toEqual(['invalid-period', 'invalid-type']);
  });

  it('diagnostics come errors first, then in document order', () => {
    const d = doc([
      { kind: 'goal', id: 'lonely', title: 'Unmeasured' },
      { ...INDICATOR, measures: ['zzz'] },
      { kind: 'assumption', id: 'a', title: 'A', status: 'holds' },
      { kind: 'goal', id: '', title: 'No id' },
    ]);
    expect(validate(d).diagnostics.map((x) => [x.severity, x.code, x.path])).toEqual([
      ['error', 'unknown-reference', ['nodes', 1, 'measures', 0]],
      ['error', 'empty-text', ['nodes', 3, 'id']],
      ['warning', 'unmeasured-objective', ['nodes', 0]],
      ['warning', 'assumption-unused', ['nodes', 2]],
    ]);
  });
});

describe('validate leaves its input alone', () => {
  it('accepts a deep-frozen input, and gives the same result as for a copy', () => {
    const raw = {
      title: 'T',
      levels: ['Impact', 'Outcome'],
      meta: { owner: { name: 'M&E team', tags: ['a'] } },
      nodes: [
        { ...GOAL, level: 'Impact', tags: ['x'] },
        { kind: 'objective', id: 'o', title: 'O', level: 'Outcome', contributesTo: [{ to: 'g', weight: 2, assumptions: ['a'] }] },
        { kind: 'assumption', id: 'a', title: 'A', status: 'holds', evidence: [{ summary: 'Study' }] },
        { ...INDICATOR, measures: ['o'], baseline: { date: '2024-01-01', value: false } },
      ],
    };
    const copy = structuredClone(raw);
    const frozen = deepFreeze(structuredClone(raw));
    const fromFrozen = validate(frozen);
    expect(fromFrozen.ok).toBe(true);
    expect(fromFrozen).toEqual(validate(copy));
    expect(frozen).toEqual(raw);
  });

  it('neither changes nor freezes an input it accepts', () => {
    const raw = doc([{ ...GOAL, meta: { notes: ['n'] } }, { ...INDICATOR, measures: [{ to: 'g', weight: 2 }] }]);
    const copy = structuredClone(raw);
    const result = validate(raw);
    expect(result.ok).toBe(true);
    expect(raw).toStrictEqual(copy);
    expect(anyFrozen(raw)).toBe(false);
    // The model's document is a frozen copy, not the input.
    if (result.ok) expect(toDocument(result.model)).not.toBe(raw);
  });
});

describe('TheoryOfChangeError', () => {
  const broken = doc([
    GOAL,
    { ...INDICATOR, measures: ['g', 'ghost'] },
    { kind: 'objective', id: 'o', title: '', contributesTo: ['g'] },
    { kind: 'assumption', id: 'a', title: 'A', status: 'holds' },
  ]);

  it('loadModel throws it with every diagnostic, warnings included', () => {
    let caught: unknown;
    try {
      loadModel(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TheoryOfChangeError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as TheoryOfChangeError;
    expect(error.name).toBe('TheoryOfChangeError');
    expect(error.diagnostics).toEqual(validate(broken).diagnostics);
    expect(codes(error.diagnostics)).toEqual(['assumption-unused', 'empty-text', 'unknown-reference', 'unmeasured-objective']);
  });

  it('its message lists the errors readably, one per line', () => {
    expect(() => loadModel(broken)).toThrow(
      [
        'theory-of-change: the document has 2 errors:',
        'error unknown-reference at nodes[1].measures[1]: Indicator "i" measures "ghost", but no node has the id "ghost".',
        'error empty-text at nodes[2].title: Objective "o": "title" must not be empty.',
      ].join('\n'),
    );
    expect(() => loadModel({ title: 'T' })).toThrow('theory-of-change: the document has 1 error:\nerror missing-field at nodes: The document is missing "nodes".');
  });

  it('loadModel returns the model when there are only warnings', () => {
    const model = loadModel(doc([GOAL]));
    expect(model.title).toBe('Test strategy');
    expect(model.has('g')).toBe(true);
  });
});

describe('formatPath and formatDiagnostics', () => {
  it('formats paths the way people read them', () => {
    expect(formatPath([])).toBe('(document)');
    expect(formatPath(['nodes', 3, 'contributesTo', 0, 'weight'])).toBe('nodes[3].contributesTo[0].weight');
    expect(formatPath(['meta', 'has space', 'x'])).toBe('meta["has space"].x');
    expect(formatPath(['actor-type'])).toBe('actor-type');
  });

  it('formats diagnostics one per line', () => {
    const result = validate(doc([GOAL, { ...INDICATOR, measures: ['g', 'g'] }, { kind: 'duty-bearer', id: 'd', title: 'D', actorType: 'state' }]));
    expect(formatDiagnostics(result.diagnostics)).toBe(
      [
        'error duplicate-relation at nodes[1].measures[1]: Indicator "i" measures "g" twice.',
        'warning duty-bearer-unlinked at nodes[2]: Duty bearer "d" is accountable for nothing; list the objectives that depend on it in "accountableFor".',
      ].join('\n'),
    );
    expect(formatDiagnostics([])).toBe('');
  });
});
