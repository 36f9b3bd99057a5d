/**
 * Disaggregation and ratios (issue #15): validation of breakdowns and of
 * numerators and denominators, the roll-up of the whole and of one category,
 * and how explanations and reports show the parts. Every expected number is
 * worked out by hand from the progress guide's rules, in the comments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainProgress, loadModel, rollUp, theoryOfChange, validate, type Diagnostic, type IndicatorDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { toMarkdownReport } from '../../src/report/index.js';
import { toc } from '../cli/in-process.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const goal = { kind: 'goal', id: 'learning', title: 'Girls and boys learn to read' } as const;

/** Children enrolled: a number, broken down by sex (baseline, target) and by sex and age (observation, no total written). */
const enrolled: IndicatorDocument = {
  kind: 'indicator',
  id: 'enrolled',
  title: 'Children enrolled',
  measure: { kind: 'number' },
  measures: ['learning'],
  dimensions: { sex: ['female', 'male'], age: ['under-12', '12-and-over'] },
  baseline: {
    date: '2021-01-01',
    value: 200,
    breakdown: [
      { for: { sex: 'female' }, value: 80 },
      { for: { sex: 'male' }, value: 120 },
    ],
  },
  targets: [
    {
      date: '2024-12-31',
      breakdown: [
        { for: { sex: 'female' }, value: 300 },
        { for: { sex: 'male' }, value: 300 },
      ],
    },
  ],
  observations: [
    {
      date: '2023-06-30',
      source: 'School census 2023',
      breakdown: [
        { for: { sex: 'female', age: 'under-12' }, value: 120 },
        { for: { sex: 'female', age: '12-and-over' }, value: 60 },
        { for: { sex: 'male', age: 'under-12' }, value: 130 },
        { for: { sex: 'male', age: '12-and-over' }, value: 90 },
      ],
    },
  ],
};

/** Pupils reading at grade level: a cumulative percentage whose observations are ratios by sex. */
const reading: IndicatorDocument = {
  kind: 'indicator',
  id: 'reading',
  title: 'Pupils reading at grade level',
  measure: { kind: 'percentage' },
  measures: ['learning'],
  combine: 'cumulative',
  dimensions: { sex: ['female', 'male'] },
  baseline: {
    date: '2021-01-01',
    value: 20,
    breakdown: [
      { for: { sex: 'female' }, numerator: 8, denominator: 50 },
      { for: { sex: 'male' }, numerator: 12, denominator: 50 },
    ],
  },
  targets: [
    {
      date: '2024-12-31',
      numerator: 60,
      denominator: 100,
      breakdown: [
        { for: { sex: 'female' }, numerator: 30, denominator: 50 },
        { for: { sex: 'male' }, numerator: 30, denominator: 50 },
      ],
    },
  ],
  observations: [
    {
      date: '2022-06-30',
      breakdown: [
        { for: { sex: 'female' }, numerator: 18, denominator: 30 },
        { for: { sex: 'male' }, numerator: 2, denominator: 10 },
      ],
    },
    {
      date: '2023-06-30',
      breakdown: [
        { for: { sex: 'female' }, numerator: 4, denominator: 20 },
        { for: { sex: 'male' }, numerator: 6, denominator: 40 },
      ],
    },
  ],
};

const document: TheoryOfChangeDocument = { title: 'Girls’ education', period: { start: '2021-01-01', end: '2024-12-31' }, nodes: [goal, enrolled, reading] };

const codes = (doc: unknown): string[] => validate(doc).diagnostics.map((d) => d.code);
const errors = (doc: unknown): Diagnostic[] => validate(doc).diagnostics.filter((d) => d.severity === 'error');
const withIndicator = (fields: Partial<IndicatorDocument>): TheoryOfChangeDocument => ({
  title: 'T',
  nodes: [goal, { kind: 'indicator', id: 'i', title: 'I', measure: { kind: 'number' }, measures: ['learning'], ...fields } as IndicatorDocument],
});

