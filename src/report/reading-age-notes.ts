import type { IsoDuration } from '../document/types.js';
import { describeLimit } from '../progress/describe-age.js';
import { formatPercent } from '../progress/format-percent.js';
import { partlyOld } from '../progress/partly-old.js';
import type { IndicatorProgress, ProgressReportData, ResultProgress } from '../progress/types.js';
import { ILLUSTRATIVE_NOTE, titleLine, titled } from './table-parts.js';

/**
 * How the text tables and the Markdown report mark old readings (see the
 * progress guide, "Old readings"): a goal's or objective's coverage with its
 * recent share when part of it rests on old readings, `100% (63% recent)`;
 * an indicator's latest reading marked `◷` with its age; and the footnotes
 * that say which limit was applied. Nothing is marked, and no footnote
 * written, when no reading is old.
 */

/** The mark of an old reading. @internal */
export const OLD_MARK = '◷';

/** A coverage cell: `100%`, or `100% (63% recent)` when part of it rests on old readings. @internal */
export function coverageText(coverage: number, recentCoverage: number | undefined): string {
  const text = formatPercent(coverage);
  return partlyOld(coverage, recentCoverage) ? `${text} (${formatPercent(recentCoverage as number)} recent)` : text;
}

/**
 * The limit or limits behind the old readings and assessments of a report,
 * as a phrase: `the 18-month limit (maxReadingAge P18M)`, or `their age limit
 * (maxReadingAge)` when several differ.
 */
function limitPhrase(limits: ReadonlySet<IsoDuration>): string {
  if (limits.size === 1) {
    const [limit] = [...limits] as [IsoDuration];
    return `${describeLimit(limit)} (maxReadingAge ${limit})`;
  }
  return 'their age limit (maxReadingAge)';
}

/** The limits the old indicators of `report` were held to (and the model-wide one when an assessment is old). */
function oldLimits(report: ProgressReportData, indicators: readonly IndicatorProgress[], results: readonly ResultProgress[]): Set<IsoDuration> {
  const limits = new Set<IsoDuration>();
  for (const i of indicators) if (i.old === true && typeof i.maxReadingAge === 'string') limits.add(i.maxReadingAge);
  const model = report.settings.maxReadingAge;
  if (model !== undefined && results.some((r) => r.old === true)) limits.add(model);
  return limits;
}

/**
 * The footnote of a table whose coverage cells say `(63% recent)`:
 * `(N% recent): the share backed by readings within the 18-month limit
 * (maxReadingAge P18M) at 2020-12-31; older readings still count`. @internal
 */
export function recentCoverageNote(report: ProgressReportData): string {
  return `(N% recent): the share backed by readings within ${limitPhrase(oldLimits(report, report.indicators, report.results))} at ${report.asOf}; older readings still count`;
}

/**
 * The footnote of a table with old readings marked `◷`: `◷ older than the
 * 18-month limit (maxReadingAge P18M) on 2020-12-31; old readings still
 * count`. `indicators` are those the table lists. @internal
 */
export function oldReadingNote(report: ProgressReportData, indicators: readonly IndicatorProgress[]): string {
  const limits = oldLimits(report, indicators, []);
  const phrase = limits.size === 1 ? limitPhrase(limits) : 'its age limit (maxReadingAge)';
  return `${OLD_MARK} older than ${phrase} on ${report.asOf}; old readings still count`;
}

/** Whether the report's limits differ between the old indicators listed, so each mark names its own. @internal */
export function severalLimits(indicators: readonly IndicatorProgress[]): boolean {
  return new Set(indicators.filter((i) => i.old === true).map((i) => i.maxReadingAge)).size > 1;
}

/** A text with its footnotes below it after a blank line, each wrapped to `width`; the text alone without any. @internal */
export function withNotes(text: string, notes: readonly string[], width: number | undefined): string {
  return notes.length === 0 ? text : `${text}\n\n${notes.map((n) => titleLine(n, width)).join('\n')}`;
}

/**
 * {@link titled}, then `notes` below the illustrative note, each wrapped to
 * `width`; without notes, `titled` as it is. @internal
 */
export function titledWithNotes(title: string, table: string, illustrative: boolean, notes: readonly string[], width: number | undefined): string {
  if (notes.length === 0) return titled(title, table, illustrative, width);
  return withNotes(titled(title, table, false, width), [...(illustrative ? [ILLUSTRATIVE_NOTE] : []), ...notes], width);
}
