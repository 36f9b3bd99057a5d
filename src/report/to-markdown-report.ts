import { noDataReasons } from './no-data-reasons.js';
import { readingWhen } from '../document/reading-date.js';
import type { IndicatorDocument, NodeDocument } from '../document/types.js';
import { judgedTargetName } from '../progress/describe-judged-target.js';
import { compareRefs } from '../model/compare-refs.js';
import { compareIds } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import type { IndicatorProgress, ProgressReportData, ResultProgress } from '../progress/types.js';
import { illustrativeIds } from '../progress/illustrative-ids.js';
import { formatValue, STATUS_TEXT } from '../mermaid/format.js';
import { formatPercent as percent } from '../progress/format-percent.js';
import { resolveMermaidOptions, type MermaidOptions } from '../mermaid/options.js';
import { selectNodes } from '../mermaid/select.js';
import { renderDiagram } from '../mermaid/to-mermaid.js';
import { escapeMarkdown } from './escape-markdown.js';
import { categoryText, readingParts } from './breakdown-text.js';
import { describeAge } from '../progress/describe-age.js';
import { partlyOld } from '../progress/partly-old.js';
import { coverageText, OLD_MARK, oldReadingNote, recentCoverageNote } from './reading-age-notes.js';
import { arguedMark, evidenceNotes, evidenceSection } from './evidence-markdown.js';
import { indicatorRows, type IndicatorRow } from './indicator-rows.js';
import type { JointProgress } from '../coalition/joint-progress.js';
import { coalitionMarkdown } from './markdown-coalition-section.js';
import { boundaryPartnerSection, flagMarks, flagNote, resultTypeSection, sourceSection } from './markdown-partner-sections.js';

/**
 * Options of {@link toMarkdownReport}: those of {@link "theory-of-change/mermaid"!toMermaid} for the
 * diagram, and the layout of the page.
 */
export interface MarkdownOptions extends MermaidOptions {
  /**
   * Heading level of the title (the model's title), 1 to 6; the sections are
   * one level below. `false` leaves out every heading. Default `2`.
   */
  readonly headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | false;
  /** With a report: whether to add a table of the indicators after that of the goals and objectives. Default `true`. */
  readonly indicatorTable?: boolean;
  /** With a report of a coalition: its joint progress (from `jointProgress`), which adds the Coalition sections after the diagram. */
  readonly jointProgress?: JointProgress;
}

const NONE = '—';

/**
 * A Markdown section ready for a README, a wiki or a report: the model's title,
 * the diagram in a ` ```mermaid ` fence (GitHub, GitLab, Notion and most docs
 * sites draw it), and, with a progress report, a table of the goals and
 * objectives (progress, expected progress, status, coverage, notes) and one of
 * the indicators (baseline, latest value, target, progress, status). Tables
 * list the goals and objectives the diagram shows (see `focus` and `depth`),
 * top-down, children in the order of their `ref` (natural order: `1.2` before
 * `1.10`), and their indicators, whether the diagram draws indicators or not.
 * Where readings are held to an age limit (`maxReadingAge`), a coverage that
 * rests partly on older readings gives its recent share, `100% (63% recent)`,
 * an old latest reading is marked `◷` with its date and age, and a note under
 * each table names the limit. All user text is
 * escaped: in tables it shows as written (no cell, link, image, HTML or code
 * fence can come from it), in the diagram it goes through {@link "theory-of-change/mermaid"!escapeLabel}.
 *
 * @param model A validated model.
 * @param report Its progress report, if any.
 * @param options See {@link MarkdownOptions}; all optional.
 * @returns Markdown text ending with a newline.
 * @throws As {@link "theory-of-change/mermaid"!toMermaid} does.
 *
 * @example
 * ```ts
 * await writeFile('STRATEGY.md', toMarkdownReport(model, rollUp(model, { asOf: '2025-06-30' }), { headingLevel: 1 }));
 * ```
 */
