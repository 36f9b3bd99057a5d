/** Small builders of IATI activities as plain data (what the XML reader gives), for the import tests. */
import type { IatiActivity, IatiBaseline, IatiIndicator, IatiPeriod, IatiResult, IatiText, IatiValue } from '../../../src/iati/iati-activity.js';

export const text = (t: string, lang?: string): IatiText => [lang === undefined ? { text: t } : { lang, text: t }];

export function value(v: string | undefined, extra: Partial<IatiValue> = {}): IatiValue {
  return { ...(v === undefined ? {} : { value: v }), locations: [], dimensions: [], comment: [], documentLinks: [], extensions: [], ...extra };
}

export function baseline(year: string, v: string | undefined, extra: Partial<IatiBaseline> = {}): IatiBaseline {
  return { ...value(v), year, ...extra };
}

export function period(start: string, end: string, targets: readonly IatiValue[], actuals: readonly IatiValue[] = []): IatiPeriod {
  return { start, end, targets, actuals, extensions: [], foreignAttributes: {} };
}

export function indicator(extra: Partial<IatiIndicator> = {}): IatiIndicator {
  return {
    measure: '1',
    ascending: '1',
    title: text('People trained'),
    description: [],
    documentLinks: [],
    references: [],
    baselines: [],
    periods: [],
    extensions: [],
    foreignAttributes: {},
    ...extra,
  };
}

export function result(indicators: readonly IatiIndicator[], extra: Partial<IatiResult> = {}): IatiResult {
  return { type: '1', title: text('Trained staff'), description: [], documentLinks: [], references: [], indicators, extensions: [], foreignAttributes: {}, ...extra };
}

export function activity(results: readonly IatiResult[], extra: Partial<IatiActivity> = {}): IatiActivity {
  return {
    identifier: 'XM-TEST-1',
    lang: 'en',
    reportingOrg: { ref: 'XM-TEST', type: '21', name: text('Test Org') },
    title: text('Water for all'),
    descriptions: [],
    participatingOrgs: [],
    dates: [],
    relatedActivities: [],
    results,
    extensions: [],
    foreignAttributes: {},
    skipped: [],
    ...extra,
  };
}