describe('validation of breakdowns and ratios', () => {
  it('the worked example is valid, without a single diagnostic', () => {
    expect(validate(document).diagnostics).toEqual([]);
  });

  it('parts that do not add up name the reading, the parts, their sum, the total and the difference', () => {
    const found = errors(
      withIndicator({
        dimensions: { sex: ['female', 'male'] },
        baseline: { date: '2020-01-01', value: 250, breakdown: [{ for: { sex: 'female' }, value: 120 }, { for: { sex: 'male' }, value: 110 }] },
        targets: [{ date: '2024-01-01', value: 300 }],
      }),
    );
    expect(found).toEqual([
      {
        code: 'breakdown-mismatch',
        severity: 'error',
        path: ['nodes', 1, 'baseline', 'breakdown'],
        ids: ['i'],
        message: 'Indicator "i": the baseline of 2020-01-01 gives a total of 250, but its parts by sex (sex: female: 120; sex: male: 110) add up to 230: 20 short.',
      },
    ]);
  });

  it('an incomplete set may fall short of the total but not exceed it', () => {
    const base = { dimensions: { sex: ['female', 'male', 'other'] }, targets: [{ date: '2024-01-01', value: 300 }] };
    expect(codes(withIndicator({ ...base, baseline: { date: '2020-01-01', value: 100, breakdown: [{ for: { sex: 'female' }, value: 60 }] } }))).toEqual([]);
    const over = errors(withIndicator({ ...base, baseline: { date: '2020-01-01', value: 100, breakdown: [{ for: { sex: 'female' }, value: 60 }, { for: { sex: 'male' }, value: 50 }] } }));
    expect(over.map((d) => d.code)).toEqual(['breakdown-mismatch']);
    expect(over[0]?.message).toContain('already add up to 110: 10 over. Parts that do not cover every category cannot add up to more than the total.');
  });

  it('two complete sets without a total must agree', () => {
    const found = errors(
      withIndicator({
        dimensions: { sex: ['female', 'male'], area: ['urban', 'rural'] },
        baseline: {
          date: '2020-01-01',
          breakdown: [
            { for: { sex: 'female' }, value: 60 },
            { for: { sex: 'male' }, value: 40 },
            { for: { area: 'urban' }, value: 70 },
            { for: { area: 'rural' }, value: 35 },
          ],
        },
        targets: [{ date: '2024-01-01', value: 300 }],
      }),
    );
    // Sets in name order: area (70 + 35 = 105) first, then sex (60 + 40 = 100): 5 short of area's total.
    expect(found.map((d) => d.message)).toEqual([
      'Indicator "i": the baseline of 2020-01-01 gives by area a total of 105, but its parts by sex (sex: female: 60; sex: male: 40) add up to 100: 5 short.',
    ]);
  });

  it('a misspelt category or dimension suggests the declared one, and is the only error for its reading', () => {
    const found = errors(
      withIndicator({
        dimensions: { sex: ['female', 'male'] },
        baseline: { date: '2020-01-01', breakdown: [{ for: { sex: 'femal' }, value: 60 }, { for: { sx: 'male' }, value: 40 }] },
        targets: [{ date: '2024-01-01', value: 300 }],
      }),
    );
    expect(found.map((d) => [d.code, d.path.join('.')])).toEqual([
      ['unknown-category', 'nodes.1.baseline.breakdown.0.for.sex'],
      ['unknown-dimension', 'nodes.1.baseline.breakdown.1.for.sx'],
    ]);
    expect(found[0]?.message).toContain('Did you mean "female"?');
    expect(found[1]?.message).toContain('Did you mean "sex"?');
  });

  it('a part for an indicator that declares no dimensions says to declare them', () => {
    const found = errors(withIndicator({ baseline: { date: '2020-01-01', value: 3, breakdown: [{ for: { sex: 'female' }, value: 1 }] }, targets: [{ date: '2024-01-01', value: 9 }] }));
    expect(found.map((d) => d.code)).toEqual(['unknown-dimension']);
    expect(found[0]?.message).toContain('The indicator declares no dimensions: list them in its "dimensions"');
  });

  it('the same combination twice, and a category listed twice, are refused', () => {
    const found = errors(
      withIndicator({
        dimensions: { sex: ['female', 'male', 'female'] },
        baseline: { date: '2020-01-01', value: 5, breakdown: [{ for: { sex: 'male' }, value: 1 }, { for: { sex: 'male' }, value: 2 }] },
        targets: [{ date: '2024-01-01', value: 9 }],
      }),
    );
    expect(found.map((d) => [d.code, d.path.join('.')])).toEqual([
      ['duplicate-category', 'nodes.1.baseline.breakdown.1'],
      ['duplicate-category', 'nodes.1.dimensions.sex.2'],
    ]);
  });

  it('non-additive measures need their total written', () => {
    const scale = { kind: 'scale', levels: ['low', 'high'] } as const;
    const found = errors(
      withIndicator({
        measure: scale,
        dimensions: { sex: ['female', 'male'] },
        baseline: { date: '2020-01-01', breakdown: [{ for: { sex: 'female' }, value: 'low' }, { for: { sex: 'male' }, value: 'low' }] },
        targets: [{ date: '2024-01-01', value: 'high' }],
      }),
    );
    expect(found.map((d) => d.message)).toEqual(['Indicator "i": the baseline of 2020-01-01 gives no value: parts of a scale measure do not add up to a total, so write the total "value".']);
  });

  it('a part value must fit the measure', () => {
    const found = errors(
      withIndicator({
        measure: { kind: 'percentage' },
        dimensions: { sex: ['female', 'male'] },
        baseline: { date: '2020-01-01', value: 50, breakdown: [{ for: { sex: 'female' }, value: 120 }] },
        targets: [{ date: '2024-01-01', value: 90 }],
      }),
    );
    expect(found.map((d) => [d.code, d.path.join('.')])).toEqual([['value-mismatch', 'nodes.1.baseline.breakdown.0.value']]);
  });

  describe('numerator and denominator', () => {
    const pct = (baseline: Record<string, unknown>): Diagnostic[] =>
      errors(withIndicator({ measure: { kind: 'percentage' }, baseline: { date: '2020-01-01', ...baseline }, targets: [{ date: '2024-01-01', value: 90 }] }));

    it('a value beside them must agree to within its rounding: 33 and 33.3 for 1 of 3, not 34 nor 33.4', () => {
      expect(pct({ value: 33, numerator: 1, denominator: 3 })).toEqual([]);
      expect(pct({ value: 33.3, numerator: 1, denominator: 3 })).toEqual([]);
      expect(pct({ value: 34, numerator: 1, denominator: 3 }).map((d) => d.message)).toEqual([
        'Indicator "i": the baseline of 2020-01-01 gives the value 34, but its numerator and denominator (1 / 3) give 33.333333%.',
      ]);
      expect(pct({ value: 33.4, numerator: 1, denominator: 3 }).map((d) => d.code)).toEqual(['invalid-ratio']);
    });

    it('denominator 0, a negative numerator, a numerator above the denominator, one without the other', () => {
      expect(pct({ numerator: 3, denominator: 0 }).map((d) => d.path.at(-1))).toEqual(['denominator']);
      expect(pct({ numerator: -1, denominator: 4 }).map((d) => d.message)).toEqual([
        'Indicator "i": the baseline of 2020-01-01 has a negative numerator (-1); counts cannot be below 0.',
      ]);
      expect(pct({ numerator: 5, denominator: 4 }).map((d) => d.message)).toEqual([
        'Indicator "i": the baseline of 2020-01-01 has a numerator (5) above its denominator (4), which would be 125%, above 100%.',
      ]);
      expect(pct({ numerator: 5 }).map((d) => d.message)).toEqual([
        'Indicator "i": the baseline of 2020-01-01 gives a numerator but no denominator; write both (the value is 100 × numerator / denominator).',
      ]);
    });

    it('only percentages take them', () => {
      const found = errors(withIndicator({ baseline: { date: '2020-01-01', value: 3, numerator: 3, denominator: 4 }, targets: [{ date: '2024-01-01', value: 9 }] }));
      expect(found.map((d) => d.code)).toEqual(['invalid-ratio']);
    });

    it('a cumulative percentage is allowed only when every observation is a ratio', () => {
      const base = { measure: { kind: 'percentage' }, combine: 'cumulative', baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2024-01-01', value: 90 }] } as const;
      expect(codes(withIndicator({ ...base, observations: [{ date: '2021-01-01', numerator: 1, denominator: 2 }] }))).toEqual([]);
      expect(codes(withIndicator({ ...base, observations: [{ date: '2021-01-01', numerator: 1, denominator: 2 }, { date: '2022-01-01', value: 40 }] }))).toEqual(['value-mismatch']);
    });
  });
});

describe('the roll-up of the whole and of one category (hand-worked)', () => {
  const model = loadModel(document);
  const asOf = '2024-01-01';
  const entry = (id: string, options: { for?: { [d: string]: string } } = {}) => rollUp(model, { asOf, ...options }).entry(id);

  it('the whole: totals from the complete breakdowns; the cumulative ratio adds counts, not percentages', () => {
    // enrolled: 120 + 60 + 130 + 90 = 400 (no total written); baseline 200; target 300 + 300 = 600: (400 − 200) / 400 = 0.5.
    expect(entry('enrolled')).toMatchObject({ value: 400, baseline: 200, target: 600, progress: 0.5 });
    // reading: observations from the baseline date on, (18 + 2 + 4 + 6) / (30 + 10 + 20 + 40) = 30 / 100 = 30%,
    // not the mean of 50% and 16.7%; baseline 20%, target 60%: (30 − 20) / 40 = 0.25.
    const r = entry('reading');
    expect(r).toMatchObject({ baseline: 20, target: 60 });
    expect(r?.kind === 'indicator' ? r.value : null).toBeCloseTo(30, 12);
    expect(r?.progress).toBeCloseTo(0.25, 12);
    // The goal: the mean of 0.5 and 0.25.
    expect(entry('learning')?.progress).toBeCloseTo(0.375, 12);
  });

  it('female: the sum of the finer cells, and the ratio of her counts', () => {
    // enrolled: 120 + 60 = 180 from the sex × age cells; baseline 80, target 300: 100 / 220.
    const e = entry('enrolled', { for: { sex: 'female' } });
    expect(e).toMatchObject({ value: 180, baseline: 80, target: 300, reason: null });
    expect(e?.progress).toBeCloseTo(100 / 220, 12);
    // reading: (18 + 4) / (30 + 20) = 44%; baseline 8/50 = 16%, target 30/50 = 60%: 28 / 44.
    const r = entry('reading', { for: { sex: 'female' } });
    expect(r?.kind === 'indicator' ? r.value : null).toBeCloseTo(44, 12);
    expect(r?.progress).toBeCloseTo(28 / 44, 12);
    expect(entry('learning', { for: { sex: 'female' } })?.progress).toBeCloseTo((100 / 220 + 28 / 44) / 2, 12);
  });

  it('male: a fall below the baseline counts as 0, as for the whole', () => {
    // reading: (2 + 6) / (10 + 40) = 16%, below the baseline of 12/50 = 24%: raw (16 − 24) / (60 − 24) = −2/9.
    const r = entry('reading', { for: { sex: 'male' } });
    expect(r?.progress).toBe(0);
    expect(r?.kind === 'indicator' ? r.rawProgress : null).toBeCloseTo(-2 / 9, 12);
  });

  it('a category the baseline does not give has no data, with the reason not-broken-down', () => {
    // By age, only the observation is broken down: neither indicator can be read for under-12s.
    const report = rollUp(model, { asOf, for: { age: 'under-12' } });
    expect(report.indicators.map((i) => [i.id, i.progress, i.reason, i.baseline, i.target])).toEqual([
      ['enrolled', null, 'not-broken-down', null, null],
      ['reading', null, 'not-broken-down', null, null],
    ]);
    expect(report.entry('learning')).toMatchObject({ progress: null, coverage: 0 });
    expect(report.settings.for).toEqual({ age: 'under-12' });
  });

  it('an indicator without the dimension has no data for the category; one with it is read', () => {
    const plain = { kind: 'indicator', id: 'plain', title: 'P', measure: { kind: 'number' }, measures: ['learning'], baseline: { date: '2021-01-01', value: 0 }, targets: [{ date: '2024-12-31', value: 10 }], observations: [{ date: '2022-01-01', value: 5 }] } as const;
    const m = loadModel({ ...document, nodes: [...document.nodes, plain] });
    const report = rollUp(m, { asOf, for: { sex: 'female' } });
    expect(report.entry('plain')).toMatchObject({ progress: null, reason: 'not-broken-down' });
    // The goal: enrolled and reading for girls, plain left out (coverage 2 of 3).
    expect(report.entry('learning')?.coverage).toBeCloseTo(2 / 3, 12);
  });

  it('latest-value ratios: 30 of 40 and 10 of 60 give 40%, not the 42.5% average', () => {
    const m = loadModel(
      withIndicator({
        measure: { kind: 'percentage' },
        dimensions: { site: ['north', 'south'] },
        baseline: { date: '2020-01-01', value: 0 },
        targets: [{ date: '2024-01-01', value: 80 }],
        observations: [{ date: '2022-01-01', breakdown: [{ for: { site: 'north' }, numerator: 30, denominator: 40 }, { for: { site: 'south' }, numerator: 10, denominator: 60 }] }],
      }),
    );
    const i = rollUp(m, { asOf: '2023-01-01' }).entry('i');
    expect(i).toMatchObject({ value: 40, progress: 0.5 });
    expect(i?.kind === 'indicator' ? i.observations[0] : undefined).toMatchObject({ value: 40, numerator: 40, denominator: 100 });
  });

  it('the order of dimensions in the option does not change the report', () => {
    const a = rollUp(model, { asOf, for: { sex: 'female', age: 'under-12' } });
    const b = rollUp(model, { asOf, for: { age: 'under-12', sex: 'female' } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.keys(a.settings.for ?? {})).toEqual(['age', 'sex']);
  });

  it('an unknown dimension or category is a RangeError with the likeliest name', () => {
    expect(() => rollUp(model, { for: { sex: 'femal' } })).toThrow(
      new RangeError('theory-of-change: the progress option "for" names sex "femal", which no indicator lists among the categories of "sex" ("female", "male"). Did you mean "female"?'),
    );
    expect(() => rollUp(model, { for: { gender: 'female' } })).toThrow(/names the dimension "gender", which no indicator declares \(the indicators declare "age", "sex"\)\./);
  });

  it('the whole report has no "for" setting, and an empty option is the whole', () => {
    expect('for' in rollUp(model, { asOf }).settings).toBe(false);
    expect(JSON.stringify(rollUp(model, { asOf, for: {} }))).toBe(JSON.stringify(rollUp(model, { asOf })));
  });

  it('the builder takes dimensions and breakdowns', () => {
    const built = theoryOfChange({ title: 'B' })
      .goal('g', { title: 'G' })
      .indicator('n', {
        title: 'N',
        measures: ['g'],
        measure: { kind: 'number' },
        dimensions: { sex: ['female', 'male'] },
        baseline: { date: '2020-01-01', value: 0 },
        targets: [{ date: '2024-01-01', value: 10 }],
        observations: [{ date: '2022-01-01', breakdown: [{ for: { sex: 'female' }, value: 2 }, { for: { sex: 'male' }, value: 3 }] }],
      })
      .build();
    expect(rollUp(built, { asOf: '2023-01-01' }).entry('n')).toMatchObject({ value: 5, progress: 0.5 });
  });
});

describe('property: parts and totals', () => {
  it('a complete breakdown gives the sum as the total, whatever the order of its parts, and each category its own value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }), fc.nat(), (counts, seed) => {
        const categories = counts.map((_, k) => `c${k}`);
        const parts = counts.map((value, k) => ({ for: { group: `c${k}` }, value }));
        // A rotation of the parts: the report must not depend on their order.
        const rotated = [...parts.slice(seed % parts.length), ...parts.slice(0, seed % parts.length)];
        const make = (list: typeof parts) =>
          loadModel(withIndicator({ dimensions: { group: categories }, baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2024-01-01', value: 1000 }], observations: [{ date: '2022-01-01', breakdown: list }] }));
        const total = counts.reduce((a, b) => a + b, 0);
        const a = rollUp(make(parts), { asOf: '2023-01-01' });
        expect(a.entry('i')).toMatchObject({ value: total });
        expect(JSON.stringify(rollUp(make(rotated), { asOf: '2023-01-01' }))).toBe(JSON.stringify(a));
        const k = seed % counts.length;
        // Each category's baseline is missing (only the total is written), so it has no data: the whole's baseline is not the category's.
        expect(rollUp(make(parts), { asOf: '2023-01-01', for: { group: `c${k}` } }).entry('i')).toMatchObject({ reason: 'not-broken-down' });
      }),
    );
  });

  it('Σnumerators / Σdenominators, never the mean of percentages', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 5 }), (pairs) => {
        const counts = pairs.map(([n, d]) => [Math.min(n, d), d] as const);
        const categories = counts.map((_, k) => `c${k}`);
        const m = loadModel(
          withIndicator({
            measure: { kind: 'percentage' },
            dimensions: { group: categories },
            baseline: { date: '2020-01-01', value: 0 },
            targets: [{ date: '2024-01-01', value: 100 }],
            observations: [{ date: '2022-01-01', breakdown: counts.map(([n, d], k) => ({ for: { group: `c${k}` }, numerator: n, denominator: d })) }],
          }),
        );
        const n = counts.reduce((a, [x]) => a + x, 0);
        const d = counts.reduce((a, [, y]) => a + y, 0);
        const i = rollUp(m, { asOf: '2023-01-01' }).entry('i');
        expect(i?.kind === 'indicator' ? i.value : null).toBeCloseTo((100 * n) / d, 9);
      }),
    );
  });
});

