import type { IndicatorDocument, IndicatorValue, NodeDocument, ReadingFlag, SourceDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import { describeAge, describeLimit } from './describe-age.js';
import { formatNumber, formatPercent } from './format-percent.js';
import { indentFor } from './indent.js';
import { progressOf } from './progress-of.js';
import type { Contribution, IndicatorProgress, NoDataReason, ProgressReportData, ResultProgress } from './types.js';

/** Options of {@link explainProgress}. */
export interface ExplainOptions {
  /** How many levels below the node to explain. Default: all the way down to the observations. */
  readonly depth?: number;
}

const REASONS: Readonly<Record<NoDataReason, string>> = {
  'no-observation': 'no observation yet',
  'no-baseline': 'no baseline to measure from',
  'no-target': 'no target to measure against',
  'before-baseline': 'its observations all predate the baseline',
};

/**
 * Explains in plain text where a node's progress comes from: its value,
 * status and coverage, then each contribution (weight, progress, share of the
 * value), down through the objectives to the indicators and the observations
 * used. A node reached twice is explained once. Iterative, so any depth is safe.
 *
 * @example
 * ```ts
 * console.log(explainProgress(model, rollUp(model, { asOf: '2018-12-31' }), 'ko1'));
 * // Objective 1 "Duty bearers are responsive…": 41.7% as of 2018-12-31, at risk (expected 60%) …
 * //   - Objective 1.1 "…" [so1-1] (weight 1): 50%, … → contributes 16.7 points
 * ```
 */
export function explainProgress(model: Model, report: ProgressReportData, id: string, options: ExplainOptions = {}): string {
  const maxDepth = options.depth ?? Number.POSITIVE_INFINITY;
  const root = progressOf(report, id);
  const node = model.node(id);
  if (root === undefined || node === undefined) {
    throw new Error(`theory-of-change: the report has no progress for ${JSON.stringify(id)}.`);
  }
  const lines: string[] = [];
  const shown = new Set<string>();
  const stack: { id: string; depth: number; via: Contribution | undefined }[] = [{ id, depth: 0, via: undefined }];
  while (stack.length > 0) {
    const { id: current, depth, via } = stack.pop() as { id: string; depth: number; via: Contribution | undefined };
    const item = progressOf(report, current);
    const doc = model.node(current);
    if (item === undefined || doc === undefined) continue;
    const indent = indentFor(depth);
    const prefix = via === undefined ? '' : `- `;
    const link = via === undefined ? '' : ` (weight ${via.weight}${via.countedAsZero ? ', no data counted as 0' : ''})`;
    const share = via === undefined ? '' : ` → contributes ${formatPercent(via.share).replace('%', '')} points`;
    const warning =
      via === undefined || via.failingAssumptions.length === 0
        ? ''
        : ` ⚠ this link rests on a failing assumption: ${via.failingAssumptions.map((a) => describe(model.node(a))).join(', ')}`;
    if (shown.has(current)) {
      lines.push(`${indent}${prefix}${describe(doc)}${link}: ${formatPercent(item.progress)}${share} (explained above)${warning}`);
      continue;
    }
    shown.add(current);
    if (item.kind === 'indicator') {
      lines.push(`${indent}${prefix}${describe(doc)}${link}: ${indicatorSummary(doc as IndicatorDocument, item, report.asOf)}${share}${warning}`);
      const whose = behaviourOf(model, doc as IndicatorDocument);
      if (whose !== '' && depth + 1 <= maxDepth) lines.push(`${indent}  · ${whose}`);
      for (const o of item.observations) {
        if (depth + 1 > maxDepth) break;
        const details = [
          o.source === undefined ? '' : `source: ${o.source}`,
          ...(o.sources ?? []).map(sourceText),
          ...READING_FLAGS.filter((f) => o.flags?.includes(f) === true),
          o.note ?? '',
        ]
          .filter((x) => x !== '')
          .join('; ');
        lines.push(`${indent}  · ${o.date}: ${formatValue(o.value, doc as IndicatorDocument)}${o.rating === undefined ? '' : ` (rating ${o.rating})`}${details === '' ? '' : ` (${details})`}`);
      }
      continue;
    }
    lines.push(`${indent}${prefix}${describe(doc)}${link}: ${resultSummary(item, report, via === undefined)}${share}${warning}`);
    if (depth + 1 > maxDepth) continue;
    for (let k = item.contributions.length - 1; k >= 0; k--) {
      const c = item.contributions[k] as Contribution;
      stack.push({ id: c.id, depth: depth + 1, via: c });
    }
  }
  return lines.join('\n');
}

/** The flags in the order explanations and reports list them. */
const READING_FLAGS: readonly ReadingFlag[] = ['illustrative', 'estimated', 'provisional'];

/** `source: Global Estimates 2022 (survey, 2022-09-12) <https://…>`: a source document as an explanation lists it. */
function sourceText(source: SourceDocument): string {
  const about = [source.kind, source.date].filter((x) => x !== undefined).join(', ');
  return `source: ${source.title}${about === '' ? '' : ` (${about})`}${source.url === undefined ? '' : ` <${source.url}>`}`;
}

/**
 * `progress markers of the behaviour of Boundary partner "Labour inspectorate" [inspectorate]`
 * for a markers indicator that names whose behaviour its markers describe (its
 * measure's `of`, and any marker's own), else empty.
 */
function behaviourOf(model: Model, doc: IndicatorDocument): string {
  if (doc.measure.kind !== 'markers') return '';
  const whole = doc.measure.of;
  const own = doc.measure.markers.filter((m) => m.of !== undefined && m.of !== whole);
  if (whole === undefined && own.length === 0) return '';
  const parts = [
    ...(whole === undefined ? [] : [`progress markers of the behaviour of ${describe(model.node(whole))}`]),
    ...own.map((m) => `marker "${m.title}" [${m.id}]: the behaviour of ${describe(model.node(m.of as string))}`),
  ];
  return parts.join('; ');
}

function describe(node: NodeDocument | undefined): string {
  if (node === undefined) return '(unknown)';
  const kind =
    node.kind === 'objective'
      ? 'Objective'
      : node.kind === 'goal'
        ? 'Goal'
        : node.kind === 'indicator'
          ? 'Indicator'
          : node.kind === 'assumption'
            ? 'Assumption'
            : node.kind === 'boundary-partner'
              ? 'Boundary partner'
              : node.kind === 'duty-bearer'
                ? 'Duty bearer'
                : node.kind === 'rights-holder'
                  ? 'Rights holder'
                  : 'Node';
  const ref = node.ref === undefined ? '' : ` ${node.ref}`;
  return `${kind}${ref} "${node.title}" [${node.id}]`;
}

function resultSummary(item: ResultProgress, report: ProgressReportData, top: boolean): string {
  const asOf = report.asOf;
  const parts: string[] = [`${formatPercent(item.progress)}${top ? ` as of ${asOf}` : ''}`];
  // Without data the status says nothing more than "no data"; what was expected by then still tells "late" from "not started".
  if (item.progress === null) {
    if (item.expected !== null) parts[0] = `${parts[0] as string} (${formatPercent(item.expected)} expected by then)`;
  } else parts.push(item.expected === null ? item.status.replace('-', ' ') : `${item.status.replace('-', ' ')} (expected ${formatPercent(item.expected)})`);
  // How much of the coverage rests on readings within their age limit, when not all of it does.
  const recent = item.recentCoverage;
  const within = recent === undefined || recent === item.coverage ? '' : ` (${formatPercent(recent)} from readings within their age limit)`;
  parts.push(`coverage ${formatPercent(item.coverage)}${within}`);
  const withData = item.contributions.filter((c) => c.progress !== null || c.countedAsZero).length;
  switch (item.method) {
    case 'weighted-mean':
      parts.push(`weighted mean of ${withData} of ${item.contributions.length} inputs`);
      break;
    case 'weakest-link':
      parts.push(`weakest link: the lowest of ${withData} of ${item.contributions.length} inputs`);
      break;
    case 'custom':
      parts.push(`custom aggregation of ${withData} of ${item.contributions.length} inputs`);
      break;
    case 'assessment': {
      const a = item.assessment;
      const who = a?.by === undefined ? '' : ` by ${a.by}`;
      const limit = report.settings.maxReadingAge;
      const age = item.old === true && a?.date !== undefined && limit !== undefined ? ` (${describeAge(a.date, asOf)} before ${asOf}, older than ${describeLimit(limit)})` : '';
      const when = a?.date === undefined ? '' : ` on ${a.date}${age}`;
      const note = a?.note === undefined ? '' : ` ("${a.note}")`;
      parts.push(`set by manual assessment${who}${when}${note}; the indicators alone give ${formatPercent(item.computed)}`);
      break;
    }
    case 'none':
      parts.push('nothing below it has data yet');
      break;
  }
  return parts.join(', ');
}

function indicatorSummary(doc: IndicatorDocument, item: IndicatorProgress, asOf: string): string {
  const illustrative = `${item.illustrative ? ' [illustrative figures]' : ''}${oldReading(doc, item, asOf)}`;
  if (item.progress === null) return `no data (${REASONS[item.reason ?? 'no-observation']} as of ${asOf})${illustrative}`;
  const raw = item.rawProgress !== null && item.rawProgress !== item.progress ? ` (raw ${formatPercent(item.rawProgress)}, capped)` : '';
  const count = item.observations.length;
  const how = doc.combine === 'cumulative' ? `total of ${count} observation${count === 1 ? '' : 's'}` : 'latest observation';
  const status = item.expected === null ? item.status.replace('-', ' ') : `${item.status.replace('-', ' ')} (expected ${formatPercent(item.expected)})`;
  return `${formatPercent(item.progress)}${raw}, ${status}: value ${formatValue(item.value, doc)} (${how}), baseline ${formatValue(item.baseline, doc)}, target ${formatValue(item.target, doc)}${illustrative}`;
}

/** ` ⚠ latest reading 2016-03-31, 4 years 9 months before 2020-12-31, older than the 18-month limit`, for an old reading; else empty. */
function oldReading(doc: IndicatorDocument, item: IndicatorProgress, asOf: string): string {
  const latest = item.observations[item.observations.length - 1];
  const limit = item.maxReadingAge;
  if (item.old !== true || latest === undefined || limit === undefined || limit === null) return '';
  const which = doc.combine === 'cumulative' ? 'most recent reading' : 'latest reading';
  return ` ⚠ ${which} ${latest.date}, ${describeAge(latest.date, asOf)} before ${asOf}, older than ${describeLimit(limit)}`;
}

function formatValue(value: IndicatorValue | null, doc: IndicatorDocument): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    const unit = doc.measure.kind === 'percentage' ? '%' : doc.unit === undefined ? '' : ` ${doc.unit}`;
    return `${formatNumber(value)}${unit}`;
  }
  return JSON.stringify(value);
}
