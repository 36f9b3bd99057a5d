import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Model } from '../../model/model.js';
import { writeIati } from '../xml/write-iati.js';
import type { IatiExportOptions } from './iati-export-options.js';
import { toIatiActivity } from './to-iati-activity.js';

/** What {@link toIati} gives: the IATI XML text and what it could not publish as asked. */
export interface IatiExport {
  /** An `iati-activities` file (IATI 2.03) with one `iati-activity`, valid against the 2.03 schema. */
  readonly xml: string;
  /**
   * Warnings: `iati-result-without-indicator` for each goal or objective IATI
   * cannot hold as a result (kept in the extension only), and
   * `iati-placeholder` for each value written as a placeholder.
   */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A theory of change as IATI 2.03 activity XML, to publish its results to
 * the IATI registry: goals and objectives as `result`s (impact, outcome or
 * output), indicators with their measure, baseline, targets and actuals by
 * period, sources as document links. What IATI cannot hold (the links
 * between results, weights, assumptions, duty bearers…) goes in the `toc:`
 * extension, which other IATI tools ignore, so that
 * {@link importIati} gives the same model back. The
 * rules are in docs/iati-mapping.md.
 *
 * The same model gives the same bytes, whatever the order of its nodes,
 * readings and links. Options left out are filled in as
 * {@link IatiExportOptions} says; a missing identifier or reporting
 * organisation becomes a placeholder and a warning.
 *
 * @example
 * ```ts
 * const { xml, diagnostics } = toIati(model, {
 *   identifier: 'GB-CHC-1234567-strategy-2015',
 *   reportingOrg: { ref: 'GB-CHC-1234567', type: '21' },
 * });
 * ```
 */
export function toIati(model: Model, options: IatiExportOptions = {}): IatiExport {
  const { activity, diagnostics } = toIatiActivity(model, options);
  return { xml: writeIati({ version: '2.03', activities: [activity] }), diagnostics };
}
