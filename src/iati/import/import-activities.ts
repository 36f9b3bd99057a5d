/**
 * IATI activities, as plain data, to theory-of-change documents (see docs/iati-mapping.md,
 * "Import"). {@link importIati} reads the XML and calls this.
 */
import type { TheoryOfChangeDocument } from '../../document/types.js';
import type { IatiActivities, IatiActivity } from '../iati-activity.js';
import { importActivity } from './activity.js';
import { ImportSink } from './context.js';
import type { IatiImport, ImportIatiOptions, RelatedActivity } from './import-result.js';

/** The namespace of our extension: an activity carrying `toc:theory-of-change` was written by `toIati`. */
export const TOC_NAMESPACE = 'urn:theory-of-change:iati:1';

const RELATIONS: Readonly<Record<string, RelatedActivity['relation']>> = { '1': 'parent', '2': 'child', '3': 'sibling', '4': 'co-funded', '5': 'third-party' };

/**
 * Imports activities already read from XML: one document per activity with results (see
 * {@link importIati} for the rules). For tools that hold IATI data in their own form.
 *
 * @example
 * ```ts
 * import { importActivities } from 'theory-of-change/iati';
 * const { documents, diagnostics } = importActivities(activities);
 * ```
 */
export function importActivities(activities: IatiActivities | readonly IatiActivity[], options: ImportIatiOptions = {}): IatiImport {
  const list = 'activities' in activities ? activities.activities : activities;
  const sink = new ImportSink();
  const documents: TheoryOfChangeDocument[] = [];
  const related: RelatedActivity[] = [];
  list.forEach((activity, index) => {
    for (const link of activity.relatedActivities) {
      const type = link.type.trim();
      related.push({ activity: activity.identifier.trim(), ref: link.ref.trim(), type: link.type, relation: RELATIONS[type] ?? 'unknown' });
    }
    // TODO(lead, #16): when f16-export is merged, an activity carrying our extension is restored by
    // EXPORT's function instead, e.g. `if (carriesExtension(activity)) return documents.push(restoreFromIati(activity, ...))`.
    const document = importActivity(activity, index, sink, options.lang);
    if (document !== undefined) documents.push(document);
  });
  return { documents, diagnostics: sink.diagnostics, notCarried: sink.notCarried, related };
}

/** Whether `activity` was written by `toIati`: it carries the `toc:theory-of-change` element. @internal */
export function carriesExtension(activity: IatiActivity): boolean {
  return activity.extensions.some((e) => e.uri === TOC_NAMESPACE && e.name === 'theory-of-change');
}
