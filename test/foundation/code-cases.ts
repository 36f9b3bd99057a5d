/**
 * One minimal case per diagnostic code, shared by test/foundation/diagnostic-codes.test.ts
 * (code, severity, path, ids, message) and test/reading/positions.test.ts (line and
 * column of each, from a YAML and a JSON file).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { validate, type Diagnostic, type DiagnosticCode, type DocumentPath, type Severity } from '../../src/index.js';
import { parseText, readModelFile } from '../../src/node/index.js';
import { validateCoalition } from '../../src/coalition/validate-coalition.js';
import { doc, GOAL, INDICATOR } from './helpers.js';
import { readIati } from '../../src/iati/xml/read-iati.js';
import { toIatiActivity } from '../../src/iati/export/to-iati-activity.js';
import { restoreDocument } from '../../src/iati/restore/restore-document.js';
import { importActivities } from '../../src/iati/import/import-activities.js';
import type { IatiIndicator } from '../../src/iati/iati-activity.js';
import { activity, baseline, indicator as iatiIndicator, period, result, text as iatiText, value as iatiValue } from '../iati/import/build.js';

/** How to trigger one code, and what to expect of it. */
export interface CodeCase {
  /** Produces the diagnostics: validates a minimal document, or reads a file or text. */
  readonly run: () => Promise<readonly Diagnostic[]>;
  readonly severity: Severity;
  readonly path: DocumentPath;
  readonly ids: readonly string[];
  /** What the message must say: the ids involved, and where. */
  readonly mentions: readonly string[];
  /** Codes of the other diagnostics the minimal document cannot avoid; none by default. */
  readonly alongside?: readonly DiagnosticCode[];
}

/** A case that validates `document`; the document is kept for tests that write it to a file. */
export const validating = (document: unknown): (() => Promise<readonly Diagnostic[]>) & { readonly document: unknown } =>
  Object.assign((): Promise<readonly Diagnostic[]> => Promise.resolve(validate(document).diagnostics), { document });

const G = GOAL;

/** The IATI export of a valid document (its diagnostics only), with every option given but those left out of `omit`. */
const exporting =
  (document: unknown, omit: 'ref' | 'none' = 'none') =>
  (): Promise<readonly Diagnostic[]> => {
    const result = validate(document);
    if (!result.ok) throw new Error('the case document must be valid');
    const org = { type: '21', name: 'Acme', ...(omit === 'ref' ? {} : { ref: 'GB-CHC-1' }) };
    return Promise.resolve(toIatiActivity(result.model, { identifier: 'GB-CHC-1-x', reportingOrg: org }).diagnostics);
  };
const I = INDICATOR;

/** The diagnostics of importing one IATI activity (plain data) whose one result holds `indicator`. */
const importing =
  (indicator: IatiIndicator, resultType = '1') =>
  (): Promise<readonly Diagnostic[]> =>
    Promise.resolve(importActivities([activity([result([indicator], { type: resultType })])]).diagnostics);
/** The path of the IATI file's first indicator, where import diagnostics about it point. */
const IATI_INDICATOR = ['iati-activity', 0, 'result', 0, 'indicator', 0] as const;
const numberIndicator = (fields: Record<string, unknown>): Record<string, unknown> => ({
  kind: 'indicator',
  id: 'i',
  title: 'People freed',
  measure: { kind: 'number' },
  measures: ['g'],
  ...fields,
});

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'toc-foundation-'));
}

/** A quiet member document: goal g, objective o measured by indicator i. */
const MEMBER = doc([GOAL, { kind: 'objective', id: 'o', title: 'Laws are enforced', contributesTo: ['g'] }, { ...INDICATOR, measures: ['o'] }]);
/** A quiet coalition of member a (MEMBER), whose o contributes to the joint goal jg; `fields` replace its own. */
const coalition = (fields: Record<string, unknown> = {}, documents: ReadonlyMap<string, unknown> = new Map([['a', MEMBER]])): (() => Promise<readonly Diagnostic[]>) => () =>
  Promise.resolve(
    validateCoalition(
      { title: 'Coalition', members: [{ id: 'a', file: 'a.yaml' }], nodes: [{ kind: 'goal', id: 'jg', title: 'Slavery ends' }], links: [{ from: 'a:o', to: 'jg' }], ...fields },
      documents,
      { name: 'coalition.yaml' },
    ).diagnostics,
  );
/** A member with goal g measured by i, which has the framework code SDG 8.7.1 and one observation of `value` on 2020-12-31. */
const sharing = (value: boolean): Record<string, unknown> =>
  doc([GOAL, { ...INDICATOR, frameworks: [{ framework: 'SDG', code: '8.7.1' }], observations: [{ date: '2020-12-31', value }] }]);

