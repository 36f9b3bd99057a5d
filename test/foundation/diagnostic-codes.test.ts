/**
 * One minimal document per diagnostic code: the code, its severity, the exact
 * path, the ids involved, and a message that names the ids and where. A
 * meta-test fails when DIAGNOSTIC_CODES gains a code that has no case here.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_CODES,
  validate,
  type Diagnostic,
  type DiagnosticCode,
  type DocumentPath,
} from '../../src/index.js';
import { readModelFile } from '../../src/node/index.js';
import { codes, doc, GOAL, INDICATOR } from './helpers.js';
import { CASES, tempDir, type CodeCase } from './code-cases.js';

describe('every diagnostic code', () => {
  it('has a case here (meta-test)', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
    expect(Object.keys(DIAGNOSTIC_CODES)).toHaveLength(75);
  });

  it('the quiet base document has no diagnostics at all', () => {
    const result = validate(doc([GOAL, INDICATOR]));
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  for (const [code, c] of Object.entries(CASES) as [DiagnosticCode, CodeCase][]) {
    it(`${code}: ${DIAGNOSTIC_CODES[code].summary}`, async () => {
      const diagnostics = await c.run();
      expect(codes(diagnostics)).toEqual([code, ...(c.alongside ?? [])].sort());
      const found = diagnostics.find((d) => d.code === code);
      // Read from text, a diagnostic also says where (test/reading/positions.test.ts checks the places).
      const { file: _file, position: _position, ...rest } = found ?? ({} as Diagnostic);
      expect(rest).toEqual({ code, severity: c.severity, path: c.path, ids: c.ids, message: expect.any(String) });
      expect(c.severity).toBe(DIAGNOSTIC_CODES[code].severity);
      for (const mention of c.mentions) expect(found?.message).toContain(mention);
    });
  }
});

describe('more ways to trigger the codes', () => {
  const only = (document: unknown, code: DiagnosticCode): Diagnostic[] => validate(document).diagnostics.filter((d) => d.code === code);

  it('invalid-type: a document that is not an object', () => {
    for (const [value, described] of [
      [42, 'the number 42'],
      [null, 'empty (null)'],
      [[], 'a list'],
      ['title: x', 'the text "title: x"'],
      [undefined, 'missing'],
    ] as const) {
      const result = validate(value);
      expect(result.ok).toBe(false);
      expect(result.diagnostics).toEqual([
        {
          code: 'invalid-type',
          severity: 'error',
          path: [],
          ids: [],
          message: `The document must be an object with a "title" and a list of "nodes", but it is ${described}.`,
        },
      ]);
    }
  });

  it('invalid-type: nodes that are not a list, a node that is not an object, a bad union member', () => {
    expect(only(doc([]), 'invalid-type')).toEqual([]);
    expect(only({ title: 'T', nodes: { g: GOAL } }, 'invalid-type')).toEqual([
      { code: 'invalid-type', severity: 'error', path: ['nodes'], ids: [], message: 'The document: "nodes" must be a list, but it is an object.' },
    ]);
    expect(only(doc(['g']), 'invalid-type')).toEqual([
      { code: 'invalid-type', severity: 'error', path: ['nodes', 0], ids: [], message: 'Node 1 (nodes[0]): the value must be an object, but it is the text "g".' },
    ]);
    expect(only(doc([{ ...GOAL, contributesTo: [7] }]), 'invalid-type')).toEqual([
      {
        code: 'invalid-type',
        severity: 'error',
        path: ['nodes', 0, 'contributesTo', 0],
        ids: ['g'],
        message: 'Goal "g": "contributesTo[0]" must be text or an object, but it is the number 7.',
      },
    ]);
    expect(only(doc([GOAL, { ...INDICATOR, baseline: { date: '2024-01-01', value: ['a', 5] } }]), 'invalid-type')).toEqual([
      {
        code: 'invalid-type',
        severity: 'error',
        path: ['nodes', 1, 'baseline', 'value', 1],
        ids: ['i'],
        message: 'Indicator "i": "baseline.value[1]" must be text, but it is the number 5.',
      },
    ]);
  });

  it('invalid-type: a weight that is not a number is reported on the weight, not as a bad link', () => {
    expect(only(doc([GOAL, { ...INDICATOR, measures: [{ to: 'g', weight: 'heavy' }] }]), 'invalid-type')).toEqual([
      {
        code: 'invalid-type',
        severity: 'error',
        path: ['nodes', 1, 'measures', 0, 'weight'],
        ids: ['i'],
        message: 'Indicator "i": "measures[0].weight" must be a number, but it is the text "heavy".',
      },
    ]);
  });

  it('missing-field: the title, the nodes, a measure, an empty entry in the list of nodes', () => {
    expect(validate({ nodes: [] }).diagnostics).toEqual([
      { code: 'missing-field', severity: 'error', path: ['title'], ids: [], message: 'The document is missing "title".' },
    ]);
    expect(validate({ title: 'T' }).diagnostics).toEqual([
      { code: 'missing-field', severity: 'error', path: ['nodes'], ids: [], message: 'The document is missing "nodes".' },
    ]);
    expect(only(doc([GOAL, { kind: 'indicator', id: 'i', title: 'I', measures: ['g'] }]), 'missing-field')).toEqual([
      { code: 'missing-field', severity: 'error', path: ['nodes', 1, 'measure'], ids: ['i'], message: 'Indicator "i" is missing "measure".' },
    ]);
    expect(only(doc([GOAL, INDICATOR, { kind: 'assumption', id: 'a', title: 'A' }]), 'missing-field')).toEqual([
      { code: 'missing-field', severity: 'error', path: ['nodes', 2, 'status'], ids: ['a'], message: 'Assumption "a" is missing "status".' },
    ]);
    const sparse: unknown[] = [GOAL, INDICATOR];
    sparse.length = 3; // a hole at nodes[2]
    const result = validate(doc(sparse));
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      { code: 'missing-field', severity: 'error', path: ['nodes', 2], ids: [], message: 'Node 3 (nodes[2]) is missing: the list has an empty entry there.' },
    ]);
  });

  it('unknown-kind: a node without a kind', () => {
    expect(only(doc([GOAL, INDICATOR, { id: 'x', title: 'X' }]), 'unknown-kind')).toEqual([
      {
        code: 'unknown-kind',
        severity: 'error',
        path: ['nodes', 2, 'kind'],
        ids: ['x'],
        message: 'Node "x" has no "kind"; it must be one of "goal", "objective", "duty-bearer", "rights-holder", "indicator", "assumption", "boundary-partner".',
      },
    ]);
  });

  it('invalid-value: an unknown measure kind, a one-level scale, an unknown enum value, a wrong schemaVersion', () => {
    expect(only(doc([GOAL, { ...INDICATOR, measure: { kind: 'count' } }]), 'invalid-value')).toEqual([
      {
        code: 'invalid-value',
        severity: 'error',
        path: ['nodes', 1, 'measure', 'kind'],
        ids: ['i'],
        message: 'Indicator "i" has the text "count" as its "measure.kind"; it must be one of "number", "percentage", "boolean", "scale", "markers", "qualitative".',
      },
    ]);
    expect(only(doc([GOAL, { ...INDICATOR, measure: { kind: 'scale', levels: ['low'] } }]), 'invalid-value')).toEqual([
      { code: 'invalid-value', severity: 'error', path: ['nodes', 1, 'measure', 'levels'], ids: ['i'], message: 'Indicator "i": "measure.levels" needs at least 2 entries.' },
    ]);
    expect(only(doc([GOAL, INDICATOR, { kind: 'duty-bearer', id: 'd', title: 'D', actorType: 'king', accountableFor: ['g'] }]), 'invalid-value')).toEqual([
      {
        code: 'invalid-value',
        severity: 'error',
        path: ['nodes', 2, 'actorType'],
        ids: ['d'],
        message:
          'Duty bearer "d": "actorType" must be one of "state", "law-enforcement", "judiciary", "business", "international", "civil-society", "community", "other", but it is the text "king".',
      },
    ]);
    expect(only(doc([GOAL, INDICATOR], { schemaVersion: 2 }), 'invalid-value')).toEqual([
      { code: 'invalid-value', severity: 'error', path: ['schemaVersion'], ids: [], message: 'The document: "schemaVersion" must be one of 1, but it is the number 2.' },
    ]);
  });

  it('invalid-value: a value that contains itself, or nests too deep, is reported instead of crashing', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(validate(doc([{ ...GOAL, meta: { x: loop } }, INDICATOR])).diagnostics).toEqual([
      {
        code: 'invalid-value',
        severity: 'error',
        path: ['nodes', 0, 'meta', 'x', 'self'],
        ids: ['g'],
        message: 'Goal "g": "meta.x.self" refers back to a value that contains it (a loop, e.g. a YAML anchor used inside itself), which a document cannot hold.',
      },
    ]);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(validate(doc([GOAL, INDICATOR], { meta: { deep } })).diagnostics).toEqual([
      { code: 'invalid-value', severity: 'error', path: ['meta'], ids: [], message: 'The document: "meta" nests more than 256 levels deep.' },
    ]);
    // Shared (not looping) values are fine, as YAML aliases produce them.
    const shared = { list: [1, 2, 3] };
    expect(validate(doc([GOAL, INDICATOR], { meta: { a: shared, b: shared } })).ok).toBe(true);
  });

  it('invalid-value: a "__proto__" key in meta, which parsing would silently lose', () => {
    const raw: unknown = JSON.parse('{"title":"T","meta":{"__proto__":{"x":1}},"nodes":[]}');
    expect(validate(raw).diagnostics).toEqual([
      {
        code: 'invalid-value',
        severity: 'error',
        path: ['meta', '__proto__'],
        ids: [],
        message: 'The document: "meta.__proto__" uses the key "__proto__", which JavaScript treats specially, so it would be lost; rename it.',
      },
    ]);
  });

  it('non-finite-number: NaN anywhere a number goes', () => {
    expect(only(doc([{ ...GOAL, assessments: [{ progress: Number.NaN }] }, INDICATOR]), 'non-finite-number')).toEqual([
      {
        code: 'non-finite-number',
        severity: 'error',
        path: ['nodes', 0, 'assessments', 0, 'progress'],
        ids: ['g'],
        message: 'Goal "g": "assessments[0].progress" must be a finite number, but it is NaN.',
      },
    ]);
    const nanValue = doc([GOAL, { ...INDICATOR, measure: { kind: 'number' }, baseline: { date: '2024-01-01', value: Number.NaN } }]);
    expect(only(nanValue, 'non-finite-number').map((d) => [d.path, d.message])).toEqual([
      [['nodes', 1, 'baseline', 'value'], 'Indicator "i": "baseline.value" must be a finite number, but it is NaN.'],
    ]);
    const nanWeight = doc([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', weight: Number.NaN }] }, INDICATOR]);
    expect(only(nanWeight, 'non-finite-number').map((d) => d.path)).toEqual([['nodes', 1, 'contributesTo', 0, 'weight']]);
  });

  it('non-positive-weight: negative weights on contributes-to links', () => {
    const d = doc([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', weight: -2 }] }, INDICATOR]);
    expect(only(d, 'non-positive-weight')).toEqual([
      {
        code: 'non-positive-weight',
        severity: 'error',
        path: ['nodes', 1, 'contributesTo', 0, 'weight'],
        ids: ['o'],
        message: 'Objective "o": "contributesTo[0].weight" must be greater than 0, but it is the number -2.',
      },
    ]);
  });

  it('invalid-date: a time is not a date, and the period is checked too', () => {
    expect(only(doc([GOAL, INDICATOR], { period: { start: '2024-01-01T00:00Z', end: '2025-01-01' } }), 'invalid-date')).toEqual([
      {
        code: 'invalid-date',
        severity: 'error',
        path: ['period', 'start'],
        ids: [],
        message: 'The document: "period.start" must be a real calendar date written YYYY-MM-DD, but it is the text "2024-01-01T00:00Z".',
      },
    ]);
  });

  it('invalid-duration: on the document, as a number, in lower case, with a time or a fraction', () => {
    const at = (value: unknown): [DocumentPath, string][] => only(doc([GOAL, INDICATOR], { maxReadingAge: value }), 'invalid-duration').map((d) => [d.path, d.message]);
    const rule = 'The document: "maxReadingAge" must be an ISO 8601 duration such as P18M (18 months), P2Y or P90D, but it is';
    expect(at(18)).toEqual([[['maxReadingAge'], `${rule} the number 18. Write the unit too: P18M for 18 months, P18D for 18 days.`]]);
    expect(at('p18m')).toEqual([[['maxReadingAge'], `${rule} the text "p18m". Write it in capitals, without spaces: P18M.`]]);
    expect(at('PT24H')).toEqual([[['maxReadingAge'], `${rule} the text "PT24H". Only years, months, weeks and days are used, nothing after a T: write P1D, not PT24H.`]]);
    expect(at('1.5 years')).toEqual([[['maxReadingAge'], `${rule} the text "1.5 years". 1.5 years is written P1Y6M.`]]);
    expect(at('P1.5Y')).toEqual([[['maxReadingAge'], `${rule} the text "P1.5Y". 1.5 years is written P1Y6M.`]]);
    expect(at('1 year and 6 months')).toEqual([[['maxReadingAge'], `${rule} the text "1 year and 6 months". 1 year 6 months is written P1Y6M.`]]);
    expect(at('2 weeks')).toEqual([[['maxReadingAge'], `${rule} the text "2 weeks". 2 weeks is written P2W.`]]);
    expect(at('eighteen months')).toEqual([[['maxReadingAge'], `${rule} the text "eighteen months".`]]);
    expect(at('')).toEqual([[['maxReadingAge'], `${rule} the text "".`]]);
    for (const good of ['P18M', 'P1Y6M', 'P2W', 'P90D', 'P1Y2W3D', 'P0D']) expect(validate(doc([GOAL, INDICATOR], { maxReadingAge: good })).diagnostics).toEqual([]);
  });

  it('duplicate-id: two progress markers with one id', () => {
    const markers = [
      { id: 'm', grade: 'expect', title: 'Ministry meets us' },
      { id: 'm', grade: 'love', title: 'Ministry publishes data' },
    ];
    expect(only(doc([GOAL, { ...INDICATOR, measure: { kind: 'markers', markers } }]), 'duplicate-id')).toEqual([
      {
        code: 'duplicate-id',
        severity: 'error',
        path: ['nodes', 1, 'measure', 'markers', 1, 'id'],
        ids: ['i'],
        message: 'Indicator "i" lists the progress marker "m" twice.',
      },
    ]);
  });

  it('duplicate-level: a scale level listed twice', () => {
    expect(only(doc([GOAL, { ...INDICATOR, measure: { kind: 'scale', levels: ['low', 'high', 'low'] } }]), 'duplicate-level')).toEqual([
      { code: 'duplicate-level', severity: 'error', path: ['nodes', 1, 'measure', 'levels', 2], ids: ['i'], message: 'Indicator "i" lists the scale level "low" twice.' },
    ]);
  });

  it('duplicate-relation: a link resting on the same assumption twice', () => {
    const d = doc([
      GOAL,
      { kind: 'assumption', id: 'a', title: 'A', status: 'holds' },
      { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', assumptions: ['a', 'a'] }] },
      INDICATOR,
    ]);
    expect(only(d, 'duplicate-relation')).toEqual([
      {
        code: 'duplicate-relation',
        severity: 'error',
        path: ['nodes', 2, 'contributesTo', 0, 'assumptions', 1],
        ids: ['o', 'g', 'a'],
        message: 'Objective "o" rests its link to "g" on the assumption "a" twice.',
      },
    ]);
  });

  it('unknown-reference: in contributesTo, accountableFor, benefitsFrom and a link’s assumptions', () => {
    const d = doc([
      { ...GOAL, contributesTo: ['vision'] },
      { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', assumptions: ['will'] }] },
      { kind: 'duty-bearer', id: 'd', title: 'D', actorType: 'state', accountableFor: ['ko9'] },
      { kind: 'rights-holder', id: 'r', title: 'R', benefitsFrom: ['ko8'] },
      INDICATOR,
    ]);
    expect(only(d, 'unknown-reference').map((x) => [x.path, x.ids, x.message])).toEqual([
      [['nodes', 0, 'contributesTo', 0], ['g', 'vision'], 'Goal "g" contributes to "vision", but no node has the id "vision".'],
      [['nodes', 1, 'contributesTo', 0, 'assumptions', 0], ['o', 'will'], 'Objective "o" rests its link to "g" on "will", but no node has the id "will".'],
      [['nodes', 2, 'accountableFor', 0], ['d', 'ko9'], 'Duty bearer "d" is accountable for "ko9", but no node has the id "ko9".'],
      [['nodes', 3, 'benefitsFrom', 0], ['r', 'ko8'], 'Rights holder "r" benefits from "ko8", but no node has the id "ko8".'],
    ]);
  });

  it('unknown-level: a level in a document that lists none', () => {
    expect(only(doc([{ ...GOAL, level: 'Impact' }, INDICATOR]), 'unknown-level')).toEqual([
      { code: 'unknown-level', severity: 'error', path: ['nodes', 0, 'level'], ids: ['g'], message: 'Goal "g" is at level "Impact", but the document lists no levels.' },
    ]);
  });

  it('wrong-relation-kind: a goal contributing to an objective, an indicator measuring a duty bearer, a link resting on a goal', () => {
    const d = doc([
      GOAL,
      { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', assumptions: ['g'] }] },
      { kind: 'goal', id: 'g2', title: 'G2', contributesTo: ['o'] },
      { kind: 'duty-bearer', id: 'd', title: 'D', actorType: 'state', accountableFor: ['g'] },
      { ...INDICATOR, measures: ['g', 'd'] },
      { kind: 'rights-holder', id: 'r', title: 'R', benefitsFrom: ['a'] },
      { kind: 'assumption', id: 'a', title: 'A', status: 'holds' },
    ]);
    expect(only(d, 'wrong-relation-kind').map((x) => [x.path, x.ids, x.message])).toEqual([
      [['nodes', 1, 'contributesTo', 0, 'assumptions', 0], ['o', 'g'], 'Objective "o" rests its link to "g" on Goal "g", but an objective can only link this way to assumptions.'],
      [['nodes', 2, 'contributesTo', 0], ['g2', 'o'], 'Goal "g2" contributes to Objective "o", but a goal can only link this way to goals.'],
      [['nodes', 4, 'measures', 1], ['i', 'd'], 'Indicator "i" measures Duty bearer "d", but an indicator can only link this way to goals or objectives.'],
      [['nodes', 5, 'benefitsFrom', 0], ['r', 'a'], 'Rights holder "r" benefits from Assumption "a", but a rights holder can only link this way to goals or objectives.'],
    ]);
  });

  it('cycle: a node contributing to itself, and one diagnostic per separate loop', () => {
    const d = doc([
      GOAL,
      { kind: 'objective', id: 'self', title: 'S', contributesTo: ['g', 'self'] },
      { kind: 'objective', id: 'x', title: 'X', contributesTo: ['g', 'z'] },
      { kind: 'objective', id: 'y', title: 'Y', contributesTo: ['x'] },
      { kind: 'objective', id: 'z', title: 'Z', contributesTo: ['y'] },
      { ...INDICATOR, measures: ['g', 'self', 'x'] },
    ]);
    expect(only(d, 'cycle').map((x) => [x.path, x.ids, x.message])).toEqual([
      [['nodes', 1, 'contributesTo'], ['self'], 'Contributes-to links form a loop: "self" → "self". A result cannot, through others, contribute to itself.'],
      [['nodes', 2, 'contributesTo'], ['x', 'z', 'y'], 'Contributes-to links form a loop: "x" → "z" → "y" → "x". A result cannot, through others, contribute to itself.'],
    ]);
  });

  it('value-mismatch: every way a reading can misfit its measure', () => {
    const scale = { kind: 'scale', levels: ['none', 'some', 'all'] };
    const markers = { kind: 'markers', markers: [{ id: 'meets', grade: 'expect', title: 'Meets us' }] };
    const cases: [Record<string, unknown>, DocumentPath, string][] = [
      [{ measure: { kind: 'percentage' }, baseline: { date: '2024-01-01', value: 120 } }, ['baseline', 'value'], 'a percentage must lie between 0 and 100'],
      [{ measure: { kind: 'number' }, baseline: { date: '2024-01-01', value: 'many' } }, ['baseline', 'value'], 'this indicator records numbers'],
      [{ measure: scale, observations: [{ date: '2024-01-01', value: 'most' }] }, ['observations', 0, 'value'], 'one of the levels "none", "some", "all"'],
      [{ measure: markers, observations: [{ date: '2024-01-01', value: ['meets', 'sues'] }] }, ['observations', 0, 'value'], '"sues" is not one of its markers'],
      [{ measure: { kind: 'qualitative' }, observations: [{ date: '2024-01-01', value: 'Good' }] }, ['observations', 0, 'rating'], 'needs a "rating" between 0 and 1'],
      [{ measure: { kind: 'boolean' }, observations: [{ date: '2024-01-01', value: true, rating: 1 }] }, ['observations', 0, 'rating'], 'only qualitative indicators take ratings'],
      [{ measure: { kind: 'percentage' }, combine: 'cumulative' }, ['combine'], 'only works for a "number" measure, not "percentage"'],
    ];
    for (const [fields, at, words] of cases) {
      const { targets: _targets, ...untargeted } = INDICATOR;
      const found = only(doc([GOAL, { ...untargeted, ...fields }]), 'value-mismatch');
      expect(found.map((x) => [x.path, x.ids])).toEqual([[['nodes', 1, ...at], ['i']]]);
      expect(found[0]?.message).toContain(words);
      expect(found[0]?.message).toContain('Indicator "i"');
    }
  });

  it('target-wrong-side: a decreasing indicator whose target is above its baseline', () => {
    const d = doc([
      GOAL,
      {
        ...INDICATOR,
        measure: { kind: 'number' },
        direction: 'decrease',
        baseline: { date: '2024-01-01', value: 10 },
        targets: [
          { date: '2025-01-01', value: 12 },
          { date: '2026-01-01', value: 2 },
        ],
      },
    ]);
    expect(only(d, 'target-wrong-side').map((x) => [x.path, x.message])).toEqual([
      [['nodes', 1, 'targets', 0, 'value'], 'Indicator "i" should decrease, but its target of 2025-01-01 (12) is above its baseline (10).'],
    ]);
  });

  it('target-equals-baseline looks at the final target by date, not by position', () => {
    const d = doc([
      GOAL,
      {
        ...INDICATOR,
        measure: { kind: 'number' },
        baseline: { date: '2024-01-01', value: 10 },
        targets: [
          { date: '2026-01-01', value: 10 },
          { date: '2025-01-01', value: 20 },
        ],
      },
    ]);
    expect(only(d, 'target-equals-baseline').map((x) => x.path)).toEqual([['nodes', 1, 'targets', 0, 'value']]);
    const yesNo = doc([GOAL, { ...INDICATOR, baseline: { date: '2024-01-01', value: true }, targets: [{ date: '2026-01-01', value: true }] }]);
    expect(only(yesNo, 'target-equals-baseline').map((x) => x.message)).toEqual([
      'Indicator "i": its final target equals its baseline (the value true), so it is read as a level to maintain: progress is 100% while the value stays at or above it, and 0% otherwise.',
    ]);
  });

  it('level-order: a link between two nodes of one level', () => {
    const d = doc(
      [
        { ...GOAL, level: 'Impact' },
        { kind: 'objective', id: 'a', title: 'A', level: 'Outcome', contributesTo: ['g'] },
        { kind: 'objective', id: 'b', title: 'B', level: 'Outcome', contributesTo: ['a'] },
        { ...INDICATOR, measures: ['b'] },
      ],
      { levels: ['Impact', 'Outcome'] },
    );
    const result = validate(d);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((x) => [x.code, x.path, x.ids])).toEqual([['level-order', ['nodes', 2, 'contributesTo', 0], ['b', 'a']]]);
  });

  it('invalid-syntax: from readModelFile, for a file that is not YAML', async () => {
    const path = join(await tempDir(), 'broken.yaml');
    await writeFile(path, 'title: Test\ntitle: Twice\nnodes: []\n');
    const result = await readModelFile(path);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'invalid-syntax', severity: 'error', path: [], ids: [] });
    expect(result.diagnostics[0]?.message).toBe(`${path} is not valid YAML or JSON at line 2, column 1: the key "title" is written twice in the same map; each key may appear once (keep one of them).`);
    expect(result.diagnostics[0]).toMatchObject({ file: path, position: { line: 2, column: 1 } });
  });

  it('unreadable-file: a folder is not a file', async () => {
    const dir = await tempDir();
    const result = await readModelFile(dir);
    expect(result.diagnostics).toEqual([
      { code: 'unreadable-file', severity: 'error', path: [], ids: [], message: `${dir} could not be read (it is a folder, not a file: EISDIR).` },
    ]);
  });
});