describe('explanations and reports show the parts', () => {
  const model = loadModel(document);

  it('explainProgress gives each observation’s counts and parts', () => {
    const text = explainProgress(model, rollUp(model, { asOf: '2024-01-01' }), 'reading');
    expect(text.split('\n')).toEqual([
      'Indicator "Pupils reading at grade level" [reading]: 25%, off track (expected 75%): value 30% (total of 2 observations), baseline 20%, target 60%',
      '  · 2022-06-30: 50% (20 of 40)',
      '    parts: sex female: 60% (18 of 30); sex male: 20% (2 of 10)',
      '  · 2023-06-30: 16.7% (10 of 60)',
      '    parts: sex female: 20% (4 of 20); sex male: 15% (6 of 40)',
    ]);
  });

  it('explainProgress for a category gives the category’s reading and the reason where there is none', () => {
    const report = rollUp(model, { asOf: '2024-01-01', for: { sex: 'female' } });
    expect(explainProgress(model, report, 'enrolled').split('\n')).toEqual([
      'Indicator "Children enrolled" [enrolled]: 45%, off track (expected 75%): value 180 (latest observation), baseline 80, target 300',
      '  · 2023-06-30: 180 (source: School census 2023)',
    ]);
    const byAge = rollUp(model, { asOf: '2024-01-01', for: { age: '12-and-over' } });
    expect(explainProgress(model, byAge, 'enrolled')).toBe('Indicator "Children enrolled" [enrolled]: no data (not broken down by the category asked for as of 2024-01-01)');
  });

  it('the Markdown report gives the parts after each value, and a per-category report says which category', () => {
    const whole = toMarkdownReport(model, rollUp(model, { asOf: '2024-01-01' }));
    expect(whole).toContain('| 200 (female 80 · male 120) | 400 (12-and-over, female 60 · 12-and-over, male 90 · under-12, female 120 · under-12, male 130) | 600 (female 300 · male 300) |');
    expect(whole).toContain('| 20% (female 16% (8/50) · male 24% (12/50)) | 30% (female 20% (4/20) · male 15% (6/40)) | 60% (female 60% (30/50) · male 60% (30/50)) |');
    const female = toMarkdownReport(model, rollUp(model, { asOf: '2024-01-01', for: { sex: 'female' } }));
    expect(female).toContain('Progress as of 2024-01-01, for sex female only.');
    expect(female).toContain('| 80 | 180 | 300 |');
  });

  it('toc progress --for reads one category, and a misspelt category is a usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toc-breakdown-'));
    const file = join(dir, 'girls.json');
    await writeFile(file, JSON.stringify(document));
    const run = await toc('progress', file, '--as-of', '2024-01-01', '--for', 'sex=female', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { settings: { for: unknown }; indicators: { id: string; value: number }[] };
    expect(report.settings.for).toEqual({ sex: 'female' });
    expect(report.indicators.find((i) => i.id === 'enrolled')?.value).toBe(180);
    const table = await toc('progress', file, '--as-of', '2024-01-01', '--for', 'sex=female');
    expect(table.stdout.split('\n')[0]).toBe('Girls’ education — progress as of 2024-01-01, for sex female only');
    const wrong = await toc('progress', file, '--for', 'sex=femal');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--for names sex "femal", which no indicator lists among the categories of "sex" ("female", "male"). Did you mean "female"?');
    const malformed = await toc('progress', file, '--for', 'female');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--for names a category of each dimension as DIMENSION=CATEGORY');
  });
});

