/**
 * The traps of real IATI results data (docs/research/iati-and-spreadsheet-libraries.md §4, and
 * issue #16's import bullet), one by one, on activities as plain data. Expected values are
 * worked out from the rules in docs/iati-mapping.md ("Import").
 */
import { describe, expect, it } from 'vitest';
import type { IndicatorDocument, ObjectiveDocument, TheoryOfChangeDocument } from '../../../src/document/types.js';
import { importActivities } from '../../../src/iati/import/import-activities.js';
import { validate } from '../../../src/index.js';
import { activity, baseline, indicator, period, result, text, value } from './build.js';
import type { IatiIndicator } from '../../../src/iati/iati-activity.js';

const indicatorOf = (document: TheoryOfChangeDocument | undefined, id = 'indicator-1-1'): IndicatorDocument =>
  document?.nodes.find((n): n is IndicatorDocument => n.kind === 'indicator' && n.id === id) as IndicatorDocument;

/** Imports one activity with one result holding `ind`; checks the document has no validation errors. */
function importOne(ind: IatiIndicator) {
  const imported = importActivities([activity([result([ind])])]);
  const document = imported.documents[0];
  const errors = validate(document).diagnostics.filter((d) => d.severity === 'error');
  expect(errors).toEqual([]);
  return { ...imported, indicator: indicatorOf(document), codes: imported.diagnostics.map((d) => d.code) };
}

const AT = (line: number) => ({ at: { line, column: 7 } });

describe('ascending', () => {
  it('absent: an increase is assumed, and said, for that indicator', () => {
    const r = importOne(indicator({ ascending: undefined }));
    expect(r.indicator.direction).toBe('increase');
    expect(r.diagnostics).toEqual([
      {
        code: 'iati-ascending-assumed',
        severity: 'warning',
        path: ['iati-activity', 0, 'result', 0, 'indicator', 0],
        ids: ['indicator-1-1'],
        message: 'Activity "XM-TEST-1", indicator "People trained": it does not say whether more is better (no ascending), so an increase is taken as progress (direction: increase).',
      },
    ]);
  });

  it('"true" and "1" are increase, "false" and "0" decrease; "yes" is not a boolean and is reported', () => {
    expect(importOne(indicator({ ascending: 'true' })).indicator.direction).toBe('increase');
    expect(importOne(indicator({ ascending: 'false' })).indicator.direction).toBe('decrease');
    const yes = importOne(indicator({ ascending: 'yes' }));
    expect(yes.indicator.direction).toBe('increase');
    expect(yes.diagnostics[0]?.message).toContain('gives ascending="yes", which is not 1, 0, true or false');
  });

  it('"0" with every target above the baseline: a warning that the direction looks wrong', () => {
    const r = importOne(
      indicator({
        ascending: '0',
        title: text('Number of girls enrolled'),
        baselines: [baseline('2019', '100')],
        periods: [period('2020-01-01', '2020-12-31', [value('150')]), period('2021-01-01', '2021-12-31', [value('200')])],
      }),
    );
    expect(r.indicator.direction).toBe('decrease');
    expect(r.codes).toEqual(['iati-direction-doubtful']);
    expect(r.diagnostics[0]?.message).toContain('its targets (150, 200) lie above its baseline (100)');
  });

  it('"0" with targets below the baseline, or no baseline to tell: no warning, the direction as written', () => {
    const below = importOne(indicator({ ascending: '0', baselines: [baseline('2019', '100')], periods: [period('2020-01-01', '2020-12-31', [value('50')])] }));
    expect(below.codes).toEqual([]);
    expect(below.indicator.direction).toBe('decrease');
    const unknown = importOne(indicator({ ascending: '0', periods: [period('2020-01-01', '2020-12-31', [value('150')])] }));
    expect(unknown.codes).toEqual([]);
  });
});

