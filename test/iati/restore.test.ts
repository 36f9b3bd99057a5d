/**
 * restoreDocument on IATI written by toIati and then changed in another
 * tool, as XML text: values and comments edited there count, values added
 * there become plain readings, results and indicators added there are
 * reported, never carried over silently.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { toIati } from '../../src/iati/export/to-iati.js';
import { hasTheoryOfChange, restoreDocument, type RestoredDocument } from '../../src/iati/restore/restore-document.js';
import { readIatiActivities } from '../../src/iati/xml/read-iati.js';

const OPTIONS = { identifier: 'XM-1-s', reportingOrg: { ref: 'XM-1', type: '21' } };

function exported(nodes: readonly unknown[]): string {
  const result = validate({ title: 'Strategy', period: { start: '2020-01-01', end: '2025-12-31' }, nodes });
  if (!result.ok) throw new Error('invalid');
  return toIati(result.model, OPTIONS).xml;
}

function restore(xml: string): RestoredDocument {
  const file = readIatiActivities(xml);
  expect(file.diagnostics).toEqual([]);
  return restoreDocument(file.activities[0] as (typeof file.activities)[number]);
}

const GOAL = { kind: 'goal', id: 'g', title: 'People are free' };
const PEOPLE = {
  kind: 'indicator',
  id: 'people',
  title: 'People freed',
  measure: { kind: 'number' },
  measures: ['g'],
  baseline: { date: '2019-12-31', value: 0 },
  targets: [{ date: '2021-12-31', value: 100, note: 'Plan.' }],
  observations: [{ date: '2021-06-30', value: 40, note: 'Mid-year count.', flags: ['provisional'] }],
};
const indicator = (r: RestoredDocument, id = 'people'): Record<string, unknown> => r.document.nodes.find((n) => n.id === id) as unknown as Record<string, unknown>;

describe('restoreDocument', () => {
  it('an unchanged file gives the document back, with no diagnostics', () => {
    const back = restore(exported([GOAL, PEOPLE]));
    expect(back.diagnostics).toEqual([]);
    expect(back.document).toEqual({ title: 'Strategy', period: { start: '2020-01-01', end: '2025-12-31' }, nodes: [GOAL, PEOPLE] });
  });

  it("a reading's flags are said at the end of its comment", () => {
    expect(exported([GOAL, PEOPLE])).toContain('<narrative>Mid-year count.\n\nProvisional value: it may still change.</narrative>');
  });

  it('a value and a comment edited in another tool count; the rest of the reading (flags) stays', () => {
    const xml = exported([GOAL, PEOPLE])
      .replace('<actual value="40">', '<actual value="45">')
      .replace('<narrative>Mid-year count.\n\nProvisional value: it may still change.</narrative>', '<narrative>Recounted in July.</narrative>');
    const back = restore(xml);
    expect(back.diagnostics).toEqual([]);
    expect(indicator(back).observations).toEqual([{ date: '2021-06-30', value: 45, note: 'Recounted in July.', flags: ['provisional'] }]);
  });

  it('a comment removed in another tool removes the note; a scale level changed by position', () => {
    const scale = { kind: 'indicator', id: 's', title: 'Law', measure: { kind: 'scale', levels: ['none', 'drafted', 'passed'] }, measures: ['g'], targets: [{ date: '2022-12-31', value: 'drafted', note: 'Draft first.' }] };
    const xml = exported([GOAL, PEOPLE, scale])
      .replace(/<comment>\s*<narrative>Plan\.<\/narrative>\s*<\/comment>/, '')
      .replace('<target value="2">', '<target value="3">');
    const back = restore(xml);
    expect(back.diagnostics).toEqual([]);
    expect(indicator(back).targets).toEqual([{ date: '2021-12-31', value: 100 }]);
    // The comment was not edited: the note stays as written.
    expect(indicator(back, 's').targets).toEqual([{ date: '2022-12-31', value: 'passed', note: 'Draft first.' }]);
  });

  it('a finding rewritten in another tool is the new finding; its rating stays', () => {
    const finding = { kind: 'indicator', id: 'f', title: 'Attitudes', measure: { kind: 'qualitative' }, measures: ['g'], observations: [{ date: '2021-06-30', value: 'Some change.', rating: 0.4, note: 'Focus groups.' }] };
    const xml = exported([GOAL, finding]).replace('<narrative>Some change.\n\nFocus groups.</narrative>', '<narrative>Clear change in two districts.</narrative>');
    const back = restore(xml);
    expect(back.diagnostics).toEqual([]);
    expect(indicator(back, 'f').observations).toEqual([{ date: '2021-06-30', value: 'Clear change in two districts.', rating: 0.4 }]);
  });

  it('a value that does not fit the measure: reported with its place, the exported value kept', () => {
    const xml = exported([GOAL, PEOPLE]).replace('<actual value="40">', '<actual value="N/A">');
    const back = restore(xml);
    expect(indicator(back).observations).toEqual(PEOPLE.observations);
    expect(back.diagnostics).toEqual([
      {
        code: 'iati-not-carried-over',
        severity: 'warning',
        path: [],
        ids: ['people'],
        message: 'Indicator "people": the actual of 2020-01-01 – 2021-12-31 has the value "N/A", which does not fit its measure (number); the value exported before is kept.',
        position: expect.objectContaining({ line: expect.any(Number), column: expect.any(Number) }),
      },
    ]);
  });

  it('a target and an actual added in another tool become plain readings of their period', () => {
    const added = exported([GOAL, PEOPLE]).replace(
      /(<\/period>)(\s*<toc:extra>)/,
      '$1<period><period-start iso-date="2022-01-01"/><period-end iso-date="2022-12-31"/><target value="150"/><actual value="120"><comment><narrative>From the partner.</narrative></comment></actual></period>$2',
    );
    const back = restore(added);
    expect(back.diagnostics).toEqual([]);
    expect(indicator(back).targets).toEqual([PEOPLE.targets[0], { period: { start: '2022-01-01', end: '2022-12-31' }, value: 150 }]);
    expect(indicator(back).observations).toEqual([PEOPLE.observations[0], { period: { start: '2022-01-01', end: '2022-12-31' }, value: 120, note: 'From the partner.' }]);
    expect(validate(back.document).ok).toBe(true);
  });

  it('a result and an indicator added in another tool (no toc:id) are reported, not carried over', () => {
    const foreignIndicator = '<indicator measure="1"><title><narrative>Meals served</narrative></title></indicator>';
    const foreignResult = `<result type="1"><title><narrative>Kitchens built</narrative></title>${foreignIndicator}</result>`;
    // The foreign indicator after ours (indicators come together), the foreign result after ours.
    const withBoth = exported([GOAL, PEOPLE])
      .replace(/(<\/indicator>)/, `$1${foreignIndicator}`)
      .replace(/(<\/result>)/, `$1${foreignResult}`);
    const back = restore(withBoth);
    expect(back.diagnostics.map((d) => [d.code, d.ids, d.message])).toEqual([
      ['iati-not-carried-over', ['g'], 'The indicator "Meals served" of the result "People are free" has no toc:id: it was added in another tool and was not carried over.'],
      ['iati-not-carried-over', [], 'The result "Kitchens built" has no toc:id: it was added in another tool and was not carried over.'],
    ]);
    expect(back.document.nodes.map((n) => n.id)).toEqual(['g', 'people']);
  });

  it('hasTheoryOfChange tells a file written by toIati from any other', () => {
    const file = readIatiActivities(exported([GOAL, PEOPLE]).replace(/<toc:theory-of-change[^]*<\/toc:theory-of-change>/, ''));
    const activity = file.activities[0] as (typeof file.activities)[number];
    expect(hasTheoryOfChange(activity)).toBe(false);
    expect(hasTheoryOfChange(readIatiActivities(exported([GOAL, PEOPLE])).activities[0] as typeof activity)).toBe(true);
  });
});