describe('the diagram', () => {
  it('a per-category diagram says which category in its key; the whole one does not', async () => {
    const { toMermaid } = await import('../../src/mermaid/index.js');
    const model = loadModel(document);
    expect(toMermaid(model, rollUp(model, { asOf: '2024-01-01', for: { sex: 'female' } }))).toContain('subgraph legend ["Key · status as of 2024-01-01 · for sex female"]');
    expect(toMermaid(model, rollUp(model, { asOf: '2024-01-01' }))).toContain('subgraph legend ["Key · status as of 2024-01-01"]');
  });
});

describe('the progress tracker', () => {
  it('an observation given as parts updates the whole and a category exactly as a fresh roll-up would', async () => {
    const { createProgressTracker } = await import('../../src/index.js');
    const model = loadModel(document);
    const added = { date: '2023-12-31', breakdown: [{ for: { sex: 'female' }, value: 200 }, { for: { sex: 'male' }, value: 250 }] };
    const after = loadModel({ ...document, nodes: document.nodes.map((n) => (n.id === 'enrolled' && n.kind === 'indicator' ? { ...n, observations: [...(n.observations ?? []), added] } : n)) });
    for (const options of [{ asOf: '2024-01-01' }, { asOf: '2024-01-01', for: { sex: 'female' } }]) {
      const update = createProgressTracker(model, options).addObservation('enrolled', added);
      expect(update.ok).toBe(true);
      if (update.ok) expect(JSON.stringify(update.report)).toBe(JSON.stringify(rollUp(after, options)));
    }
    // For girls: 200, from the baseline of 80 towards 300: 120 / 220.
    expect(rollUp(after, { asOf: '2024-01-01', for: { sex: 'female' } }).entry('enrolled')?.progress).toBeCloseTo(120 / 220, 12);
  });

  it('parts that do not add up are refused with the reading’s path', async () => {
    const { createProgressTracker } = await import('../../src/index.js');
    const update = createProgressTracker(loadModel(document), { asOf: '2024-01-01' }).addObservation('enrolled', {
      date: '2023-12-31',
      value: 500,
      breakdown: [{ for: { sex: 'female' }, value: 200 }, { for: { sex: 'male' }, value: 250 }],
    });
    expect(update.ok).toBe(false);
    if (!update.ok) expect(update.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['breakdown-mismatch', 'nodes.1.observations.1.breakdown']]);
  });
});

