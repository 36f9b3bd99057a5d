import { READING_FLAGS } from '../document/reading-flags.js';
import { kindLabel } from '../diagnostics/describe.js';
import type { BreakdownEntry, IndicatorDocument, IndicatorValue, NodeDocument, SourceDocument } from '../document/types.js';
import { ratioValue, usesRatios } from '../document/breakdown.js';
import { readingWhen } from '../document/reading-date.js';
import { assumptionStatus, describeBalance, describeFinding, evidenceBalance, sortedFindings } from '../model/evidence-balance.js';
import { relationKey } from '../model/relations.js';
import { describeJudgedTarget } from './describe-judged-target.js';
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
  'not-broken-down': 'not broken down by the category asked for',
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
  /** The node each contributes-to contribution leads into (to find the link's findings and its assumptions' evidence). */
  const parentOf = new Map<Contribution, string>();
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
      (via === undefined || via.failingAssumptions.length === 0
        ? ''
        : ` ⚠ this link rests on a failing assumption: ${via.failingAssumptions.map((a) => describeAssumption(model.node(a))).join(', ')}`) + evidenceNote(via);
    // The findings on the link it was reached by, one a line, below it (before what lies below the child).
    const parent = via === undefined ? undefined : parentOf.get(via);
    const findings = parent === undefined || via === undefined ? [] : findingLines(model, via.id, parent, `${indent}  `);
    if (shown.has(current)) {
      lines.push(`${indent}${prefix}${describe(doc)}${link}: ${formatPercent(item.progress)}${share} (explained above)${warning}`);
      for (const line of findings) lines.push(line);
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
        const ratio = o.numerator === undefined || o.denominator === undefined ? '' : ` (${formatNumber(o.numerator)} of ${formatNumber(o.denominator)})`;
        lines.push(`${indent}  · ${readingWhen(o)}: ${formatValue(o.value, doc as IndicatorDocument)}${ratio}${o.rating === undefined ? '' : ` (rating ${o.rating})`}${details === '' ? '' : ` (${details})`}`);
        if (o.breakdown !== undefined) lines.push(`${indent}    parts: ${formatParts(o.breakdown, doc as IndicatorDocument)}`);
      }
      continue;
    }
    lines.push(`${indent}${prefix}${describe(doc)}${link}: ${resultSummary(item, report, via === undefined)}${share}${warning}`);
    for (const line of findings) lines.push(line);
    if (depth + 1 > maxDepth) continue;
    for (let k = item.contributions.length - 1; k >= 0; k--) {
      const c = item.contributions[k] as Contribution;
      if (c.relation === 'contributes-to') parentOf.set(c, current);
      stack.push({ id: c.id, depth: depth + 1, via: c });
    }
  }
  return lines.join('\n');
}

/** An assumption as {@link describe} names it, saying when its status was argued from its evidence. */
function describeAssumption(node: NodeDocument | undefined): string {
  if (node?.kind !== 'assumption' || node.status !== undefined) return describe(node);
  return `${describe(node)} (argued from its evidence: ${describeBalance(evidenceBalance(node.evidence ?? []))})`;
}

/** ` · evidence on this link: 2 supporting (1 strong)`, and a warning when it only challenges the link; empty without evidence. */
function evidenceNote(via: Contribution | undefined): string {
  const balance = via?.evidence;
  if (balance === undefined) return '';
  return ` · evidence on this link: ${describeBalance(balance)}${balance.onlyChallenging ? ' ⚠ only challenging evidence on this link' : ''}`;
}

/**
 * The findings on the link from `from` to `to`, one a line
 * (`✎ 2019-06-30 · supports (strong): … (source: …)`), then each assumption
 * of the link whose evidence is weighed (a finding with a stance or strength,
 * or no status written), with its status, its balance and its findings.
 */