describe('baselines', () => {
  it('missing: no baseline (not 0), and validation says it is missing', () => {
    const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [value('10')], [value('4')])] }));
    expect(r.indicator.baseline).toBeUndefined();
    expect(validate(r.documents[0]).diagnostics.map((d) => d.code)).toEqual(['missing-baseline']);
  });

  it('year only: 1 January of the year; iso-date when given', () => {
    expect(importOne(indicator({ baselines: [baseline('2012', '10')] })).indicator.baseline).toEqual({ date: '2012-01-01', value: 10 });
    expect(importOne(indicator({ baselines: [baseline('2012', '0', { isoDate: '2012-06-30' })] })).indicator.baseline).toEqual({ date: '2012-06-30', value: 0 });
  });

  it('several: the earliest is kept, each other one reported and listed as not carried over', () => {
    const r = importOne(indicator({ baselines: [baseline('2015', '12', AT(30)), baseline('2012', '10', AT(20))] }));
    expect(r.indicator.baseline).toEqual({ date: '2012-01-01', value: 10 });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'iati-reading-left-out',
        path: ['iati-activity', 0, 'result', 0, 'indicator', 0, 'baseline', 0],
        position: { line: 30, column: 7 },
        message: 'Activity "XM-TEST-1", indicator "People trained": the baseline of 2015-01-01 is left out: an indicator has one baseline here, and the earliest (2012-01-01) is kept.',
      }),
    ]);
    expect(r.notCarried).toEqual([
      {
        activity: 'XM-TEST-1',
        path: ['iati-activity', 0, 'result', 0, 'indicator', 0, 'baseline', 0],
        position: { line: 30, column: 7 },
        what: 'the baseline of 2015-01-01 of indicator "People trained"',
        why: 'an indicator has one baseline here, and the earliest (2012-01-01) is kept',
      },
    ]);
  });
});

describe('periods', () => {
  it('targets and actuals in different periods: a target of one period, an observation of the other', () => {
    const r = importOne(
      indicator({
        baselines: [baseline('2017', '0')],
        periods: [period('2018-01-01', '2022-12-31', [value('8')]), period('2018-01-01', '2018-12-31', [], [value('1')])],
      }),
    );
    expect(r.indicator.targets).toEqual([{ period: { start: '2018-01-01', end: '2022-12-31' }, value: 8 }]);
    expect(r.indicator.observations).toEqual([{ period: { start: '2018-01-01', end: '2018-12-31' }, value: 1 }]);
    expect(r.codes).toEqual([]);
  });

  it('overlapping periods ending on different days are both kept', () => {
    const r = importOne(indicator({ periods: [period('2018-01-01', '2018-12-31', [], [value('5')]), period('2018-07-01', '2019-06-30', [], [value('7')])] }));
    expect(r.indicator.observations?.map((o) => o.value)).toEqual([5, 7]);
  });

  it('two periods ending the same day with different actuals: the format cannot tell which holds, so one is left out and named', () => {
    const r = importOne(indicator({ periods: [period('2018-01-01', '2018-12-31', [], [value('5', AT(40))]), period('2018-10-01', '2018-12-31', [], [value('2', AT(50))])] }));
    expect(r.indicator.observations).toHaveLength(1);
    expect(r.codes).toEqual(['iati-reading-left-out']);
    expect(r.notCarried).toHaveLength(1);
    expect(r.notCarried[0]?.why).toContain('it is left out');
  });

  it('a period that ends before it starts, or with a date that is not one: left out whole, with its place', () => {
    const r = importOne(
      indicator({
        periods: [
          { ...period('2019-12-31', '2019-01-01', [value('1')], [value('2')]), at: { line: 9, column: 5 } },
          period('31-12-2015', '2016-12-31', [value('3')]),
          period('2013-01-01Z', '2013-12-31+02:00', [value('4')]),
        ],
      }),
    );
    expect(r.diagnostics.map((d) => [d.code, d.path.slice(-2), d.message.split(': ').slice(-1)[0]])).toEqual([
      ['iati-invalid-date', ['period', 0], 'it ends (2019-01-01) before it starts (2019-12-31).'],
      ['iati-invalid-date', ['period', 1], 'its start ("31-12-2015") is not a date written YYYY-MM-DD.'],
    ]);
    expect(r.diagnostics[0]?.position).toEqual({ line: 9, column: 5 });
    // An xsd:date with a time zone is still that day.
    expect(r.indicator.targets).toEqual([{ period: { start: '2013-01-01', end: '2013-12-31' }, value: 4 }]);
  });
});