describe('ratios with reporting periods and per-period targets', () => {
  // A pass rate reported per half-year as counts, against an annual target of 50% for 2021.
  const model = loadModel({
    title: 'Pass rate',
    nodes: [
      { kind: 'goal', id: 'G', title: 'Goal' },
      {
        kind: 'indicator', id: 'i', title: 'Pass rate', measures: ['G'], measure: { kind: 'percentage' },
        targetsAre: 'per-period', combine: 'cumulative', dimensions: { sex: ['female', 'male'] },
        baseline: { period: { start: '2020-01-01', end: '2020-12-31' }, value: 0, breakdown: [{ for: { sex: 'female' }, value: 0 }, { for: { sex: 'male' }, value: 0 }] },
        targets: [{ period: { start: '2021-01-01', end: '2021-12-31' }, value: 50, breakdown: [{ for: { sex: 'female' }, value: 50 }, { for: { sex: 'male' }, value: 50 }] }],
        observations: [
          { period: { start: '2021-01-01', end: '2021-06-30' }, breakdown: [{ for: { sex: 'female' }, numerator: 30, denominator: 40 }, { for: { sex: 'male' }, numerator: 10, denominator: 60 }] },
          { period: { start: '2021-07-01', end: '2021-12-31' }, numerator: 20, denominator: 100 },
        ],
      },
    ],
  });

  it('adds the counts within the judged period, never the percentages', () => {
    // Whole: (30 + 10 + 20) / (40 + 60 + 100) = 60 / 200 = 30%, not 40% + 20% = 60%;
    // progress (30 − 0) / (50 − 0) = 0.6 against an expected 1 (the period is over): 40 points behind, off track.
    const whole = rollUp(model, { asOf: '2022-01-15' }).entry('i');
    expect(whole?.kind === 'indicator' ? [whole.value, whole.progress, whole.status] : null).toEqual([30, 0.6, 'off-track']);
  });

  it('reads one category from the parts written for it (baseline and target give theirs)', () => {
    // Female: only the first half-year gives her counts, 30 / 40 = 75%; (75 − 0) / (50 − 0) = 1.5, capped at 1.
    const female = rollUp(model, { asOf: '2022-01-15', for: { sex: 'female' } }).entry('i');
    expect(female?.kind === 'indicator' ? [female.value, female.rawProgress, female.status] : null).toEqual([75, 1.5, 'achieved']);
  });
});
