import { isIsoDate, today } from '../document/dates.js';
import type { IsoDate } from '../document/types.js';
import type { Model } from '../model/model.js';
import { progressSeries } from '../progress/progress-series.js';
import { rollUp } from '../progress/roll-up.js';
import { dutyBearerRows } from '../report/duty-bearer-rows.js';
import { formatDutyBearerTable } from '../report/format-duty-bearer-table.js';
import { formatResultTypeTable } from '../report/format-result-type-table.js';
import { resultTypeRows } from '../report/partner-rows.js';
import { formatProgressTable } from '../report/format-progress-table.js';
import { formatSeriesTable } from '../report/format-series-table.js';
import { indicatorRows } from '../report/indicator-rows.js';
import { seriesRows } from '../report/series-rows.js';
import { jointProgress } from '../coalition/joint-progress.js';
import { formatJointProgress } from '../report/format-joint-progress.js';
import { loadWithCoalition } from './load-for-command.js';
import { aggregationsOption, functionsOption } from './aggregations-option.js';
import { maxReadingAgeOption } from './max-reading-age-option.js';
import { forOption } from './for-option.js';
import { EXIT, UsageError, emit, oneFile, tableWidth, type CommandArgs, type Io } from './support.js';

/** A list of dates after `--series`: `2016-12-31,2018-12-31`. */
const DATE_LIST = /^\d{4}-\d{2}-\d{2}(\s*,\s*\d{4}-\d{2}-\d{2})*,?$/;

/** The most dates a trend table takes. */
const MAX_SERIES_DATES = 100;

/** `toc progress FILE`: the roll-up as a table (or the data as JSON) in the view chosen. @internal */
export async function runProgress({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const series = values.series === true;
  // `--series` takes its dates as the word after it, which the argument parser leaves among the positionals.
  const dateLists = series ? positionals.filter((p) => DATE_LIST.test(p)) : [];
  if (dateLists.length > 1) throw new UsageError('--series takes one list of dates, comma-separated: --series 2016-12-31,2018-12-31.');
  const file = oneFile(
    positionals.filter((p) => !dateLists.includes(p)),
    'progress',
  );
  const view = chosenView(values);
  const width = tableWidth(values);
  const asOf = typeof values['as-of'] === 'string' ? values['as-of'] : undefined;
  const maxReadingAge = maxReadingAgeOption(values);
  if (dateLists[0] !== undefined && asOf !== undefined) {
    throw new UsageError('--as-of has no effect on --series with its own dates: give one or the other.');
  }
  const { model, coalition } = await loadWithCoalition(file, io, values);
  if (view === 'member' && coalition === undefined) throw new UsageError(`--by member is for a coalition file (one that lists members); ${file} is one theory of change.`);
  const json = values.json === true;
  const category = forOption(values, model);
  const forCategory = category === undefined ? {} : { for: category };

  if (view === 'series') {
    const dates = dateLists[0] === undefined ? yearEnds(model, asOf ?? today()) : givenDates(dateLists[0]);
    const trend = progressSeries(model, dates, { ...(maxReadingAge === undefined ? {} : { maxReadingAge }), ...forCategory, ...functionsOption(await aggregationsOption(values)) });
    const text = json ? JSON.stringify({ dates: trend.dates, rows: seriesRows(model, trend) }, null, 2) : formatSeriesTable(model, trend, { width });
    await emit(`${text}\n`, values.output, io);
    return EXIT.ok;
  }
  const report = rollUp(model, {
    ...(asOf === undefined ? {} : { asOf }),
    ...(maxReadingAge === undefined ? {} : { maxReadingAge }),
    ...forCategory,
    ...functionsOption(await aggregationsOption(values)),
  });
  let text: string;
  if (view === 'member' && coalition !== undefined) {
    const joint = jointProgress(model, coalition, report);
    text = json ? JSON.stringify(joint, null, 2) : formatJointProgress(joint);
  } else if (view === 'result-type') {
    text = json ? JSON.stringify({ asOf: report.asOf, resultTypes: resultTypeRows(model, report) }, null, 2) : formatResultTypeTable(model, report, { width });
  } else if (view === 'duty-bearer') {
    text = json ? JSON.stringify({ asOf: report.asOf, dutyBearers: dutyBearerRows(model, report) }, null, 2) : formatDutyBearerTable(model, report, { width });
  } else if (view === 'indicators') {
    text = json ? JSON.stringify({ asOf: report.asOf, indicators: indicatorRows(model, report) }, null, 2) : formatProgressTable(model, report, { width, indicators: true });
  } else {
    text = json ? JSON.stringify(report, null, 2) : formatProgressTable(model, report, { width });
  }
  await emit(`${text}\n`, values.output, io);
  return EXIT.ok;
}

/** The view asked for: at most one of `--indicators`, `--series`, `--by duty-bearer`, `--by result-type`. */
function chosenView(values: Readonly<Record<string, unknown>>): 'table' | 'indicators' | 'series' | 'duty-bearer' | 'result-type' | 'member' {
  const by = values.by;
  if (by !== undefined && by !== 'duty-bearer' && by !== 'result-type' && by !== 'member') throw new UsageError(`--by takes duty-bearer, result-type or member, not "${String(by)}".`);
  const views = [values.indicators === true ? '--indicators' : '', values.series === true ? '--series' : '', by === undefined ? '' : `--by ${by}`].filter((v) => v !== '');
  if (views.length > 1) throw new UsageError(`${views.join(' and ')} are different tables: choose one.`);
  if (values.indicators === true) return 'indicators';
  if (values.series === true) return 'series';
  return by === undefined ? 'table' : by;
}

/** The dates written after `--series`, checked, in time order, each once. */
function givenDates(list: string): IsoDate[] {
  const dates = list
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const wrong = dates.find((d) => !isIsoDate(d));
  if (wrong !== undefined) throw new UsageError(`--series takes calendar dates written YYYY-MM-DD, and "${wrong}" is not one.`);
  const unique = [...new Set(dates)].sort();
  if (unique.length > MAX_SERIES_DATES) throw new UsageError(`--series takes at most ${MAX_SERIES_DATES} dates, not ${unique.length}.`);
  return unique;
}

/**
 * The year-ends of the model's period up to `asOf`, and the period's end when
 * it is not a year-end and has passed; `asOf` alone when none has come yet.
 */
export function yearEnds(model: Model, asOf: IsoDate): IsoDate[] {
  const period = model.document.period;
  if (period === undefined) {
    throw new UsageError('the model has no period to take year-ends from: give the dates, as in --series 2016-12-31,2018-12-31.');
  }
  const last = period.end < asOf ? period.end : asOf;
  const dates: IsoDate[] = [];
  for (let year = Number(period.start.slice(0, 4)); year <= Number(last.slice(0, 4)) && dates.length < MAX_SERIES_DATES; year++) {
    const end = `${String(year).padStart(4, '0')}-12-31`;
    if (end >= period.start && end <= last) dates.push(end);
  }
  if (period.end <= asOf && !period.end.endsWith('-12-31') && dates.length < MAX_SERIES_DATES) dates.push(period.end);
  return dates.length === 0 ? [asOf] : dates;
}