describe('values IATI allows but a number cannot hold', () => {
  const cases: readonly [string | undefined, string][] = [
    ['N/A', 'says "N/A" instead of a number (IATI asks to leave a value out when it is not known, and to write 0 when it is zero)'],
    ['see description', 'has the value "see description", which is not a number'],
    ['', 'has an empty value'],
    [undefined, 'gives no value'],
    ['12,5', 'has the value "12,5", with a comma: write 12.5 if the comma is a decimal comma'],
    ['12,500', 'has the value "12,500", with a comma: write 12.500 if the comma is a decimal comma or, if the comma separates thousands, 12500'],
    ['50%', 'has the value "50%": write the number without the percent sign (50)'],
  ];
  for (const [written, problem] of cases) {
    it(`${JSON.stringify(written)}: a diagnostic with line and column, the value left out`, () => {
      const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [value('10')], [value(written, { at: { line: 12, column: 9 } })])] }));
      expect(r.indicator.observations).toBeUndefined();
      expect(r.diagnostics).toEqual([
        {
          code: 'iati-unusable-value',
          severity: 'warning',
          path: ['iati-activity', 0, 'result', 0, 'indicator', 0, 'period', 0, 'actual', 0],
          ids: ['indicator-1-1'],
          position: { line: 12, column: 9 },
          message: `Activity "XM-TEST-1", indicator "People trained": the actual of 2020-01-01 to 2020-12-31 ${problem}; it is left out.`,
        },
      ]);
      expect(r.notCarried.map((n) => n.why)).toEqual([`it ${problem}`]);
    });
  }

  it('a qualitative answer written in the comment of a numeric indicator is quoted in the diagnostic', () => {
    const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [], [value(undefined, { comment: text('Most schools now have a committee') })])] }));
    expect(r.diagnostics[0]?.message).toContain('Its comment says: "Most schools now have a committee".');
  });
});

