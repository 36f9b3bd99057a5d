/**
 * Per-category tables say why a row has no data: `no data¹` with a footnote
 * per reason. The reasons below are worked out by hand from the document:
 * attendance declares no dimension; trained has a baseline of the whole only;
 * scores' one reading (2024-06-30) is after the report date; libraries has no
 * target; enrolled's baseline and target are by sex only (no age).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadModel, rollUp } from '../../src/index.js';
import { formatDutyBearerTable, formatIndicatorTable, formatProgressTable, formatResultTypeTable, toHtmlReport, toMarkdownReport } from '../../src/report/index.js';

const DOCUMENT = `
title: Girls' education
period: { start: '2021-01-01', end: '2024-12-31' }
nodes:
  - { kind: goal, id: learning, ref: '1', title: Girls and boys learn to read }
  - { kind: objective, id: school, ref: '1.1', title: Children go to school and stay, contributesTo: [learning] }
  - { kind: objective, id: teaching, ref: '1.2', title: Teachers teach reading well, contributesTo: [learning] }
  - { kind: objective, id: books, ref: '1.3', title: Every school has books, contributesTo: [learning] }
  - kind: indicator
    id: enrolled
    title: Children enrolled
    measures: [school]
    measure: { kind: number }
    dimensions: { sex: [female, male], age: [under-12, 12-and-over] }
    baseline: { date: '2021-01-01', value: 200, breakdown: [{ for: { sex: female }, value: 80 }, { for: { sex: male }, value: 120 }] }
    targets: [{ date: '2024-12-31', breakdown: [{ for: { sex: female }, value: 300 }, { for: { sex: male }, value: 300 }] }]
    observations:
      - date: '2023-06-30'
        breakdown:
          - { for: { sex: female, age: under-12 }, value: 120 }
          - { for: { sex: female, age: 12-and-over }, value: 60 }
          - { for: { sex: male, age: under-12 }, value: 130 }
          - { for: { sex: male, age: 12-and-over }, value: 90 }
  - kind: indicator
    id: attendance
    title: Days attended per term
    measures: [school]
    measure: { kind: number }
    baseline: { date: '2021-01-01', value: 40 }
    targets: [{ date: '2024-12-31', value: 55 }]
    observations: [{ date: '2023-06-30', value: 48 }]
  - kind: indicator
    id: trained
    title: Teachers trained in phonics
    measures: [teaching]
    measure: { kind: number }
    dimensions: { sex: [female, male] }
    baseline: { date: '2021-01-01', value: 10 }
    targets: [{ date: '2024-12-31', value: 100, breakdown: [{ for: { sex: female }, value: 60 }, { for: { sex: male }, value: 40 }] }]
    observations: [{ date: '2023-06-30', value: 50, breakdown: [{ for: { sex: female }, value: 30 }, { for: { sex: male }, value: 20 }] }]
  - kind: indicator
    id: scores
    title: Pupils reading at grade level
    measures: [teaching]
    measure: { kind: percentage }
    dimensions: { sex: [female, male] }
    baseline: { date: '2021-01-01', value: 30, breakdown: [{ for: { sex: female }, value: 28 }, { for: { sex: male }, value: 32 }] }
    targets: [{ date: '2024-12-31', value: 60, breakdown: [{ for: { sex: female }, value: 60 }, { for: { sex: male }, value: 60 }] }]
    observations: [{ date: '2024-06-30', value: 45, breakdown: [{ for: { sex: female }, value: 44 }, { for: { sex: male }, value: 46 }] }]
  - kind: indicator
    id: libraries
    title: Schools with a library corner
    measures: [books]
    measure: { kind: number }
    dimensions: { sex: [female, male] }
    baseline: { date: '2021-01-01', value: 0, breakdown: [{ for: { sex: female }, value: 0 }, { for: { sex: male }, value: 0 }] }
`;

const model = loadModel(parse(DOCUMENT));
const female = rollUp(model, { asOf: '2024-01-01', for: { sex: 'female' } });

describe('why a per-category row has no data', () => {
  it('marks each goal or objective without data and says in a footnote what its indicators lack', () => {
    const text = formatProgressTable(model, female);
    expect(text).toContain('1.2    Teachers teach reading well     no data¹');
    expect(text).toContain('1.3    Every school has books          no data²');
    // 1.1 has data from enrolled (45%): no mark, though attendance below it has none.
    expect(text).toMatch(/1\.1 {4}Children go to school and stay {7}45% /);
    expect(text.split('\n\n').at(-1)).toBe(
      [
        '¹ no data: 1 indicator below it whose baseline gives no figure for sex female; 1 with no reading for sex female by 2024-01-01',
        '² no data: 1 indicator below it with no target',
      ].join('\n'),
    );
  });

  it('marks each indicator without data, one footnote per reason, numbered in the order of the rows', () => {
    const text = formatIndicatorTable(model, female);
    const marks = text.split('\n').flatMap((l) => (/no data([¹²³⁴⁵])/.exec(l) ?? []).slice(1));
    // Rows by title: Days attended, Children enrolled (45%), Pupils reading, Teachers trained, Schools with a library.
    expect(marks).toEqual(['¹', '²', '³', '⁴']);
    expect(text.split('\n\n').at(-1)).toBe(
      [
        '¹ no data: not broken down by sex',
        '² no data: no reading for sex female by 2024-01-01',
        '³ no data: its baseline gives no figure for sex female',
        '⁴ no data: no target to measure against',
      ].join('\n'),
    );
  });

  it('counts the indicators below a goal by reason, most first, and gives a reason once', () => {
    const report = rollUp(model, { asOf: '2024-01-01', for: { sex: 'female', age: 'under-12' } });
    const notes = formatProgressTable(model, report).split('\n\n').at(-1)?.split('\n');
    expect(notes).toEqual([
      // Below the goal: trained, scores, libraries lack age; attendance lacks both; enrolled's baseline has no age.
      '¹ no data: 3 indicators below it not broken down by age; 1 not broken down by age and sex; 1 whose baseline gives no figure for age under-12, sex female',
      '² no data: 1 indicator below it not broken down by age and sex; 1 whose baseline gives no figure for age under-12, sex female',
      '³ no data: 2 indicators below it not broken down by age',
      '⁴ no data: 1 indicator below it not broken down by age',
    ]);
  });

  it('says why in a report of the whole too: scores has no reading by the date, libraries no target', () => {
    const whole = rollUp(model, { asOf: '2024-01-01' });
    const progress = formatProgressTable(model, whole);
    // 1.2 has data from trained (44%) and 1.1 from enrolled and attendance: only 1.3 is marked.
    expect(progress).toContain('1.3    Every school has books          no data¹');
    expect(progress.match(/no data[¹²³]/g)).toEqual(['no data¹']);
    expect(progress.split('\n\n').at(-1)).toBe('¹ no data: 1 indicator below it with no target');
    const indicators = formatIndicatorTable(model, whole);
    // Rows: Days attended, Children enrolled, Pupils reading (no data¹), Teachers trained, Schools with a library (no data²).
    expect(indicators.match(/no data[¹²³]/g)).toEqual(['no data¹', 'no data²']);
    expect(indicators.split('\n\n').at(-1)).toBe('¹ no data: no reading by 2024-01-01\n² no data: no target to measure against');
  });

  it('is the same whatever the order of the nodes in the file', () => {
    const doc = parse(DOCUMENT) as { nodes: unknown[] };
    const reversed = loadModel({ ...doc, nodes: [...doc.nodes].reverse() });
    const again = rollUp(reversed, { asOf: '2024-01-01', for: { sex: 'female' } });
    expect(formatProgressTable(reversed, again, { indicators: true })).toBe(formatProgressTable(model, female, { indicators: true }));
  });

  it('the Markdown report gives the reason in the notes of a goal or objective and after an indicator\'s status', () => {
    const md = toMarkdownReport(model, female);
    expect(md).toContain('| 1.3 | Every school has books | — | 75% | no data | 0% | no data\\: 1 indicator below it with no target |');
    expect(md).toContain('| Days attended per term | 1.1 | — | — | — | — | no data (not broken down by sex) |');
    const whole = toMarkdownReport(model, rollUp(model, { asOf: '2024-01-01' }));
    expect(whole).toContain('| 1.3 | Every school has books | — | 75% | no data | 0% | no data\\: 1 indicator below it with no target |');
    expect(whole).toContain('| — | no data (no reading by 2024-01-01) |');
    expect(whole).not.toContain('not broken down');
  });

  it('the HTML report gives the reason under the no-data badge', () => {
    const html = toHtmlReport(model, female);
    expect(html).toContain('<span class="status no-data">no data</span><br><span class="sources why">1 indicator below it with no target</span>');
    expect(html).toContain('<span class="status no-data">no data</span><br><span class="sources why">its baseline gives no figure for sex female</span>');
    const whole = toHtmlReport(model, rollUp(model, { asOf: '2024-01-01' }));
    expect(whole.match(/<span class="sources why">[^<]*<\/span>/g)).toEqual([
      '<span class="sources why">1 indicator below it with no target</span>',
      '<span class="sources why">no reading by 2024-01-01</span>',
      '<span class="sources why">no target to measure against</span>',
    ]);
  });

  it('tells a final target without the category from a baseline without it, and a goal nothing measures', () => {
    const small = loadModel({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', ref: '1', title: 'Measured' },
        { kind: 'goal', id: 'h', ref: '2', title: 'Not measured' },
        {
          kind: 'indicator', id: 'i', title: 'I', measures: ['g'], measure: { kind: 'number' }, dimensions: { sex: ['female', 'male'] },
          baseline: { date: '2021-01-01', value: 10, breakdown: [{ for: { sex: 'female' }, value: 4 }, { for: { sex: 'male' }, value: 6 }] },
          targets: [{ date: '2024-12-31', value: 20 }],
          observations: [{ date: '2023-01-01', value: 15, breakdown: [{ for: { sex: 'female' }, value: 7 }, { for: { sex: 'male' }, value: 8 }] }],
        },
      ],
    });
    const report = rollUp(small, { asOf: '2024-01-01', for: { sex: 'female' } });
    expect(formatProgressTable(small, report).split('\n\n').at(-1)).toBe(
      '¹ no data: 1 indicator below it whose final target gives no figure for sex female\n² no data: nothing measures it',
    );
    expect(formatIndicatorTable(small, report).split('\n\n').at(-1)).toBe('¹ no data: its final target gives no figure for sex female');
  });
});

describe('why a row has no data, whatever the options', () => {
  const indicator = (id: string, measures: string, extra: Record<string, unknown>): Record<string, unknown> => ({
    kind: 'indicator', id, title: id, measures: [measures], measure: { kind: 'number' }, ...extra,
  });
  const small = loadModel({
    title: 'T',
    nodes: [
      { kind: 'goal', id: 'g', ref: '1', title: 'Goal' },
      { kind: 'objective', id: 'a', ref: '1.1', title: 'Assessed by hand', contributesTo: ['g'], assessments: [{ date: '2025-01-01', progress: 0.5 }] },
      { kind: 'objective', id: 'b', ref: '1.2', title: 'Unmeasured', contributesTo: ['g'] },
      { kind: 'objective', id: 'c', ref: '1.3', title: 'Measured', contributesTo: ['g'] },
      indicator('early', 'c', { baseline: { date: '2022-01-01', value: 0 }, targets: [{ date: '2024-12-31', value: 10 }], observations: [{ date: '2021-06-30', value: 3 }] }),
      indicator('nobase', 'c', { targets: [{ date: '2024-12-31', value: 10 }], observations: [{ date: '2023-06-30', value: 3 }] }),
      indicator('nobase2', 'c', { targets: [{ date: '2024-12-31', value: 10 }] }),
    ],
  });

  it('names the reason of each indicator and counts, below a goal, indicators then objectives by reason', () => {
    const report = rollUp(small, { asOf: '2024-01-01' });
    const reasons = new Map(report.indicators.map((i) => [i.id, i.reason]));
    expect([...reasons]).toEqual([['early', 'before-baseline'], ['nobase', 'no-baseline'], ['nobase2', 'no-baseline']]);
    const text = formatProgressTable(small, report);
    expect(text.split('\n\n').at(-1)?.split('\n')).toEqual([
      // The goal: early (readings before 2022-01-01), nobase and nobase2 below 1.3; 1.1 waits for its 2025 assessment; 1.2 has nothing.
      '¹ no data: 2 indicators below it with no baseline; 1 whose readings all predate the baseline; 1 objective below it that nothing measures; 1 with no assessment by 2024-01-01',
      '² no data: no assessment by 2024-01-01',
      '³ no data: nothing measures it',
      '⁴ no data: 2 indicators below it with no baseline; 1 whose readings all predate the baseline',
    ]);
    expect(formatIndicatorTable(small, report).split('\n\n').at(-1)).toBe('¹ no data: its readings all predate the baseline\n² no data: no baseline to measure from');
  });

  it('says an objective assessed by hand only is left out when assessments are not used', () => {
    const report = rollUp(small, { asOf: '2026-01-01', useAssessments: false });
    expect(toMarkdownReport(small, report)).toContain('| 1.1 | Assessed by hand | — | — | no data | 0% | no data\\: assessed by hand only, and assessments are left out |');
    // In force from 2025-01-01, the assessment gives 1.1 its 50%.
    expect(formatProgressTable(small, rollUp(small, { asOf: '2026-01-01' }))).toMatch(/1\.1 {4}Assessed by hand +50% /);
  });

  it('gives a per-period indicator no reading within the period of the target judged', () => {
    const m = loadModel({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', title: 'G' },
        indicator('yearly', 'g', {
          targetsAre: 'per-period',
          baseline: { date: '2022-01-01', value: 0 },
          targets: [{ date: '2022-12-31', value: 10 }, { date: '2023-12-31', value: 10 }],
          observations: [{ date: '2022-06-30', value: 4 }],
        }),
      ],
    });
    // As of 2024-01-01 the target judged is that of 2023-12-31; the only reading is of 2022.
    expect(formatIndicatorTable(m, rollUp(m, { asOf: '2024-01-01' })).split('\n').at(-1)).toBe('¹ no data: no reading in the period of its target of 2023-12-31');
  });

  it('gives each reason once in a long table: past nine footnotes the goals and objectives drop their counts', () => {
    const long = (objectives: number): ReturnType<typeof loadModel> =>
      loadModel({
        title: 'T',
        nodes: [
          { kind: 'goal', id: 'g', title: 'G' },
          ...Array.from({ length: objectives }, (_, k) => [
            { kind: 'objective', id: `o${k + 1}`, title: `O${k + 1}`, contributesTo: ['g'] },
            ...Array.from({ length: k + 1 }, (_, j) => indicator(`i${k + 1}-${j + 1}`, `o${k + 1}`, { baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2024-12-31', value: 1 }] })),
          ]).flat(),
        ],
      });
    // 8 objectives with 1..8 indicators none read, the goal 36 of them: 9 reasons in full, each its own footnote.
    const eight = formatProgressTable(long(8), rollUp(long(8), { asOf: '2024-01-01' })).split('\n\n').at(-1)?.split('\n');
    expect(eight).toHaveLength(9);
    expect(eight?.[0]).toBe('¹ no data: 36 indicators below it with no reading by 2024-01-01');
    // 9 objectives and the goal's 45: 10 in full, so one gist for every goal and objective.
    const nine = formatProgressTable(long(9), rollUp(long(9), { asOf: '2024-01-01' }));
    expect(nine.split('\n\n').at(-1)).toBe('¹ no data: indicators below it with no reading by 2024-01-01');
    expect(nine.match(/no data¹/g)).toHaveLength(10);
    // The Markdown report, one reason a row, keeps the counts.
    expect(toMarkdownReport(long(9), rollUp(long(9), { asOf: '2024-01-01' }))).toContain('no data\\: 45 indicators below it with no reading by 2024-01-01');
  });

  it('marks the rows of the duty-bearer and results-chain views too, with the same footnotes', () => {
    const m = loadModel({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', ref: '1', title: 'Goal', resultType: 'impact' },
        { kind: 'objective', id: 'o', ref: '1.1', title: 'Objective', resultType: 'outcome', contributesTo: ['g'] },
        { kind: 'duty-bearer', id: 'd', title: 'District office', actorType: 'state', accountableFor: ['o'] },
        indicator('i', 'o', { baseline: { date: '2022-01-01', value: 0 }, targets: [{ date: '2024-12-31', value: 10 }] }),
      ],
    });
    const report = rollUp(m, { asOf: '2024-01-01' });
    // i has a baseline and a target but no reading; o and g have only i below them.
    const note = '¹ no data: 1 indicator below it with no reading by 2024-01-01';
    const duty = formatDutyBearerTable(m, report).split('\n');
    expect(duty.find((l) => l.startsWith('1.1'))).toMatch(/^1\.1 +Objective +no data¹ +0% +no data$/);
    expect(duty.slice(-2)).toEqual(['', note]);
    const chain = formatResultTypeTable(m, report).split('\n');
    expect(chain.filter((l) => l.includes('no data¹'))).toHaveLength(2);
    expect(chain.slice(-2)).toEqual(['', note]);
  });
});
