/**
 * Numbers and dates: NaN, ±Infinity, −0, huge and tiny values, a target equal
 * to its baseline, dates out of order or impossible, times and time zones,
 * and YAML's own ways of writing numbers. Each is either refused with a clear
 * diagnostic (code, path and message asserted) or handled by a documented
 * rule (value asserted), and a report never holds NaN or Infinity.
 * test/progress/edge-cases.test.ts covers no data, regression, the maintain
 * rule for a target equal to the baseline and huge ranges for one indicator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  explainProgress,
  progressOf,
  rollUp,
  validate,
  type Diagnostic,
  type IndicatorDocument,
  type NodeDocument,
  type ProgressReport,
  type TheoryOfChangeDocument,
} from '../../src/index.js';
import { formatProgressTable, toMarkdownReport } from '../../src/report/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { parseText } from '../../src/node/index.js';
import { validDocument } from '../foundation/arbitraries.js';
import { nonFiniteNumbers, runs } from './support.js';

const GOAL: NodeDocument = { kind: 'goal', id: 'g', title: 'Goal' };
const AS_OF = '2021-06-30';

function indicator(fields: Partial<IndicatorDocument> = {}): IndicatorDocument {
  return {
    kind: 'indicator',
    id: 'i',
    title: 'Indicator',
    measures: ['g'],
    measure: { kind: 'number' },
    baseline: { date: '2020-01-01', value: 0 },
    targets: [{ date: '2022-01-01', value: 10 }],
    observations: [{ date: '2021-01-01', value: 5 }],
    ...fields,
  };
}

function doc(nodes: readonly unknown[], header: Record<string, unknown> = {}): unknown {
  return { title: 'Numbers', ...header, nodes };
}

/** The errors of a document, as [code, path, message]. */
function errors(document: unknown): [string, Diagnostic['path'], string][] {
  return validate(document)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => [d.code, d.path, d.message]);
}