describe('measures', () => {
  it('2 (percentage) with values within 0–100 stays a percentage; one above 100 makes it a number in percent, said once', () => {
    expect(importOne(indicator({ measure: '2', periods: [period('2020-01-01', '2020-12-31', [value('80')], [value('60')])] })).indicator.measure).toEqual({ kind: 'percentage' });
    const r = importOne(indicator({ measure: '2', periods: [period('2020-01-01', '2020-12-31', [value('8')], [value('112')]), period('2021-01-01', '2021-12-31', [], [value('130')])] }));
    expect(r.indicator.measure).toEqual({ kind: 'number' });
    expect(r.indicator.unit).toBe('percent');
    expect(r.indicator.observations?.map((o) => o.value)).toEqual([112, 130]);
    expect(r.codes).toEqual(['iati-percentage-out-of-range']);
    expect(r.diagnostics[0]?.message).toContain('the actual of 2020-01-01 to 2020-12-31 is 112, outside 0–100');
  });

  it('3 (nominal), 4 (ordinal) and codes outside 1–5 are read as numbers, and said', () => {
    for (const [code, words] of [
      ['3', 'nominal (3)'],
      ['4', 'ordinal (4)'],
      ['9', '"9", not a code of IATI\'s list (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative)'],
    ] as const) {
      const r = importOne(indicator({ measure: code, periods: [period('2020-01-01', '2020-12-31', [value('3')])] }));
      expect(r.indicator.measure).toEqual({ kind: 'number' });
      expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'iati-measure-as-number', message: `Activity "XM-TEST-1", indicator "People trained": its measure is ${words}, so its values are read as plain numbers.` })]);
    }
  });

  it('5 (qualitative): the value is the comment, in the wanted language; a missing comment is reported', () => {
    const r = importOne(
      indicator({
        measure: '5',
        periods: [
          period(
            '2020-01-01',
            '2020-12-31',
            [value(undefined, { comment: [{ text: 'Policy adopted' }, { lang: 'fr', text: 'Politique adoptée' }] })],
            [value(undefined, { comment: text('Draft policy under discussion') }), value(undefined)],
          ),
        ],
      }),
    );
    expect(r.indicator.measure).toEqual({ kind: 'qualitative' });
    expect(r.indicator.targets).toEqual([{ period: { start: '2020-01-01', end: '2020-12-31' }, value: 'Policy adopted' }]);
    // The format counts a qualitative observation only with a rating, which IATI does not give: the finding goes to the note.
    expect(r.indicator.observations).toBeUndefined();
    expect(r.indicator.note).toBe('Actual of 2020-01-01 to 2020-12-31: Draft policy under discussion');
    expect(r.codes).toEqual(['iati-unusable-value', 'iati-reading-left-out']);
    expect(r.diagnostics[0]?.message).toContain('gives neither a comment nor a value (a qualitative value is written in its comment)');
    expect(r.diagnostics[1]?.message).toContain('the actual of 2020-01-01 to 2020-12-31 is not an observation: a qualitative observation counts here only with a rating');
  });
});

