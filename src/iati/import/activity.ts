/**
 * An IATI activity (not written by `toIati`) as a theory of change: the activity is the goal,
 * each result an objective contributing to it, each indicator an indicator measuring its result.
 * @internal
 */
import type { IndicatorDocument, JsonValue, NodeDocument, ObjectiveDocument, ResultType, TheoryOfChangeDocument } from '../../document/types.js';
import type { IatiActivity, IatiResult } from '../iati-activity.js';
import { excerpt, type ActivityContext } from './activity-context.js';
import { child, type ImportSink, type Place } from './context.js';
import { iatiMeta, importIndicator, referencesMeta } from './indicator.js';
import { sourceOf } from './readings.js';
import { repairReadings, type Repaired } from './repair.js';
import { allLanguages, compact, pickText, type Languages } from './text.js';
import { readDate } from './values.js';

const RESULT_TYPES: Readonly<Record<string, ResultType>> = { '1': 'output', '2': 'outcome', '3': 'impact' };

/** Imports one activity, or `undefined` (reported) when it has no results. @internal */
export function importActivity(activity: IatiActivity, index: number, sink: ImportSink, lang: string | undefined): Repaired | undefined {
  const identifier = activity.identifier.trim();
  const place: Place = { path: ['iati-activity', index], ...(activity.at === undefined ? {} : { position: activity.at }) };
  const label = `Activity ${identifier === '' ? `${index + 1} (no iati-identifier)` : JSON.stringify(identifier)}`;
  const languages: Languages = compact({ wanted: lang ?? activity.lang, activity: activity.lang });
  const ctx: ActivityContext = { sink, activity: identifier, label, languages, origins: new Map() };

  if (activity.skipped.length > 0) {
    sink.leaveOut(identifier, place, `its ${activity.skipped.join(', ')}`, 'a theory of change holds results only; the import reads results, titles, dates and organisations and skips the rest');
  }
  for (const [i, e] of activity.extensions.entries()) {
    sink.leaveOut(identifier, { path: [...place.path, `{${e.uri}}${e.name}`, i] }, `the element ${e.name} of the namespace ${e.uri}`, 'it is not IATI, and not ours');
  }
  if (activity.results.length === 0) {
    sink.report('iati-no-results', place, [], `${label} has no results, so it gives no theory of change.`);
    sink.leaveOut(identifier, place, 'the whole activity', 'it has no results');
    return undefined;
  }

  const title = pickText(activity.title, languages) ?? (identifier === '' ? `Activity ${index + 1}` : identifier);
  const general = activity.descriptions.filter((d) => d.type === undefined || d.type.trim() === '1');
  const description = general.map((d) => pickText(d.text, languages)).find((t) => t !== undefined);
  const nodes: NodeDocument[] = [{ kind: 'goal', id: 'goal', title }];
  const indicators: IndicatorDocument[] = [];
  activity.results.forEach((result, r) => {
    const resultPlace = child(place, 'result', r, result.at);
    const objective = importResult(result, r, resultPlace, ctx);
    nodes.push(objective);
    result.indicators.forEach((indicator, k) => {
      const spot = { id: `indicator-${r + 1}-${k + 1}`, resultId: objective.id, place: child(resultPlace, 'indicator', k, indicator.at), where: `result ${r + 1}, indicator ${k + 1}` };
      indicators.push(importIndicator(indicator, spot, ctx));
    });
  });
  nodes.push(...indicators);

  const document: TheoryOfChangeDocument = compact({
    id: identifier === '' ? undefined : identifier,
    title,
    description,
    organisation: pickText(activity.reportingOrg.name, languages) ?? activity.reportingOrg.ref?.trim(),
    period: periodOf(activity),
    meta: iatiMeta({
      identifier,
      lang: activity.lang,
      reportingOrg: compact({ ref: activity.reportingOrg.ref, type: activity.reportingOrg.type, name: allLanguages(activity.reportingOrg.name, languages) }),
      title: allLanguages(activity.title, languages),
      descriptions: descriptionsMeta(activity, languages),
      status: activity.status,
      dates: activity.dates.length === 0 ? undefined : activity.dates.map((d) => ({ type: d.type, isoDate: d.isoDate })),
      participatingOrgs: activity.participatingOrgs.length === 0 ? undefined : activity.participatingOrgs.map((o) => compact({ ref: o.ref, type: o.type, role: o.role, name: pickText(o.name, languages) })),
      defaultCurrency: activity.defaultCurrency,
      lastUpdated: activity.lastUpdated,
    }),
    nodes,
  });
  return repairReadings(document, ctx);
}

/** A result as an objective contributing to the goal. */
function importResult(result: IatiResult, r: number, place: Place, ctx: ActivityContext): ObjectiveDocument {
  const id = `result-${r + 1}`;
  const title = pickText(result.title, ctx.languages) ?? `Result ${r + 1}`;
  const code = result.type.trim();
  const resultType = RESULT_TYPES[code];
  if (resultType === undefined) {
    const words = code === '9' ? 'type 9 (other)' : code === '' ? 'no type' : `the type "${code}", not a code of IATI's list (1 output, 2 outcome, 3 impact, 9 other)`;
    ctx.sink.report('iati-result-type-other', place, [id], `${ctx.label}, result "${excerpt(title, 60)}": it has ${words}, so it is imported as an objective with no result type (output, outcome or impact).`);
  }
  const ref = result.references.find((x) => x.vocabulary.trim() === '99' && x.code.trim() !== '')?.code.trim();
  return compact({
    kind: 'objective' as const,
    id,
    title,
    description: pickText(result.description, ctx.languages),
    ref,
    resultType,
    contributesTo: ['goal'],
    meta: iatiMeta({
      type: result.type,
      aggregationStatus: result.aggregationStatus,
      title: allLanguages(result.title, ctx.languages),
      description: allLanguages(result.description, ctx.languages),
      references: referencesMeta(result.references),
      documents: result.documentLinks.length === 0 ? undefined : result.documentLinks.map((l) => ({ ...sourceOf(l, ctx.languages), address: l.url })),
    }),
  });
}

/** The activity's dates as the document's period: actual start (else planned), actual end (else planned). */
function periodOf(activity: IatiActivity): { readonly start: string; readonly end: string } | undefined {
  const date = (type: string): string | undefined => readDate(activity.dates.find((d) => d.type.trim() === type)?.isoDate);
  const start = date('2') ?? date('1');
  const end = date('4') ?? date('3');
  return start !== undefined && end !== undefined && start <= end ? { start, end } : undefined;
}

/** Descriptions other than the general one, and the general one in every language. */
function descriptionsMeta(activity: IatiActivity, languages: Languages): JsonValue | undefined {
  const kept = activity.descriptions.flatMap((d, i) => {
    const text = pickText(d.text, languages);
    const general = (d.type === undefined || d.type.trim() === '1') && i === activity.descriptions.findIndex((x) => x.type === undefined || x.type.trim() === '1');
    if (text === undefined || (general && allLanguages(d.text, languages) === undefined)) return [];
    return [compact({ type: d.type, text: allLanguages(d.text, languages) ?? text })];
  });
  return kept.length === 0 ? undefined : kept;
}