function findingLines(model: Model, from: string, to: string, indent: string): string[] {
  const relation = model.relation(relationKey('contributes-to', from, to));
  if (relation?.kind !== 'contributes-to') return [];
  const out = sortedFindings(relation.evidence ?? []).map((f) => `${indent}✎ ${describeFinding(f)}`);
  for (const id of relation.assumptions) {
    const a = model.node(id);
    if (a?.kind !== 'assumption') continue;
    const evidence = a.evidence ?? [];
    if (a.status !== undefined && !evidence.some((f) => f.stance !== undefined || f.strength !== undefined)) continue;
    const judged = assumptionStatus(a);
    out.push(`${indent}⬡ ${describe(a)}: ${judged.status}${judged.argued ? ', argued from its evidence' : ' (as written)'}; ${describeBalance(evidenceBalance(evidence))}`);
    for (const f of sortedFindings(evidence)) out.push(`${indent}  ✎ ${describeFinding(f)}`);
  }
  return out;
}


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
  const ref = node.ref === undefined ? '' : ` ${node.ref}`;
  return `${kindLabel(node.kind)}${ref} "${node.title}" [${node.id}]`;
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
  // Per-period targets: which one is judged, and the value from its period alone.
  const judged = item.judgedTarget === undefined ? '' : `, ${describeJudgedTarget(item.judgedTarget, formatValue(item.judgedTarget.value, doc))}`;
  if (item.progress === null) {
    const reason = item.judgedTarget !== undefined && item.reason === 'no-observation' ? 'no observation within the period' : REASONS[item.reason ?? 'no-observation'];
    return `no data (${reason} as of ${asOf})${judged}${illustrative}`;
  }
  const raw = item.rawProgress !== null && item.rawProgress !== item.progress ? ` (raw ${formatPercent(item.rawProgress)}, capped)` : '';
  const count = item.observations.length;
  const within = item.judgedTarget === undefined ? '' : ' within the period';
  const how = `${doc.combine === 'cumulative' ? `total of ${count} observation${count === 1 ? '' : 's'}` : 'latest observation'}${within}`;
  const status = item.expected === null ? item.status.replace('-', ' ') : `${item.status.replace('-', ' ')} (expected ${formatPercent(item.expected)})`;
  return `${formatPercent(item.progress)}${raw}, ${status}: value ${formatValue(item.value, doc)} (${how}), baseline ${formatValue(item.baseline, doc)}, target ${formatValue(item.target, doc)}${judged}${illustrative}`;
}

/** ` ⚠ latest reading 2016-03-31, 4 years 9 months before 2020-12-31, older than the 18-month limit`, for an old reading; else empty. */
function oldReading(doc: IndicatorDocument, item: IndicatorProgress, asOf: string): string {
  const latest = item.observations[item.observations.length - 1];
  const limit = item.maxReadingAge;
  if (item.old !== true || latest === undefined || limit === undefined || limit === null) return '';
  const which = doc.combine === 'cumulative' ? 'most recent reading' : 'latest reading';
  return ` ⚠ ${which} ${readingWhen(latest)}, ${describeAge(latest.date, asOf)} before ${asOf}, older than ${describeLimit(limit)}`;
}

/** `sex female: 120; sex male: 110`: a reading's parts as written. */
function formatParts(breakdown: readonly BreakdownEntry[], doc: IndicatorDocument): string {
  return breakdown
    .map((e) => {
      const cats = Object.keys(e.for)
        .sort()
        .map((d) => `${d} ${e.for[d] as string}`)
        .join(', ');
      const ratio = e.numerator === undefined || e.denominator === undefined ? '' : ` (${formatNumber(e.numerator)} of ${formatNumber(e.denominator)})`;
      const value = e.value ?? ratioValue(e);
      return `${cats}: ${value === undefined ? '—' : formatValue(value, doc)}${ratio}${e.rating === undefined ? '' : ` (rating ${e.rating})`}`;
    })
    .join('; ');
}

function formatValue(value: IndicatorValue | null, doc: IndicatorDocument): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    const unit = doc.measure.kind === 'percentage' ? '%' : doc.unit === undefined ? '' : ` ${doc.unit}`;
    // A percentage worked out from counts is shown to one decimal (30 of 90: 33.3%).
    return `${formatNumber(usesRatios(doc) ? Math.round(value * 10) / 10 : value)}${unit}`;
  }
  return JSON.stringify(value);
}
