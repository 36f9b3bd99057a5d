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
import { formatIndicatorTable, formatProgressTable, toHtmlReport, toMarkdownReport } from '../../src/report/index.js';

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

  it('says nothing more in a report of the whole', () => {
    const whole = rollUp(model, { asOf: '2024-01-01' });
    const text = `${formatProgressTable(model, whole)}\n${formatIndicatorTable(model, whole)}`;
    expect(text).toContain('1.3    Every school has books           no data');
    expect(text).not.toMatch(/[¹²³⁴]|no data:/);
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
    expect(toMarkdownReport(model, rollUp(model, { asOf: '2024-01-01' }))).not.toContain('no data (');
  });

  it('the HTML report gives the reason under the no-data badge', () => {
    const html = toHtmlReport(model, female);
    expect(html).toContain('<span class="status no-data">no data</span><br><span class="sources why">1 indicator below it with no target</span>');
    expect(html).toContain('<span class="status no-data">no data</span><br><span class="sources why">its baseline gives no figure for sex female</span>');
    expect(toHtmlReport(model, rollUp(model, { asOf: '2024-01-01' }))).not.toContain('class="sources why"');
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