describe('several targets and actuals per period, with dimensions and locations', () => {
  const sex = (v: string, s: string, extra = {}) => value(v, { dimensions: [{ name: 'sex', value: s }], ...extra });

  it('a total beside its parts: one reading, the parts as its breakdown', () => {
    const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [value('100'), sex('60', 'female'), sex('40', 'male')], [sex('30', 'female'), value('55')])] }));
    expect(r.indicator.dimensions).toEqual({ sex: ['female', 'male'] });
    expect(r.indicator.targets).toEqual([
      {
        period: { start: '2020-01-01', end: '2020-12-31' },
        value: 100,
        breakdown: [
          { for: { sex: 'female' }, value: 60 },
          { for: { sex: 'male' }, value: 40 },
        ],
      },
    ]);
    expect(r.indicator.observations).toEqual([{ period: { start: '2020-01-01', end: '2020-12-31' }, value: 55, breakdown: [{ for: { sex: 'female' }, value: 30 }] }]);
    expect(r.codes).toEqual([]);
    expect(r.indicator.note).toBeUndefined();
  });

  it('a total beside parts for every category named that do not add up to it: a category "other" for the rest', () => {
    // 100 people in all, 60 women and 30 men: 60 + 30 = 90, so female and male are not everyone.
    const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [value('100'), sex('60', 'female'), sex('30', 'male')], [sex('30', 'female'), sex('20', 'male')])] }));
    expect(r.indicator.dimensions).toEqual({ sex: ['female', 'male', 'other'] });
    expect(r.indicator.targets).toEqual([
      {
        period: { start: '2020-01-01', end: '2020-12-31' },
        value: 100,
        breakdown: [
          { for: { sex: 'female' }, value: 60 },
          { for: { sex: 'male' }, value: 30 },
        ],
      },
    ]);
    expect(r.indicator.note).toBe('The category "other" of sex stands for the part of the whole the IATI file does not report separately.');
    // With "other" declared, 30 women and 20 men are not known to be everyone: the actual is left out, not summed to 50.
    expect(r.indicator.observations).toBeUndefined();
    expect(r.codes).toEqual(['iati-reading-left-out']);
  });

  it('locations are the dimension "location", several refs of one value joined', () => {
    const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [value('10'), value('4', { locations: ['KH-PNH', 'AF-KAN'] })])] }));
    // 4 of 10 in the two places together: the rest (6) is elsewhere, so "other" is added.
    expect(r.indicator.dimensions).toEqual({ location: ['AF-KAN + KH-PNH', 'other'] });
    expect(r.indicator.targets?.[0]?.breakdown).toEqual([{ for: { location: 'AF-KAN + KH-PNH' }, value: 4 }]);
  });

  it('no total, parts covering every category reported: the total is their sum, and said', () => {
    const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [sex('60', 'female'), sex('40', 'male')])] }));
    expect(r.indicator.targets).toEqual([{ period: { start: '2020-01-01', end: '2020-12-31' }, breakdown: [{ for: { sex: 'female' }, value: 60 }, { for: { sex: 'male' }, value: 40 }] }]);
    expect(r.codes).toEqual(['iati-total-from-parts']);
    // 60 + 40: the roll-up reads the total from the parts.
    const model = validate(r.documents[0]);
    expect(model.ok).toBe(true);
  });

  it('no total and only some categories: left out (the whole is not known), with validation’s reason', () => {
    const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [sex('60', 'female'), sex('40', 'male')]), period('2021-01-01', '2021-12-31', [sex('70', 'female')])] }));
    expect(r.indicator.targets).toHaveLength(1);
    expect(r.codes).toEqual(['iati-reading-left-out', 'iati-total-from-parts']);
    expect(r.diagnostics[0]?.message).toContain('its parts do not cover every combination of the categories of their dimensions');
  });

  it('parts above the total: the parts are left out, the total kept', () => {
    const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [value('100'), sex('70', 'female'), sex('40', 'male')])] }));
    expect(r.indicator.targets).toEqual([{ period: { start: '2020-01-01', end: '2020-12-31' }, value: 100 }]);
    expect(r.codes).toEqual(['iati-reading-left-out']);
    expect(r.notCarried[0]?.what).toBe('the parts (sex: female; sex: male) of the target of 2020-01-01 to 2020-12-31 of indicator "People trained"');
  });

  it('a second total, or a second value for the same categories, in one period: the first is kept', () => {
    const r = importOne(indicator({ periods: [period('2020-01-01', '2020-12-31', [value('100'), value('90'), sex('60', 'female'), sex('50', 'female')])] }));
    expect(r.indicator.targets).toEqual([{ period: { start: '2020-01-01', end: '2020-12-31' }, value: 100, breakdown: [{ for: { sex: 'female' }, value: 60 }] }]);
    expect(r.diagnostics.map((d) => d.message.split(' is left out: ')[1])).toEqual([
      'it is a second value for the whole in the same period; the first (100) is kept.',
      'it is a second value for sex: female in the same period; the first (60) is kept.',
    ]);
  });

  it('a dimension without a name or value, or named twice: the value is left out', () => {
    const r = importOne(
      indicator({
        periods: [
          period('2020-01-01', '2020-12-31', [
            value('10'),
            value('4', { dimensions: [{ name: '', value: 'female' }] }),
            value('3', { dimensions: [{ name: 'sex', value: 'female' }, { name: 'sex', value: 'male' }] }),
          ]),
        ],
      }),
    );
    expect(r.indicator.targets).toEqual([{ period: { start: '2020-01-01', end: '2020-12-31' }, value: 10 }]);
    expect(r.diagnostics.map((d) => d.message.split(' 2020-12-31 ')[1])).toEqual([
      'has a dimension with no name, so what part of the whole it is for is not known; it is left out.',
      'names the dimension "sex" twice ("female" and "male"); it is left out.',
    ]);
  });

  it('comments of the total and of the parts become the note; document links the sources', () => {
    const link = (url: string, title: string) => ({ url, title: text(title), description: [], categories: [], languages: [], date: '2021-02-01', extensions: [] });
    const r = importOne(
      indicator({
        periods: [
          period('2020-01-01', '2020-12-31', [], [
            value('100', { comment: text('Head count'), documentLinks: [link('https://example.org/r.pdf', 'Annual report')] }),
            value('60', { dimensions: [{ name: 'sex', value: 'female' }], comment: text('From the school registers'), documentLinks: [link('http:www.example.org/x.odt', 'Registers')] }),
          ]),
        ],
      }),
    );
    expect(r.indicator.observations?.[0]).toEqual({
      period: { start: '2020-01-01', end: '2020-12-31' },
      value: 100,
      breakdown: [{ for: { sex: 'female' }, value: 60 }],
      sources: [
        { title: 'Annual report', url: 'https://example.org/r.pdf', date: '2021-02-01' },
        { title: 'Registers', date: '2021-02-01' },
      ],
      note: 'Head count\n\nsex: female: From the school registers',
    });
    expect(r.notCarried).toEqual([
      expect.objectContaining({
        what: 'the address "http:www.example.org/x.odt" of the document "Registers" (the actual of 2020-01-01 to 2020-12-31 of indicator "People trained")',
        why: 'it is not a web address (http:// or https:// and a host); the document is kept as a source without its address',
      }),
    ]);
  });
});