export function toMarkdownReport(model: Model, report?: ProgressReportData, options: MarkdownOptions = {}): string {
  const resolved = resolveMermaidOptions(options, report);
  const selection = selectNodes(model, resolved);
  const level = options.headingLevel ?? 2;
  const heading = (text: string, offset: number): string[] =>
    level === false ? [] : [`${'#'.repeat(Math.min(level + offset, 6))} ${escapeMarkdown(text)}`, ''];
  const out: string[] = [...heading(model.title, 0)];
  if (report !== undefined) {
    const category = report.settings.for;
    out.push(`Progress as of ${escapeMarkdown(report.asOf)}${category === undefined ? '' : escapeMarkdown(`, for ${categoryText(category)} only`)}.`, '');
  }
  out.push('```mermaid', renderDiagram(model, resolved, selection).trimEnd(), '```');
  if (report === undefined) return `${out.join('\n')}\n`;

  const results = new Map(report.results.map((r) => [r.id, r]));
  const indicators = new Map(report.indicators.map((r) => [r.id, r]));
  const order = treeOrder(model, selection.nodes);
  const illustrative = illustrativeIds(model, report);
  const reasons = noDataReasons(model, report);
  if (options.jointProgress !== undefined) out.push(...coalitionMarkdown(model, options.jointProgress, heading, illustrative));
  out.push('', ...heading('Goals and objectives', 1), ...resultTable(model, report, order, results, illustrative, reasons));
  if (order.some((node) => partlyOld(results.get(node.id)?.coverage ?? 0, results.get(node.id)?.recentCoverage))) {
    out.push('', escapeMarkdown(recentCoverageNote(report)));
  }
  const sectionHeading = (text: string): string[] => heading(text, 1);
  out.push(...resultTypeSection(model, report, sectionHeading));
  const rows = new Map(indicatorRows(model, report).map((r) => [r.id, r]));
  let sourced: readonly IndicatorDocument[] = [];
  if (options.indicatorTable ?? true) {
    // The indicators of what the diagram shows, drawn or not.
    const listed = selectNodes(model, { ...resolved, indicators: true }).nodes;
    const shownIndicators = indicatorOrder(model, order, listed);
    if (shownIndicators.length > 0) {
      out.push('', ...heading('Indicators', 1), ...indicatorTable(model, report.asOf, shownIndicators, indicators, rows, report.settings.for !== undefined, reasons));
      if (shownIndicators.some((node) => isIllustrativeIndicator(node, indicators.get(node.id)))) {
        out.push('', '_Illustrative_: figures not from a published source.');
      }
      out.push(...flagNote(shownIndicators.flatMap((node) => rows.get(node.id) ?? [])));
      const old = shownIndicators.flatMap((node) => {
        const p = indicators.get(node.id);
        return p?.old === true ? [p] : [];
      });
      if (old.length > 0) out.push('', `${escapeMarkdown(oldReadingNote(report, old))}.`);
    }
    sourced = shownIndicators;
  }
  // Only when the document weighs evidence: reports of other documents are as they were.
  const evidence = evidenceSection(model);
  if (evidence.length > 0) out.push('', ...heading('Evidence on links and assumptions', 1), ...evidence);
  // The boundary partners and the source documents only where the model has them: other reports stay as they were.
  out.push(...boundaryPartnerSection(model, report, sectionHeading), ...sourceSection(sourced, rows, sectionHeading));
  return `${out.join('\n')}\n`;
}