/** Keyed by every code: a code added to DIAGNOSTIC_CODES without a case here is also a type error. */
export const CASES: { readonly [C in DiagnosticCode]: CodeCase } = {
  'unreadable-file': {
    run: async () => {
      const path = join(await tempDir(), 'missing.yaml');
      const result = await readModelFile(path);
      expect(result).toMatchObject({ ok: false, unusable: true });
      return result.diagnostics.map((d) => ({ ...d, message: d.message.replace(path, '<path>') }));
    },
    severity: 'error',
    path: [],
    ids: [],
    mentions: ['<path> could not be read', 'no such file', 'ENOENT'],
  },
  'invalid-syntax': {
    run: () => {
      const parsed = parseText('title: Test\nnodes: [\n', 'strategy.yaml');
      return Promise.resolve(parsed.ok ? [] : [parsed.diagnostic]);
    },
    severity: 'error',
    path: [],
    ids: [],
    mentions: ['strategy.yaml is not valid YAML or JSON', 'line 3, column 1'],
  },
  'invalid-type': {
    run: validating(doc([G, { ...I, title: 5 }])),
    severity: 'error',
    path: ['nodes', 1, 'title'],
    ids: ['i'],
    mentions: ['Indicator "i"', '"title"', 'must be text', 'the number 5'],
  },
  'missing-field': {
    run: validating(doc([G, I, { kind: 'duty-bearer', id: 'ministry', title: 'Ministry of Labour', accountableFor: ['g'] }])),
    severity: 'error',
    path: ['nodes', 2, 'actorType'],
    ids: ['ministry'],
    mentions: ['Duty bearer "ministry" is missing "actorType"'],
  },
  'unknown-field': {
    run: validating(doc([G, { ...I, untis: 'laws' }])),
    severity: 'error',
    path: ['nodes', 1, 'untis'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'field "untis"', 'Check its spelling'],
  },
  'invalid-value': {
    run: validating(doc([{ ...G, assessments: [{ progress: 1.5 }] }, I])),
    severity: 'error',
    path: ['nodes', 0, 'assessments', 0, 'progress'],
    ids: ['g'],
    mentions: ['Goal "g"', '"assessments[0].progress"', 'at most 1', 'the number 1.5'],
  },
  'unknown-kind': {
    run: validating(doc([G, I, { kind: 'outcome', id: 'o', title: 'Outcome' }])),
    severity: 'error',
    path: ['nodes', 2, 'kind'],
    ids: ['o'],
    mentions: ['Node "o"', 'the text "outcome"', '"kind"', '"goal", "objective", "duty-bearer", "rights-holder", "indicator", "assumption", "boundary-partner"'],
  },
  'empty-text': {
    run: validating(doc([{ ...G, title: '' }, I])),
    severity: 'error',
    path: ['nodes', 0, 'title'],
    ids: ['g'],
    mentions: ['Goal "g"', '"title" must not be empty'],
  },
  'non-finite-number': {
    run: validating(doc([G, { ...I, measures: [{ to: 'g', weight: Number.POSITIVE_INFINITY }] }])),
    severity: 'error',
    path: ['nodes', 1, 'measures', 0, 'weight'],
    ids: ['i'],
    mentions: ['Indicator "i"', '"measures[0].weight"', 'finite number', 'Infinity'],
  },
  'non-positive-weight': {
    run: validating(doc([G, { ...I, measures: [{ to: 'g', weight: 0 }] }])),
    severity: 'error',
    path: ['nodes', 1, 'measures', 0, 'weight'],
    ids: ['i'],
    mentions: ['Indicator "i"', '"measures[0].weight"', 'greater than 0', 'the number 0'],
  },
  'weight-out-of-range': {
    run: validating(doc([G, { ...I, measures: [{ to: 'g', weight: 1e308 }] }])),
    severity: 'error',
    path: ['nodes', 1, 'measures', 0, 'weight'],
    ids: ['i'],
    mentions: ['Indicator "i"', '"measures[0].weight"', 'between 0.000000001 and 1,000,000,000,000,000', 'the number 1e+308'],
  },
  'conflicting-readings': {
    run: validating(
      doc([
        G,
        numberIndicator({
          baseline: { date: '2020-01-01', value: 0 },
          targets: [{ date: '2024-12-31', value: 100 }],
          observations: [
            { date: '2022-01-01', value: 90 },
            { date: '2022-01-01', value: 10 },
          ],
        }),
      ]),
    ),
    severity: 'error',
    path: ['nodes', 1, 'observations', 0],
    ids: ['i'],
    mentions: ['Indicator "i" has two observations dated 2022-01-01 that differ (10 and 90)', 'latest value'],
  },
  'target-before-baseline': {
    run: validating(doc([G, numberIndicator({ baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2019-12-31', value: 10 }] })])),
    severity: 'error',
    path: ['nodes', 1, 'targets', 0, 'date'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'target of 2019-12-31 is dated before its baseline (2020-01-01)'],
  },
  'missing-value': {
    // A percentage broken down as values (not counts) does not add up, so the total must be written.
    run: validating(
      doc([G, numberIndicator({ measure: { kind: 'percentage' }, dimensions: { sex: ['female', 'male'] }, baseline: { date: '2020-01-01', value: 10 }, targets: [{ date: '2024-01-01', breakdown: [{ for: { sex: 'female' }, value: 50 }, { for: { sex: 'male' }, value: 40 }] }] })]),
    ),
    severity: 'error',
    path: ['nodes', 1, 'targets', 0],
    ids: ['i'],
    mentions: ['Indicator "i"', 'the target of 2024-01-01 gives no value', 'percentages given as values do not add up to a total'],
  },
  'unknown-dimension': {
    run: validating(doc([G, numberIndicator({ dimensions: { sex: ['female', 'male'] }, baseline: { date: '2020-01-01', value: 10, breakdown: [{ for: { sx: 'female' }, value: 4 }] } })])),
    severity: 'error',
    path: ['nodes', 1, 'baseline', 'breakdown', 0, 'for', 'sx'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'the dimension "sx", which the indicator does not declare', 'Did you mean "sex"?'],
    alongside: ['missing-target'],
  },
  'unknown-category': {
    run: validating(doc([G, numberIndicator({ dimensions: { sex: ['female', 'male'] }, baseline: { date: '2020-01-01', value: 10, breakdown: [{ for: { sex: 'femal' }, value: 4 }] } })])),
    severity: 'error',
    path: ['nodes', 1, 'baseline', 'breakdown', 0, 'for', 'sex'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'sex "femal", which is not one of its categories ("female", "male")', 'Did you mean "female"?'],
    alongside: ['missing-target'],
  },
  'duplicate-category': {
    run: validating(
      doc([G, numberIndicator({ dimensions: { sex: ['female', 'male'] }, baseline: { date: '2020-01-01', value: 10, breakdown: [{ for: { sex: 'female' }, value: 4 }, { for: { sex: 'female' }, value: 5 }] } })]),
    ),
    severity: 'error',
    path: ['nodes', 1, 'baseline', 'breakdown', 1],
    ids: ['i'],
    mentions: ['Indicator "i"', 'the baseline of 2020-01-01 gives two parts for sex: female'],
    alongside: ['missing-target'],
  },
  'breakdown-mismatch': {
    run: validating(
      doc([G, numberIndicator({ dimensions: { sex: ['female', 'male'] }, baseline: { date: '2020-01-01', value: 250, breakdown: [{ for: { sex: 'female' }, value: 120 }, { for: { sex: 'male' }, value: 110 }] } })]),
    ),
    severity: 'error',
    path: ['nodes', 1, 'baseline', 'breakdown'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'the baseline of 2020-01-01 gives a total of 250', 'parts by sex (sex: female: 120; sex: male: 110) add up to 230: 20 short'],
    alongside: ['missing-target'],
  },
  'invalid-ratio': {
    run: validating(doc([G, numberIndicator({ measure: { kind: 'percentage' }, baseline: { date: '2020-01-01', numerator: 3, denominator: 0 } })])),
    severity: 'error',
    path: ['nodes', 1, 'baseline', 'denominator'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'the baseline of 2020-01-01 has a denominator of 0', 'must be more than 0'],
    alongside: ['missing-target'],
  },
  'milestone-beyond-target': {
    run: validating(
      doc([
        G,
        numberIndicator({
          baseline: { date: '2020-01-01', value: 0 },
          targets: [
            { date: '2021-12-31', value: 2 },
            { date: '2022-12-31', value: 1 },
          ],
        }),
      ]),
    ),
    severity: 'warning',
    path: ['nodes', 1, 'targets', 0, 'value'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'milestone of 2021-12-31 (2) lies beyond its final target (1 by 2022-12-31)', 'expected from 2021-12-31 on'],
  },
  'duplicate-reading': {
    run: validating(
      doc([
        G,
        { ...I, observations: [{ date: '2024-06-30', value: true, source: 'Gazette' }, { date: '2024-06-30', value: true }] },
      ]),
    ),
    severity: 'warning',
    path: ['nodes', 1, 'observations', 0],
    ids: ['i'],
    mentions: ['Indicator "i" has the same observation dated 2024-06-30 (yes) more than once', 'used once'],
  },
  'invalid-date': {
    run: validating(doc([G, { ...I, observations: [{ date: '2023-02-29', value: true }] }])),
    severity: 'error',
    path: ['nodes', 1, 'observations', 0, 'date'],
    ids: ['i'],
    mentions: ['Indicator "i"', '"observations[0].date"', 'YYYY-MM-DD', '"2023-02-29"'],
  },
  'invalid-period': {
    run: validating(doc([G, I], { period: { start: '2025-01-01', end: '2024-12-31' } })),
    severity: 'error',
    path: ['period'],
    ids: [],
    mentions: ['The period ends (2024-12-31) before it starts (2025-01-01)'],
  },
  'invalid-duration': {
    run: validating(doc([G, { ...I, maxReadingAge: '18 months' }])),
    severity: 'error',
    path: ['nodes', 1, 'maxReadingAge'],
    ids: ['i'],
    mentions: ['Indicator "i"', '"maxReadingAge" must be an ISO 8601 duration such as P18M', 'the text "18 months"', '18 months is written P18M.'],
  },
  'duplicate-id': {
    run: validating(doc([G, I, { kind: 'goal', id: 'g', title: 'Another goal' }])),
    severity: 'error',
    path: ['nodes', 2, 'id'],
    ids: ['g'],
    mentions: ['Nodes 1 and 3', 'the id "g"'],
  },
  'duplicate-relation': {
    run: validating(doc([G, { ...I, measures: ['g', 'g'] }])),
    severity: 'error',
    path: ['nodes', 1, 'measures', 1],
    ids: ['i', 'g'],
    mentions: ['Indicator "i" measures "g" twice'],
  },
  'duplicate-level': {
    run: validating(doc([G, I], { levels: ['Impact', 'Outcome', 'Impact'] })),
    severity: 'error',
    path: ['levels', 2],
    ids: [],
    mentions: ['The level "Impact" is listed twice'],
  },
  'unknown-reference': {
    run: validating(doc([G, { ...I, measures: ['g', 'goal-2'] }])),
    severity: 'error',
    path: ['nodes', 1, 'measures', 1],
    ids: ['i', 'goal-2'],
    mentions: ['Indicator "i" measures "goal-2"', 'no node has the id "goal-2"'],
  },
  'unknown-level': {
    run: validating(doc([{ ...G, level: 'Outcome' }, I], { levels: ['Impact'] })),
    severity: 'error',
    path: ['nodes', 0, 'level'],
    ids: ['g'],
    mentions: ['Goal "g" is at level "Outcome"', `the document's levels ("Impact")`],
  },
  'wrong-relation-kind': {
    run: validating(doc([G, I, { kind: 'duty-bearer', id: 'ministry', title: 'Ministry', actorType: 'state', accountableFor: ['i'] }])),
    severity: 'error',
    path: ['nodes', 2, 'accountableFor', 0],
    ids: ['ministry', 'i'],
    mentions: ['Duty bearer "ministry" is accountable for Indicator "i"', 'only link this way to goals or objectives'],
  },
  cycle: {
    run: validating(
      doc([
        G,
        { kind: 'objective', id: 'a', title: 'A', contributesTo: ['g', 'b'] },
        { kind: 'objective', id: 'b', title: 'B', contributesTo: ['a'] },
        { ...I, measures: ['a'] },
      ]),
    ),
    severity: 'error',
    path: ['nodes', 1, 'contributesTo'],
    ids: ['a', 'b'],
    mentions: ['"a" → "b" → "a"', 'loop'],
  },
  'value-mismatch': {
    run: validating(doc([G, { ...I, baseline: { date: '2024-01-01', value: 3 } }])),
    severity: 'error',
    path: ['nodes', 1, 'baseline', 'value'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'the baseline of 2024-01-01 is the number 3', 'yes/no'],
  },
  'unmeasured-objective': {
    run: validating(doc([G])),
    severity: 'warning',
    path: ['nodes', 0],
    ids: ['g'],
    mentions: ['Goal "g" has no indicator'],
  },
  'missing-baseline': {
    run: validating(doc([G, numberIndicator({ targets: [{ date: '2026-12-31', value: 10 }] })])),
    severity: 'warning',
    path: ['nodes', 1],
    ids: ['i'],
    mentions: ['Indicator "i" has no baseline'],
  },
  'missing-target': {
    run: validating(doc([G, numberIndicator({ baseline: { date: '2024-01-01', value: 0 } })])),
    severity: 'warning',
    path: ['nodes', 1],
    ids: ['i'],
    mentions: ['Indicator "i" has no target'],
  },
  'target-wrong-side': {
    run: validating(doc([G, numberIndicator({ baseline: { date: '2024-01-01', value: 10 }, targets: [{ date: '2026-12-31', value: 5 }] })])),
    severity: 'warning',
    path: ['nodes', 1, 'targets', 0, 'value'],
    ids: ['i'],
    mentions: ['Indicator "i" should increase', 'target of 2026-12-31 (5) is below its baseline (10)'],
  },
  'target-equals-baseline': {
    run: validating(doc([G, numberIndicator({ baseline: { date: '2024-01-01', value: 10 }, targets: [{ date: '2026-12-31', value: 10 }] })])),
    severity: 'warning',
    path: ['nodes', 1, 'targets', 0, 'value'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'final target equals its baseline (the number 10)', 'a level to maintain'],
  },
  'goal-unreachable': {
    run: validating(doc([G, { kind: 'objective', id: 'o', title: 'Orphan' }, { ...I, measures: ['g', 'o'] }])),
    severity: 'warning',
    path: ['nodes', 1],
    ids: ['o'],
    mentions: ['Objective "o" contributes to no goal'],
  },
  'indicator-unlinked': {
    run: validating(doc([G, I, { ...I, id: 'j', title: 'Loose', measures: [] }])),
    severity: 'warning',
    path: ['nodes', 2],
    ids: ['j'],
    mentions: ['Indicator "j" measures nothing'],
  },
  'duty-bearer-unlinked': {
    run: validating(doc([G, I, { kind: 'duty-bearer', id: 'courts', title: 'Courts', actorType: 'judiciary' }])),
    severity: 'warning',
    path: ['nodes', 2],
    ids: ['courts'],
    mentions: ['Duty bearer "courts" is accountable for nothing'],
  },
  'assumption-unused': {
    run: validating(doc([G, I, { kind: 'assumption', id: 'will', title: 'Political will', status: 'uncertain' }])),
    severity: 'warning',
    path: ['nodes', 2],
    ids: ['will'],
    mentions: ['Assumption "will" underpins no link'],
  },
  'date-not-period-end': {
    run: validating(
      doc([G, numberIndicator({ baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2022-12-31', value: 10 }], observations: [{ date: '2021-06-30', period: { start: '2021-01-01', end: '2021-12-31' }, value: 4 }] })]),
    ),
    severity: 'error',
    path: ['nodes', 1, 'observations', 0, 'date'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'observation for 2021-01-01 – 2021-12-31 is dated 2021-06-30', 'the period\'s last day (2021-12-31)'],
  },
  'overlapping-targets': {
    run: validating(
      doc([
        G,
        numberIndicator({
          baseline: { date: '2020-12-31', value: 0 },
          targetsAre: 'per-period',
          targets: [
            { period: { start: '2021-01-01', end: '2021-12-31' }, value: 24 },
            { period: { start: '2021-07-01', end: '2022-06-30' }, value: 25 },
          ],
        }),
      ]),
    ),
    severity: 'error',
    path: ['nodes', 1, 'targets', 1, 'period'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'targets for 2021-01-01 – 2021-12-31 (24) and 2021-07-01 – 2022-06-30 (25) overlap', 'which one is in force is ambiguous'],
  },
  'overlapping-observations': {
    run: validating(
      doc([
        G,
        numberIndicator({
          combine: 'cumulative',
          baseline: { date: '2020-12-31', value: 0 },
          targets: [{ date: '2023-12-31', value: 100 }],
          observations: [
            { period: { start: '2021-01-01', end: '2021-12-31' }, value: 30 },
            { period: { start: '2021-07-01', end: '2022-06-30' }, value: 20 },
          ],
        }),
      ]),
    ),
    severity: 'warning',
    path: ['nodes', 1, 'observations', 1, 'period'],
    ids: ['i'],
    mentions: ['Indicator "i" adds its observations up', 'observations for 2021-01-01 – 2021-12-31 (30) and 2021-07-01 – 2022-06-30 (20) overlap', 'counted twice'],
  },
  'outside-target-periods': {
    run: validating(
      doc([
        G,
        numberIndicator({
          baseline: { date: '2020-12-31', value: 0 },
          targetsAre: 'per-period',
          targets: [{ date: '2021-12-31', value: 24 }],
          observations: [{ date: '2021-12-31', value: 20 }, { date: '2022-12-31', value: 26 }],
        }),
      ]),
    ),
    severity: 'warning',
    path: ['nodes', 1, 'observations', 1],
    ids: ['i'],
    mentions: ['Indicator "i"', 'observation of 2022-12-31 falls after its last target\'s period ends (2021-12-31)', 'no target judges it'],
  },
  'level-order': {
    run: validating(
      doc([{ ...G, level: 'Impact', contributesTo: ['top'] }, { kind: 'goal', id: 'top', title: 'Top', level: 'Outcome' }, I], {
        levels: ['Impact', 'Outcome'],
      }),
    ),
    severity: 'warning',
    path: ['nodes', 0, 'contributesTo', 0],
    ids: ['g', 'top'],
    mentions: ['Goal "g" (level "Impact") contributes to Goal "top" (level "Outcome")', 'from a lower level to a higher one'],
  },
  'unknown-aggregation': {
    run: validating(doc([{ ...G, aggregation: 'weakest-lnk' }, I])),
    severity: 'error',
    path: ['nodes', 0, 'aggregation'],
    ids: ['g'],
    mentions: ['Goal "g" names the aggregation "weakest-lnk"', 'no function is registered', 'Did you mean "weakest-link"?', '--aggregations'],
  },
  'assumption-status-contradicted': {
    run: validating(
      doc([
        G,
        { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', assumptions: ['will'] }] },
        { ...I, measures: ['o'] },
        { kind: 'assumption', id: 'will', title: 'Political will', status: 'holds', evidence: [{ summary: 'The bill was shelved', stance: 'challenges', strength: 'strong' }] },
      ]),
    ),
    severity: 'warning',
    path: ['nodes', 3, 'status'],
    ids: ['will'],
    mentions: ['Assumption "will" is judged "holds"', 'mostly challenges it (1 challenging (1 strong))'],
  },
  'invalid-source-url': {
    run: validating(
      doc([
        G,
        numberIndicator({
          baseline: { date: '2020-01-01', value: 0 },
          targets: [{ date: '2030-12-31', value: 10 }],
          observations: [{ date: '2022-06-30', value: 4, sources: [{ title: 'Survey', url: 'https://example.org/s' }, { title: 'Leaflet', url: 'javascript:alert(1)' }] }],
        }),
      ]),
    ),
    severity: 'error',
    path: ['nodes', 1, 'observations', 0, 'sources', 1, 'url'],
    ids: ['i'],
    mentions: ['Indicator "i"', 'the source "Leaflet" of its observation of 2022-06-30', '"javascript:alert(1)"', 'https://'],
  },
  'output-to-impact': {
    run: validating(
      doc([{ ...G, resultType: 'impact' }, { kind: 'objective', id: 'trained', title: 'Inspectors trained', resultType: 'output', contributesTo: ['g'] }, { ...I, measures: ['trained'] }]),
    ),
    severity: 'warning',
    path: ['nodes', 1, 'contributesTo', 0],
    ids: ['trained', 'g'],
    mentions: ['Objective "trained" (an output) contributes directly to Goal "g" (an impact)', 'an output leads to an outcome'],
  },
  'result-type-order': {
    run: validating(
      doc([
        { ...G, resultType: 'impact' },
        { kind: 'objective', id: 'laws', title: 'Laws enforced', resultType: 'outcome', contributesTo: ['g', 'trained'] },
        { kind: 'objective', id: 'trained', title: 'Inspectors trained', resultType: 'output', contributesTo: ['g'] },
        { ...I, measures: ['laws'] },
      ]),
    ),
    severity: 'warning',
    path: ['nodes', 1, 'contributesTo', 1],
    ids: ['laws', 'trained'],
    mentions: ['Objective "laws" (an outcome) contributes to Objective "trained" (an output)', 'runs the other way'],
    alongside: ['output-to-impact'],
  },
  'iati-not-xml': {
    run: readingIati('<iati-activities version="2.03">\n  <iati-activity>\n</iati-activities>'),
    severity: 'error',
    path: [],
    ids: [],
    mentions: ['not well-formed XML', 'iati-activity'],
  },
  'iati-doctype': {
    run: readingIati('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<iati-activities version="2.03"/>'),
    severity: 'error',
    path: [],
    ids: [],
    mentions: ['declares a document type (<!DOCTYPE lolz…>)', 'not read'],
  },
  'iati-entity': {
    run: readingIati('<iati-activities version="2.03"><iati-activity><iati-identifier>A&nbsp;B</iati-identifier></iati-activity></iati-activities>'),
    severity: 'error',
    path: [],
    ids: [],
    mentions: ['&nbsp;', '&amp;'],
  },
  'iati-not-activities': {
    run: readingIati('<iati-organisations version="2.03"/>'),
    severity: 'error',
    path: [],
    ids: [],
    mentions: ['"iati-organisations"', 'not "iati-activities"'],
  },
  'iati-too-deep': {
    run: readingIati(`<iati-activities version="2.03"><iati-activity>${'<t:x xmlns:t="urn:t">'.repeat(99)}${'</t:x>'.repeat(99)}</iati-activity></iati-activities>`),
    severity: 'error',
    path: [],
    ids: [],
    mentions: ['more than 100 deep'],
  },
  'iati-result-without-indicator': {
    run: exporting(doc([G, { kind: 'objective', id: 'so', title: 'Laws enforced', contributesTo: ['g'] }, { ...I, measures: ['g'] }], { period: { start: '2020-01-01', end: '2030-12-31' } })),
    severity: 'warning',
    path: ['nodes', 1],
    ids: ['so'],
    mentions: ['Objective "so" has no indicator', 'an IATI result needs one'],
  },
  'iati-placeholder': {
    run: exporting(doc([G, I], { period: { start: '2020-01-01', end: '2030-12-31' } }), 'ref'),
    severity: 'warning',
    path: [],
    ids: [],
    mentions: ['No reporting organisation identifier', 'XX-PLACEHOLDER', '--org'],
  },
  'iati-not-carried-over': {
    run: () => {
      const result = validate(doc([G, I], { period: { start: '2020-01-01', end: '2030-12-31' } }));
      if (!result.ok) throw new Error('the case document must be valid');
      const { activity } = toIatiActivity(result.model, { identifier: 'x', reportingOrg: { ref: 'r', type: '21' } });
      // Another tool added a result of its own (no toc:id).
      const added = { ...(activity.results[0] as (typeof activity.results)[number]), title: [{ text: 'Added elsewhere' }], foreignAttributes: {} };
      return Promise.resolve(restoreDocument({ ...activity, results: [...activity.results, added] }).diagnostics);
    },
    severity: 'warning',
    path: [],
    ids: [],
    mentions: ['The result "Added elsewhere" has no toc:id', 'not carried over'],
  },
  'iati-no-results': {
    run: () => Promise.resolve(importActivities([activity([], { identifier: 'XM-EMPTY' })]).diagnostics),
    severity: 'warning',
    path: ['iati-activity', 0],
    ids: [],
    mentions: ['Activity "XM-EMPTY" has no results'],
  },
  'iati-unusable-value': {
    run: importing(iatiIndicator({ periods: [period('2020-01-01', '2020-12-31', [iatiValue('N/A')])] })),
    severity: 'warning',
    path: [...IATI_INDICATOR, 'period', 0, 'target', 0],
    ids: ['indicator-1-1'],
    mentions: ['Activity "XM-TEST-1", indicator "People trained"', 'the target of 2020-01-01 to 2020-12-31 says "N/A"', 'left out'],
  },
  'iati-invalid-date': {
    run: importing(iatiIndicator({ periods: [period('2020-12-31', '2020-01-01', [iatiValue('4')])] })),
    severity: 'warning',
    path: [...IATI_INDICATOR, 'period', 0],
    ids: ['indicator-1-1'],
    mentions: ['period 1 is left out with its 1 value', 'it ends (2020-01-01) before it starts (2020-12-31)'],
  },
  'iati-ascending-assumed': {
    run: importing(iatiIndicator({ ascending: undefined })),
    severity: 'warning',
    path: [...IATI_INDICATOR],
    ids: ['indicator-1-1'],
    mentions: ['indicator "People trained"', 'no ascending', 'an increase is taken as progress'],
  },
  'iati-direction-doubtful': {
    run: importing(iatiIndicator({ ascending: '0', baselines: [baseline('2019', '10')], periods: [period('2020-01-01', '2020-12-31', [iatiValue('20')])] })),
    severity: 'warning',
    path: [...IATI_INDICATOR],
    ids: ['indicator-1-1'],
    mentions: ['says less is better (ascending="0")', 'its target (20) lies above its baseline (10)'],
  },
  'iati-measure-as-number': {
    run: importing(iatiIndicator({ measure: '4' })),
    severity: 'warning',
    path: [...IATI_INDICATOR],
    ids: ['indicator-1-1'],
    mentions: ['its measure is ordinal (4)', 'read as plain numbers'],
  },
  'iati-percentage-out-of-range': {
    run: importing(iatiIndicator({ measure: '2', periods: [period('2020-01-01', '2020-12-31', [iatiValue('80')], [iatiValue('120')])] })),
    severity: 'warning',
    path: [...IATI_INDICATOR, 'period', 0, 'actual', 0],
    ids: ['indicator-1-1'],
    mentions: ['the actual of 2020-01-01 to 2020-12-31 is 120, outside 0–100', 'plain number in percent'],
  },
  'iati-result-type-other': {
    run: importing(iatiIndicator(), '9'),
    severity: 'warning',
    path: ['iati-activity', 0, 'result', 0],
    ids: ['result-1'],
    mentions: ['result "Trained staff"', 'type 9 (other)', 'no result type'],
  },
  'iati-reading-left-out': {
    run: importing(iatiIndicator({ baselines: [baseline('2012', '10'), baseline('2010', '8')] })),
    severity: 'warning',
    path: [...IATI_INDICATOR, 'baseline', 0],
    ids: ['indicator-1-1'],
    mentions: ['the baseline of 2012-01-01 is left out', 'the earliest (2010-01-01) is kept'],
  },
  'iati-total-from-parts': {
    run: importing(
      iatiIndicator({
        periods: [
          period('2020-01-01', '2020-12-31', [
            iatiValue('6', { dimensions: [{ name: 'sex', value: 'female' }], comment: iatiText('Girls') }),
            iatiValue('4', { dimensions: [{ name: 'sex', value: 'male' }] }),
          ]),
        ],
      }),
    ),
    severity: 'warning',
    path: [...IATI_INDICATOR, 'period', 0, 'target', 0],
    ids: ['indicator-1-1'],
    mentions: ['the target of 2020-01-01 to 2020-12-31 gives no value for the whole, only for sex: female; sex: male', 'taken as their sum'],
  },
  'coalition-unknown-member': {
    run: coalition({ links: [{ from: 'a:o', to: 'jg' }, { from: 'b:o', to: 'jg' }] }),
    severity: 'error',
    path: ['links', 1, 'from'],
    ids: ['b:o'],
    mentions: ['Link 2 names "b:o"', 'no member "b"', 'its members: a'],
  },
  'coalition-unknown-reference': {
    run: coalition({ links: [{ from: 'a:o', to: 'jg' }, { from: 'a:oo', to: 'jg' }] }),
    severity: 'error',
    path: ['links', 1, 'from'],
    ids: ['a:oo'],
    mentions: ['Link 2 names "a:oo"', 'a\'s document (a.yaml) has no node with the id "oo"', 'Did you mean "a:o"?'],
  },
  'coalition-duplicate-member': {
    run: coalition({ members: [{ id: 'a', file: 'a.yaml' }, { id: 'a', file: 'other.yaml' }] }),
    severity: 'error',
    path: ['members', 1],
    ids: ['a'],
    mentions: ['Members "a" and "a" share the id "a"'],
  },
  'coalition-gap': {
    run: coalition({ nodes: [{ kind: 'goal', id: 'jg', title: 'Slavery ends' }, { kind: 'objective', id: 'jo', title: 'Survivors have remedy', contributesTo: ['jg'] }] }),
    severity: 'warning',
    path: ['nodes', 1],
    ids: ['jo'],
    mentions: ['No member contributes to the joint objective "jo"', 'from: member:id, to: jo'],
    alongside: ['unmeasured-objective'],
  },
  'coalition-conflicting-claims': {
    run: coalition(
      { members: [{ id: 'a', file: 'a.yaml' }, { id: 'b', file: 'b.yaml' }], links: [{ from: 'a:g', to: 'jg' }, { from: 'b:g', to: 'jg' }] },
      new Map([
        ['a', sharing(true)],
        ['b', sharing(false)],
      ]),
    ),
    severity: 'warning',
    path: ['nodes', 1],
    ids: ['a:i', 'b:i'],
    mentions: ['"a:i" and "b:i" are one shared indicator', 'their readings for 2020-12-31 differ', "a's is kept"],
  },
  'coalition-member-period': {
    // Member a's indicator i has no baseline: alone, its timeline starts on a's 2015-01-01; in the coalition, on 2017-01-01.
    run: coalition(
      { period: { start: '2017-01-01', end: '2020-12-31' } },
      new Map([['a', doc([GOAL, { kind: 'objective', id: 'o', title: 'Laws are enforced', contributesTo: ['g'] }, { ...INDICATOR, measures: ['o'], targets: [{ date: '2020-12-31', value: true }] }], { period: { start: '2015-01-01', end: '2020-12-31' } })]]),
    ),
    severity: 'warning',
    path: ['period'],
    ids: ['a:i'],
    mentions: ["a's period is 2015-01-01 to 2020-12-31, but the coalition's is 2017-01-01 to 2020-12-31", 'the expected progress of its indicators without a baseline (i) starts on 2017-01-01'],
  },
};

/** A case that reads IATI XML text (test/iati/xml/read-hostile.test.ts checks the lines and columns). */
function readingIati(text: string): () => Promise<readonly Diagnostic[]> {
  return () => Promise.resolve(readIati(text, () => undefined).diagnostics);
}