describe('results, references, languages, links', () => {
  it('result types 1, 2, 3 are output, outcome, impact; 9 (other) has none, and is said', () => {
    const imported = importActivities([activity(['1', '2', '3', '9'].map((type) => result([indicator()], { type })))]);
    const types = imported.documents[0]?.nodes.filter((n): n is ObjectiveDocument => n.kind === 'objective').map((n) => n.resultType ?? null);
    expect(types).toEqual(['output', 'outcome', 'impact', null]);
    expect(imported.diagnostics.map((d) => [d.code, d.path])).toEqual([['iati-result-type-other', ['iati-activity', 0, 'result', 3]]]);
    expect(imported.diagnostics[0]?.message).toBe('Activity "XM-TEST-1", result "Trained staff": it has type 9 (other), so it is imported as an objective with no result type (output, outcome or impact).');
  });

  it('references: vocabulary 9 is an SDG code, 99 the ref, others frameworks named by the code list; all kept in meta', () => {
    const r = importOne(
      indicator({
        references: [
          { vocabulary: '1', code: '3429' },
          { vocabulary: '9', code: '8.7.1' },
          { vocabulary: '99', code: 'B1', uri: 'http://example.com/indicators.html' },
        ],
      }),
    );
    expect(r.indicator.ref).toBe('B1');
    expect(r.indicator.frameworks).toEqual([
      { framework: 'WHO Registry', code: '3429' },
      { framework: 'SDG', code: '8.7.1' },
    ]);
    expect((r.indicator.meta?.iati as Record<string, unknown>).references).toEqual([
      { vocabulary: '1', code: '3429' },
      { vocabulary: '9', code: '8.7.1' },
      { vocabulary: '99', code: 'B1', uri: 'http://example.com/indicators.html' },
    ]);
  });

  it('aggregation-status is kept in meta.iati of the result and the indicator', () => {
    const imported = importActivities([activity([result([indicator({ aggregationStatus: '0' })], { aggregationStatus: '1' })])]);
    const nodes = imported.documents[0]?.nodes ?? [];
    expect(nodes[1]?.meta).toEqual({ iati: { type: '1', aggregationStatus: '1' } });
    expect(nodes[2]?.meta).toEqual({ iati: { measure: '1', ascending: '1', aggregationStatus: '0' } });
  });

  it('narratives in several languages: the activity’s language (or options.lang) in the field, every language in meta', () => {
    const title = [
      { text: 'Water for all' },
      { lang: 'fr', text: "De l'eau pour tous" },
    ];
    const a = activity([result([indicator({ title: [{ text: 'Wells built' }, { lang: 'FR', text: 'Puits construits' }] })])], { title });
    const english = importActivities([a]).documents[0];
    expect(english?.title).toBe('Water for all');
    expect(english?.meta).toMatchObject({ iati: { title: { en: 'Water for all', fr: "De l'eau pour tous" } } });
    const french = importActivities([a], { lang: 'fr' }).documents[0];
    expect(french?.title).toBe("De l'eau pour tous");
    expect(indicatorOf(french).title).toBe('Puits construits');
    expect(indicatorOf(french).meta).toMatchObject({ iati: { title: { en: 'Wells built', fr: 'Puits construits' } } });
  });

  it('related activities are returned beside the documents, parent and child named', () => {
    const parent = activity([result([indicator()])], { relatedActivities: [{ ref: 'XM-TEST-0', type: '1' }, { ref: 'XM-TEST-7', type: '2' }, { ref: 'XM-X', type: '42' }] });
    expect(importActivities([parent]).related).toEqual([
      { activity: 'XM-TEST-1', ref: 'XM-TEST-0', type: '1', relation: 'parent' },
      { activity: 'XM-TEST-1', ref: 'XM-TEST-7', type: '2', relation: 'child' },
      { activity: 'XM-TEST-1', ref: 'XM-X', type: '42', relation: 'unknown' },
    ]);
  });

  it('skipped elements are one line per activity; an activity without results gives no document, and says so', () => {
    const imported = importActivities([
      activity([result([indicator()])], { skipped: ['budget', 'transaction', 'sector'], at: { line: 3, column: 2 } }),
      activity([], { identifier: 'XM-TEST-2', relatedActivities: [{ ref: 'XM-TEST-1', type: '1' }] }),
    ]);
    expect(imported.documents.map((d) => d.id)).toEqual(['XM-TEST-1']);
    expect(imported.notCarried).toEqual([
      {
        activity: 'XM-TEST-1',
        path: ['iati-activity', 0],
        position: { line: 3, column: 2 },
        what: 'its budget, transaction, sector',
        why: 'a theory of change holds results only; the import reads results, titles, dates and organisations and skips the rest',
      },
      { activity: 'XM-TEST-2', path: ['iati-activity', 1], what: 'the whole activity', why: 'it has no results' },
    ]);
    expect(imported.diagnostics).toEqual([
      { code: 'iati-no-results', severity: 'warning', path: ['iati-activity', 1], ids: [], message: 'Activity "XM-TEST-2" has no results, so it gives no theory of change.' },
    ]);
    expect(imported.related).toEqual([{ activity: 'XM-TEST-2', ref: 'XM-TEST-1', type: '1', relation: 'parent' }]);
  });

  it('the activity: goal, organisation, period from the activity dates (actual before planned)', () => {
    const a = activity([result([indicator()])], {
      descriptions: [{ type: '2', text: text('Objectives') }, { type: '1', text: text('General description') }],
      dates: [
        { type: '1', isoDate: '2012-04-15' },
        { type: '2', isoDate: '2012-04-28' },
        { type: '3', isoDate: '2015-12-31' },
      ],
    });
    const document = importActivities([a]).documents[0];
    expect(document).toMatchObject({
      id: 'XM-TEST-1',
      title: 'Water for all',
      description: 'General description',
      organisation: 'Test Org',
      period: { start: '2012-04-28', end: '2015-12-31' },
    });
    expect(document?.nodes.slice(0, 2)).toEqual([
      { kind: 'goal', id: 'goal', title: 'Water for all' },
      { kind: 'objective', id: 'result-1', title: 'Trained staff', resultType: 'output', contributesTo: ['goal'], meta: { iati: { type: '1' } } },
    ]);
    expect(document?.meta).toMatchObject({ iati: { descriptions: [{ type: '2', text: 'Objectives' }] } });
  });
});