describe('refused with a clear diagnostic', () => {
  const cases: [string, unknown, [string, Diagnostic['path'], string][]][] = [
    ['NaN as a value', doc([GOAL, indicator({ baseline: { date: '2020-01-01', value: Number.NaN } })]), [
      ['non-finite-number', ['nodes', 1, 'baseline', 'value'], 'Indicator "i": "baseline.value" must be a finite number, but it is NaN.'],
    ]],
    ['Infinity as a target', doc([GOAL, indicator({ targets: [{ date: '2022-01-01', value: Number.POSITIVE_INFINITY }] })]), [
      ['non-finite-number', ['nodes', 1, 'targets', 0, 'value'], 'Indicator "i": "targets[0].value" must be a finite number, but it is Infinity.'],
    ]],
    ['-Infinity as an observation', doc([GOAL, indicator({ observations: [{ date: '2021-01-01', value: Number.NEGATIVE_INFINITY }] })]), [
      ['non-finite-number', ['nodes', 1, 'observations', 0, 'value'], 'Indicator "i": "observations[0].value" must be a finite number, but it is -Infinity.'],
    ]],
    ['Infinity as a contributes-to weight', doc([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', weight: Number.POSITIVE_INFINITY }] }]), [
      ['non-finite-number', ['nodes', 1, 'contributesTo', 0, 'weight'], 'Objective "o": "contributesTo[0].weight" must be a finite number, but it is Infinity.'],
    ]],
    ['NaN as a measures weight', doc([GOAL, indicator({ measures: [{ to: 'g', weight: Number.NaN }] })]), [
      ['non-finite-number', ['nodes', 1, 'measures', 0, 'weight'], 'Indicator "i": "measures[0].weight" must be a finite number, but it is NaN.'],
    ]],
    ['-0 as a weight', doc([GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', weight: -0 }] }]), [
      ['non-positive-weight', ['nodes', 1, 'contributesTo', 0, 'weight'], 'Objective "o": "contributesTo[0].weight" must be greater than 0, but it is the number -0.'],
    ]],
    ['NaN as an assessment', doc([{ ...GOAL, assessments: [{ progress: Number.NaN }] }]), [
      ['non-finite-number', ['nodes', 0, 'assessments', 0, 'progress'], 'Goal "g": "assessments[0].progress" must be a finite number, but it is NaN.'],
    ]],
    ['an assessment past 1', doc([{ ...GOAL, assessments: [{ progress: 1.0000001 }] }]), [
      ['invalid-value', ['nodes', 0, 'assessments', 0, 'progress'], 'Goal "g": "assessments[0].progress" must be at most 1, but it is the number 1.0000001.'],
    ]],
    ['a rating below 0', doc([GOAL, indicator({ measure: { kind: 'qualitative' }, baseline: undefined, targets: undefined, observations: [{ date: '2021-01-01', value: 'ok', rating: -5e-324 }] })]), [
      ['invalid-value', ['nodes', 1, 'observations', 0, 'rating'], 'Indicator "i": "observations[0].rating" must be at least 0, but it is the number -5e-324.'],
    ]],
    ['a percentage past 100', doc([GOAL, indicator({ measure: { kind: 'percentage' }, targets: [{ date: '2022-01-01', value: 100.000001 }] })]), [
      ['value-mismatch', ['nodes', 1, 'targets', 0, 'value'], 'Indicator "i": the target of 2022-01-01 is the number 100.000001, but a percentage must lie between 0 and 100.'],
    ]],
    ['an impossible date, 2019-02-30', doc([GOAL, indicator({ observations: [{ date: '2019-02-30', value: 5 }] })]), [
      ['invalid-date', ['nodes', 1, 'observations', 0, 'date'], 'Indicator "i": "observations[0].date" must be a real calendar date written YYYY-MM-DD, but it is the text "2019-02-30".'],
    ]],
    ['29 February of a year that is not a leap year, 1900', doc([GOAL, indicator({ baseline: { date: '1900-02-29', value: 0 } })]), [
      ['invalid-date', ['nodes', 1, 'baseline', 'date'], 'Indicator "i": "baseline.date" must be a real calendar date written YYYY-MM-DD, but it is the text "1900-02-29".'],
    ]],
    ['a time with a time zone, 2019-02-03T10:00Z', doc([GOAL, indicator({ observations: [{ date: '2019-02-03T10:00Z', value: 5 }] })]), [
      ['invalid-date', ['nodes', 1, 'observations', 0, 'date'], 'Indicator "i": "observations[0].date" must be a real calendar date written YYYY-MM-DD, but it is the text "2019-02-03T10:00Z".'],
    ]],
    ['a date with an offset, 2019-02-03+02:00', doc([GOAL, indicator({ targets: [{ date: '2019-02-03+02:00', value: 10 }] })]), [
      ['invalid-date', ['nodes', 1, 'targets', 0, 'date'], 'Indicator "i": "targets[0].date" must be a real calendar date written YYYY-MM-DD, but it is the text "2019-02-03+02:00".'],
    ]],
    ['a date without leading zeros, 2019-2-3', doc([{ ...GOAL, assessments: [{ progress: 0.5, date: '2019-2-3' }] }]), [
      ['invalid-date', ['nodes', 0, 'assessments', 0, 'date'], 'Goal "g": "assessments[0].date" must be a real calendar date written YYYY-MM-DD, but it is the text "2019-2-3".'],
    ]],
    ['a period that ends before it starts', doc([GOAL, indicator()], { period: { start: '2022-01-01', end: '2020-12-31' } }), [
      ['invalid-period', ['period'], 'The period ends (2020-12-31) before it starts (2022-01-01).'],
    ]],
  ];
  it.each(cases)('%s', (_name, document, expected) => {
    expect(errors(document)).toEqual(expected);
  });

  it('a target equal to the baseline is a warning, and progress follows the maintain rule (edge-cases.test.ts)', () => {
    const result = validate(doc([GOAL, indicator({ targets: [{ date: '2022-01-01', value: 0 }] })]));
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([['target-equals-baseline', ['nodes', 1, 'targets', 0, 'value']]]);
    // 5 is at or beyond the target of 0 for an increasing indicator: maintained.
    expect(result.ok && progressOf(rollUp(result.model, { asOf: AS_OF }), 'i')?.progress).toBe(1);
  });
});

/** Progress of the indicator `i` and the goal `g` of a document, as of AS_OF. */
function progressOfDoc(document: unknown): { i: number | null | undefined; g: number | null | undefined; report: string } {
  const result = validate(document);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  const report = rollUp(result.model, { asOf: AS_OF });
  return { i: progressOf(report, 'i')?.progress, g: progressOf(report, 'g')?.progress, report: JSON.stringify(report) };
}

describe('handled by a documented rule', () => {
  it('−0 is 0: as a value it counts as 0, and reports print it as 0', () => {
    const { i, report } = progressOfDoc(doc([GOAL, indicator({ baseline: { date: '2020-01-01', value: -0 }, observations: [{ date: '2021-01-01', value: -0 }] })]));
    expect(i).toBe(0);
    expect(report).not.toMatch(/:-0[,}\]]/);
    const assessed = validate(doc([{ ...GOAL, assessments: [{ progress: -0 }] }]));
    if (!assessed.ok) throw new Error('invalid');
    const r = rollUp(assessed.model, { asOf: AS_OF });
    expect(progressOf(r, 'g')?.progress === 0).toBe(true);
    expect(toMermaid(assessed.model, r)).toContain('0#37; · ');
    expect(toMermaid(assessed.model, r)).not.toMatch(/-0(#37;|%)/);
  });

  it('huge and tiny values give progress in [0, 1], never NaN or Infinity', () => {
    expect(progressOfDoc(doc([GOAL, indicator({ baseline: { date: '2020-01-01', value: -1.7976931348623157e308 }, targets: [{ date: '2022-01-01', value: 1.7976931348623157e308 }], observations: [{ date: '2021-01-01', value: 0 }] })])).i).toBe(0.5);
    expect(progressOfDoc(doc([GOAL, indicator({ targets: [{ date: '2022-01-01', value: 5e-324 }], observations: [{ date: '2021-01-01', value: 5e-324 }] })])).i).toBe(1);
    expect(progressOfDoc(doc([GOAL, indicator({ targets: [{ date: '2022-01-01', value: 1e-320 }], observations: [{ date: '2021-01-01', value: 5e-321 }] })])).i).toBe(0.5);
    // Weights at both ends of the allowed range (10⁻⁹ and 10¹⁵) are weights like any other: 0 and 1 → 0.5; 1e-9 at 0 beside 1e15 at 1.
    const ends = (a: number, b: number) =>
      progressOfDoc(
        doc([
          GOAL,
          { kind: 'objective', id: 'a', title: 'A', contributesTo: [{ to: 'g', weight: a }] },
          { kind: 'objective', id: 'b', title: 'B', contributesTo: [{ to: 'g', weight: b }] },
          indicator({ id: 'i', measures: ['a'], observations: [{ date: '2021-01-01', value: 0 }] }),
          indicator({ id: 'j', measures: ['b'], observations: [{ date: '2021-01-01', value: 10 }] }),
        ]),
      ).g;
    expect(ends(1e-9, 1e-9)).toBe(0.5);
    expect(ends(1e15, 1e15)).toBe(0.5);
    // 1e15 / (1e15 + 1e-9) is 1 to 24 digits: the double nearest it is 1.
    expect(ends(1e-9, 1e15)).toBe(1);
  });

  it('observations in any order: the latest by date counts; on one date, identical ones count once and cumulative ones all count', () => {
    expect(progressOfDoc(doc([GOAL, indicator({ observations: [{ date: '2021-03-01', value: 8 }, { date: '2021-01-01', value: 2 }] })])).i).toBe(0.8);
    // Two readings of 5 on one date (sources differ): one reading of 5; the report lists the one whose source sorts first.
    const twice = progressOfDoc(doc([GOAL, indicator({ observations: [{ date: '2021-01-01', value: 5, source: 'B' }, { date: '2021-01-01', value: 5, source: 'A' }] })]));
    expect(twice.i).toBe(0.5);
    expect((JSON.parse(twice.report) as ProgressReport).indicators[0]?.observations).toEqual([{ date: '2021-01-01', value: 5, source: 'A' }]);
    // Cumulative: all observations from the baseline date to the report date add up, in any order, two on one date included.
    expect(progressOfDoc(doc([GOAL, indicator({ combine: 'cumulative', observations: [{ date: '2021-03-01', value: 3 }, { date: '2020-06-01', value: 4 }] })])).i).toBe(0.7);
    expect(progressOfDoc(doc([GOAL, indicator({ combine: 'cumulative', observations: [{ date: '2021-03-01', value: 3 }, { date: '2021-03-01', value: 4 }] })])).i).toBe(0.7);
  });

  it('targets in any order: the latest by date is the final target, the others are milestones', () => {
    // Final target 10 on 2022-01-01; 4 is a milestone. Observation 5 of 10.
    const { i, report } = progressOfDoc(doc([GOAL, indicator({ targets: [{ date: '2022-01-01', value: 10 }, { date: '2021-01-01', value: 4 }] })]));
    expect(i).toBe(0.5);
    expect(report).toContain('"target":10');
  });

  it('dates from 0000-01-01 to 9999-12-31 are calendar dates', () => {
    expect(progressOfDoc(doc([GOAL, indicator({ baseline: { date: '0000-01-01', value: 0 }, targets: [{ date: '9999-12-31', value: 10 }] })])).i).toBe(0.5);
  });
});

describe('YAML numbers and dates, as parseText reads them (YAML 1.2 core schema)', () => {
  /** The errors of a YAML document whose one observation value is written `value`. */
  function withValue(value: string): [string, Diagnostic['path'], string][] {
    const text = `title: T\nnodes:\n  - { kind: goal, id: g, title: G }\n  - { kind: indicator, id: i, title: I, measures: [g], measure: { kind: number }, baseline: { date: 2020-01-01, value: 0 }, targets: [{ date: 2022-01-01, value: 100 }], observations: [{ date: 2021-01-01, value: ${value} }] }\n`;
    const parsed = parseText(text, 'numbers.yaml');
    if (!parsed.ok) throw new Error(parsed.diagnostic.message);
    return errors(parsed.data);
  }
  const at = ['nodes', 1, 'observations', 0, 'value'];

  it.each([
    ['.nan', 'non-finite-number', 'Indicator "i": "observations[0].value" must be a finite number, but it is NaN.'],
    ['.inf', 'non-finite-number', 'Indicator "i": "observations[0].value" must be a finite number, but it is Infinity.'],
    ['-.inf', 'non-finite-number', 'Indicator "i": "observations[0].value" must be a finite number, but it is -Infinity.'],
    ['1e400', 'non-finite-number', 'Indicator "i": "observations[0].value" must be a finite number, but it is Infinity.'],
    ['1_000', 'value-mismatch', 'Indicator "i": the observation of 2021-01-01 is the text "1_000", but this indicator records numbers.'],
    ['~', 'invalid-type', 'Indicator "i": "observations[0].value" must be a number or true or false or text or a list, but it is empty (null).'],
    ["'5'", 'value-mismatch', 'Indicator "i": the observation of 2021-01-01 is the text "5", but this indicator records numbers.'],
  ])('%s is refused: %s', (value, code, message) => {
    expect(withValue(value)).toEqual([[code, at, message]]);
  });

  it('0x1F and 0o17 are numbers (31 and 15), +5 is 5 and -0 is 0', () => {
    for (const value of ['0x1F', '0o17', '+5', '-0', '1e2']) expect(withValue(value)).toEqual([]);
    const parsed = parseText('a: 0x1F\nb: 0o17\nc: +5\nd: 1e2\n');
    expect(parsed.ok && parsed.data).toEqual({ a: 31, b: 15, c: 5, d: 100 });
  });

  it('unquoted dates stay text; times and impossible dates are refused', () => {
    const parsed = parseText('title: T\nperiod: { start: 2019-02-03T10:00:00Z, end: 2019-02-30 }\nnodes: []\n', 'dates.yaml');
    expect(parsed.ok && parsed.data).toEqual({ title: 'T', period: { start: '2019-02-03T10:00:00Z', end: '2019-02-30' }, nodes: [] });
    expect(parsed.ok && errors(parsed.data).map(([code, path]) => [code, path])).toEqual([
      ['invalid-date', ['period', 'end']],
      ['invalid-date', ['period', 'start']],
    ]);
  });

  it('a %YAML 1.1 directive does not bring back 1.1 booleans and timestamps', () => {
    const parsed = parseText('%YAML 1.1\n---\ntitle: yes\nperiod: { start: 2020-01-01, end: 2021-01-01 }\nnodes: []\n', 'old.yaml');
    expect(parsed.ok && parsed.data).toEqual({ title: 'yes', period: { start: '2020-01-01', end: '2021-01-01' }, nodes: [] });
    expect(parsed.ok && validate(parsed.data).ok).toBe(true);
  });

  it.each([
    ['a: !!binary aGVsbG8=', '!!binary', 4],
    ['b: !!set { x }', '!!set', 4],
    ['c: !!omap [ { y: 1 } ]', '!!omap', 4],
    ['d: !!timestamp 2020-01-01', '!!timestamp', 4],
    ['title: !foo T', '!foo', 8],
  ])('%s: a tag outside the core schema is refused by name, with its place', (line, tag, column) => {
    const parsed = parseText(`nodes: []\n${line}\n`, 'tags.yaml');
    expect(parsed.ok === false && parsed.diagnostic.position).toEqual({ line: 2, column });
    expect(parsed.ok === false && parsed.diagnostic.message).toContain(`tags.yaml is not valid YAML or JSON at line 2, column ${column}: the tag ${tag} is not allowed`);
  });

  it('duplicate keys and tabs as indentation are syntax errors with the line', () => {
    expect(parseText('title: T\ntitle: U\nnodes: []\n', 'dup.yaml')).toMatchObject({
      ok: false,
      diagnostic: { code: 'invalid-syntax', message: 'dup.yaml is not valid YAML or JSON at line 2, column 1: the key "title" is written twice in the same map; each key may appear once (keep one of them).' },
    });
    expect(parseText('title: T\nnodes:\n\t- x\n', 'tabs.yaml')).toMatchObject({
      ok: false,
      diagnostic: { code: 'invalid-syntax', message: 'tabs.yaml is not valid YAML or JSON at line 3, column 1: tab characters must not be used in indentation' },
    });
  });
});

/** Replaces every number of a valid document's readings, weights and assessments by an extreme one of the same sign rules. */
const extreme = fc.constantFrom(0, -0, 5e-324, -5e-324, 1e-300, 1, -1, 1e300, -1e300, 1.7976931348623157e308, -1.7976931348623157e308, 0.1, 1 / 3);

function withExtremes(document: TheoryOfChangeDocument, picks: readonly number[]): unknown {
  let k = 0;
  const next = (): number => picks[k++ % picks.length] as number;
  const copy = structuredClone(document) as TheoryOfChangeDocument;
  (copy.nodes as NodeDocument[]).forEach((node, i) => {
    // Free text could itself say "NaN": only numbers are under test here.
    (node as { title: string }).title = `Node ${i}`;
  });
  for (const node of copy.nodes as NodeDocument[]) {
    if (node.kind !== 'indicator' || node.measure.kind !== 'number') continue;
    const cumulative = node.combine === 'cumulative';
    // Cumulative sums of huge values overflow to Infinity: see the known-bug test below.
    const value = (): number => (cumulative ? Math.max(-1e300, Math.min(1e300, next())) : next());
    // Readings of one date keep one value between them (else they would contradict each other), unless they add up.
    const byDate = new Map<string, number>();
    const dated = (date: string, additive: boolean): number => {
      if (additive) return value();
      const known = byDate.get(date);
      if (known !== undefined) return known;
      const v = value();
      byDate.set(date, v);
      return v;
    };
    const mutable = node as { -readonly [K in keyof IndicatorDocument]: IndicatorDocument[K] };
    if (mutable.baseline !== undefined) mutable.baseline = { ...mutable.baseline, value: value() };
    if (mutable.targets !== undefined) mutable.targets = mutable.targets.map((t) => ({ ...t, value: dated(`t${t.date}`, false) }));
    if (mutable.observations !== undefined) mutable.observations = mutable.observations.map((o) => ({ ...o, value: dated(`o${o.date}`, cumulative) }));
  }
  return copy;
}

describe('no NaN or Infinity ever reaches a report', () => {
  it(`valid documents with extreme numbers: every number of the report is finite, progress and coverage in [0, 1] (${runs(500, 1500)} cases)`, () => {
    fc.assert(
      fc.property(validDocument, fc.array(extreme, { minLength: 1, maxLength: 8 }), fc.constantFrom('2015-06-30', AS_OF, '2040-01-01'), (document, picks, asOf) => {
        const result = validate(withExtremes(document, picks), { severities: { 'target-equals-baseline': 'off', 'target-wrong-side': 'off', 'milestone-beyond-target': 'off' } });
        if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
        const report = rollUp(result.model, { asOf });
        // The entries, as built (JSON would hide a NaN as null); the flat arrays use NaN for "no value" by design.
        expect(nonFiniteNumbers({ settings: report.settings, results: report.results, indicators: report.indicators })).toEqual([]);
        for (const r of [...report.results, ...report.indicators]) {
          for (const v of [r.progress, r.expected, r.coverage]) if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
        }
        const texts = [
          toMermaid(result.model, report, { indicators: true }),
          toMarkdownReport(result.model, report),
          formatProgressTable(result.model, report, { indicators: true }),
          ...report.results.map((r) => explainProgress(result.model, report, r.id, { depth: 1 })),
        ];
        // A number that leaked as NaN or Infinity: as a percentage, or as a figure on its own.
        for (const text of texts) expect(text).not.toMatch(/(NaN|Infinity)(%|#37;)|(^|[\s(|:])-?(NaN|Infinity)($|[\s),|])/m);
      }),
      { numRuns: runs(150, 1500) },
    );
  });

  it('weights beyond 10¹⁵ or below 10⁻⁹ are refused (weight-out-of-range), so no weight can make a NaN or hide data', () => {
    // The cases: A (1e308, no data) beside B (5e-324, at 30%) gave NaN shares and "no data"; A at 1 beside B gave 0%.
    const twoWeights = (a: number, b: number) =>
      doc([
        GOAL,
        { kind: 'objective', id: 'a', title: 'A', contributesTo: [{ to: 'g', weight: a }] },
        { kind: 'objective', id: 'b', title: 'B', contributesTo: [{ to: 'g', weight: b }] },
        indicator({ id: 'i', measures: ['a'], observations: [] }),
        indicator({ id: 'j', measures: ['b'], observations: [{ date: '2021-01-01', value: 3 }] }),
      ]);
    expect(errors(twoWeights(1e308, 5e-324)).map(([code, path]) => [code, path])).toEqual([
      ['weight-out-of-range', ['nodes', 1, 'contributesTo', 0, 'weight']],
      ['weight-out-of-range', ['nodes', 2, 'contributesTo', 0, 'weight']],
    ]);
    expect(errors(twoWeights(1, 5e-324)).map(([code]) => code)).toEqual(['weight-out-of-range']);
    expect(errors(twoWeights(1, 1e-10)).map(([code]) => code)).toEqual(['weight-out-of-range']);
    expect(errors(twoWeights(1.0000001e15, 1)).map(([code]) => code)).toEqual(['weight-out-of-range']);
    // Within the range, B alone has data: the goal is at B's 30%, with B's tiny share of the weight as coverage.
    const { g, report } = progressOfDoc(twoWeights(1e15, 1e-9));
    expect(g).toBe(0.3);
    const goal = (JSON.parse(report) as ProgressReport).results.find((r) => r.id === 'g');
    expect(goal?.coverage).toBe(1e-9 / (1e15 + 1e-9));
    expect(goal?.contributions.map((c) => [c.id, c.progress, c.share])).toEqual([
      ['a', null, 0],
      ['b', 0.3, 0.3],
    ]);
  });

  it('a raw progress too large for a percentage reads "over 100000000%" in diagrams and reports, not "Infinity%"', () => {
    // 1e300 against a target of 1e-300: raw progress capped at Number.MAX_VALUE by the roll-up.
    const result = validate(doc([GOAL, indicator({ targets: [{ date: '2022-01-01', value: 1e-300 }], observations: [{ date: '2021-01-01', value: 1e300 }] })]));
    if (!result.ok) throw new Error('invalid');
    const report = rollUp(result.model, { asOf: AS_OF });
    expect(progressOf(report, 'i')?.progress).toBe(1);
    expect(toMermaid(result.model, report, { indicators: true })).toContain('"Indicator<br>over 100000000#37; · achieved"');
    expect(toMarkdownReport(result.model, report)).toContain('| over 100000000% | achieved |');
  });

  it('explainProgress writes an astronomical raw progress as "over 100000000%", never Infinity', () => {
    const result = validate(doc([GOAL, indicator({ targets: [{ date: '2022-01-01', value: 1e-300 }], observations: [{ date: '2021-01-01', value: 1e300 }] })]));
    if (!result.ok) throw new Error('invalid');
    const text = explainProgress(result.model, rollUp(result.model, { asOf: AS_OF }), 'g');
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(text).toContain('(raw over 100000000%, capped)');
  });

  it('cumulative observations whose sum passes Number.MAX_VALUE hold the value at Number.MAX_VALUE, never Infinity', () => {
    const result = validate(
      doc([GOAL, indicator({ combine: 'cumulative', targets: [{ date: '2022-01-01', value: 1e308 }], observations: [{ date: '2021-01-01', value: 1.7e308 }, { date: '2021-02-01', value: 1.7e308 }] })]),
    );
    if (!result.ok) throw new Error('invalid');
    expect(nonFiniteNumbers(rollUp(result.model, { asOf: AS_OF }))).toEqual([]);
  });
});