/** Whether an indicator's figures are illustrative: tagged so, or (in the report) resting on a reading flagged so. */
function isIllustrativeIndicator(node: IndicatorDocument, p: IndicatorProgress | undefined): boolean {
  return (node.tags ?? []).includes('illustrative') || p?.illustrative === true;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function refOf(node: NodeDocument): string {
  return node.ref === undefined ? '' : escapeMarkdown(node.ref);
}

function nameOf(model: Model, id: string): string {
  const node = model.node(id) as NodeDocument;
  return node.ref === undefined || node.ref === '' ? node.title : node.ref;
}

function resultTable(
  model: Model,
  report: ProgressReportData,
  order: readonly NodeDocument[],
  results: ReadonlyMap<string, ResultProgress>,
  illustrative: ReadonlySet<string>,
  reasons: ReadonlyMap<string, string>,
): string[] {
  const withLevel = order.some((node) => model.level(node.id) !== undefined);
  const header = ['Ref', 'Goal or objective', ...(withLevel ? ['Level'] : []), 'Progress', 'Expected', 'Status', 'Coverage', 'Notes'];
  const lines = [row(header), row(header.map(() => '---'))];
  for (const node of order) {
    const r = results.get(node.id);
    const notes: string[] = [];
    const why = reasons.get(node.id);
    if (why !== undefined) notes.push(`no data: ${why}`);
    if (r?.method === 'assessment') notes.push(r.old === true && r.assessment?.date !== undefined ? `manual assessment of ${r.assessment.date}, ${describeAge(r.assessment.date, report.asOf)} old` : 'manual assessment');
    if (illustrative.has(node.id)) notes.push('incl. illustrative figures');
    if (r !== undefined && r.failingAssumptions.length > 0) {
      const names = [...r.failingAssumptions].sort(compareIds).map((id) => (model.has(id) ? `${nameOf(model, id)}${arguedMark(model, id)}` : id));
      notes.push(`⚠ assumption fails: ${names.join('; ')}`);
    }
    if (r !== undefined) for (const note of evidenceNotes(model, r)) notes.push(note);
    lines.push(
      row([
        refOf(node),
        escapeMarkdown(node.title),
        ...(withLevel ? [escapeMarkdown(model.level(node.id) ?? '')] : []),
        r === undefined || r.progress === null ? NONE : percent(r.progress),
        r === undefined || r.expected === null ? NONE : percent(r.expected),
        r === undefined ? NONE : STATUS_TEXT[r.status],
        r === undefined ? NONE : coverageText(r.coverage, r.recentCoverage),
        escapeMarkdown(notes.join('; ')),
      ]),
    );
  }
  return lines;
}

function indicatorTable(
  model: Model,
  asOf: string,
  order: readonly IndicatorDocument[],
  indicators: ReadonlyMap<string, IndicatorProgress>,
  rows: ReadonlyMap<string, IndicatorRow>,
  forCategory: boolean,
  reasons: ReadonlyMap<string, string>,
): string[] {
  const header = ['Ref', 'Indicator', 'Measures', 'Baseline', 'Latest', 'Target', 'Progress', 'Status'];
  const lines = [row(header), row(header.map(() => '---'))];
  for (const node of order) {
    const p = indicators.get(node.id);
    // The parts by category, after each value (whole-model reports, indicators with dimensions).
    const parts = node.dimensions === undefined || forCategory ? undefined : readingParts(node, p);
    const withParts = (text: string, part: string | undefined): string => (part === undefined || part === '' ? text : `${text} (${escapeMarkdown(part)})`);
    const illustrative = isIllustrativeIndicator(node, p) ? ' _(illustrative)_' : '';
    const r = rows.get(node.id);
    const progress = p?.rawProgress ?? p?.progress ?? null;
    const lastReading = p?.observations.at(-1);
    const age = p?.old === true && lastReading !== undefined ? ` ${OLD_MARK} (${readingWhen(lastReading)}, ${describeAge(lastReading.date, asOf)} old)` : '';
    // Per-period targets: the target judged, named with its period.
    const judged = p?.judgedTarget === undefined ? '' : ` (${judgedTargetName(p.judgedTarget)}${p.judgedTarget.ended ? '' : ', running'})`;
    lines.push(
      row([
        refOf(node),
        escapeMarkdown(node.title) + illustrative,
        escapeMarkdown(model.measuredBy(node.id).map((id) => nameOf(model, id)).join(', ')),
        p === undefined ? NONE : withParts((escapeMarkdown(formatValue(p.baseline, node)) || NONE) + flagMarks(r?.baseline), parts?.baseline),
        p === undefined ? NONE : withParts((escapeMarkdown(formatValue(p.value, node)) || NONE) + flagMarks(r?.latest), parts?.latest) + escapeMarkdown(age),
        p === undefined ? NONE : withParts((escapeMarkdown(formatValue(p.target, node)) || NONE) + flagMarks(r?.target), parts?.target) + escapeMarkdown(judged),
        progress === null ? NONE : percent(progress),
        p === undefined ? NONE : `${STATUS_TEXT[p.status]}${reasons.has(node.id) ? escapeMarkdown(` (${reasons.get(node.id) as string})`) : ''}`,
      ]),
    );
  }
  return lines;
}

/** Shown goals and objectives, top-down: each before what contributes to it, siblings in natural `ref` order. */
function treeOrder(model: Model, shown: ReadonlySet<string>): NodeDocument[] {
  const byRef = (a: string, b: string): number => {
    const x = model.node(a) as NodeDocument;
    const y = model.node(b) as NodeDocument;
    return compareRefs(x.ref ?? x.id, y.ref ?? y.id) || compareIds(a, b);
  };
  const results = model.nodes.filter((n) => (n.kind === 'goal' || n.kind === 'objective') && shown.has(n.id));
  const tops = results
    .filter((n) => !model.parents(n.id).some((p) => shown.has(p)))
    .map((n) => n.id)
    .sort(byRef);
  const seen = new Set<string>();
  const out: NodeDocument[] = [];
  const stack = [...tops].reverse();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(model.node(id) as NodeDocument);
    const children = model.children(id).filter((c) => shown.has(c) && !seen.has(c)).sort(byRef);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as string);
  }
  return out;
}

/** Shown indicators, in the order of the first goal or objective each measures, then the rest by id. */
function indicatorOrder(model: Model, order: readonly NodeDocument[], shown: ReadonlySet<string>): IndicatorDocument[] {
  const seen = new Set<string>();
  const out: IndicatorDocument[] = [];
  const add = (id: string): void => {
    if (seen.has(id) || !shown.has(id)) return;
    seen.add(id);
    out.push(model.node(id) as IndicatorDocument);
  };
  for (const node of order) {
    const ids = [...model.indicatorsOf(node.id)].sort((a, b) => {
      const x = model.node(a) as NodeDocument;
      const y = model.node(b) as NodeDocument;
      return compareRefs(x.ref ?? x.id, y.ref ?? y.id) || compareIds(a, b);
    });
    ids.forEach(add);
  }
  model
    .indicators()
    .map((n) => n.id)
    .sort(compareIds)
    .forEach(add);
  return out;
}
