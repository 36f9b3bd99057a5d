/**
 * IATI activities, as plain data, to theory-of-change documents (see docs/iati-mapping.md,
 * "Import"), one activity at a time. {@link importIati} reads the XML and feeds this.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { TheoryOfChangeDocument } from '../../document/types.js';
import type { IatiActivities, IatiActivity } from '../iati-activity.js';
import { validate } from '../../validate/validate.js';
import { hasTheoryOfChange, restoreDocument } from '../restore/restore-document.js';
import { importActivity } from './activity.js';
import { ImportSink } from './context.js';
import type { IatiImport, ImportIatiOptions, RelatedActivity } from './import-result.js';
import { readCoalitionElement, type WrittenCoalition } from '../export/coalition-extension.js';
import { defaultFileOf, programmesOf, summarise, type DocumentSummary } from './programmes.js';

const RELATIONS: Readonly<Record<string, RelatedActivity['relation']>> = { '1': 'parent', '2': 'child', '3': 'sibling', '4': 'co-funded', '5': 'third-party' };

/**
 * Imports activities one by one, as a streamed reader hands them over, holding only the
 * documents made so far.
 * @internal
 */
export class ActivityImporter {
  private readonly sink = new ImportSink();
  private readonly documents: TheoryOfChangeDocument[] = [];
  private readonly related: RelatedActivity[] = [];
  /** For the programmes: each activity's document, in short, by identifier; every identifier read; the coalitions written in the file. */
  private readonly summaries = new Map<string, DocumentSummary>();
  private readonly read = new Set<string>();
  private readonly written = new Map<string, WrittenCoalition>();
  private index = 0;

  constructor(private readonly options: ImportIatiOptions = {}) {}

  /** Imports the next activity of the file. */
  add(activity: IatiActivity): void {
    const index = this.index++;
    for (const link of activity.relatedActivities) {
      this.related.push({ activity: activity.identifier.trim(), ref: link.ref.trim(), type: link.type, relation: RELATIONS[link.type.trim()] ?? 'unknown' });
    }
    this.read.add(activity.identifier.trim());
    const coalition = readCoalitionElement(activity.extensions);
    if (coalition !== undefined && !this.written.has(activity.identifier.trim())) this.written.set(activity.identifier.trim(), coalition);
    // The activity of a coalition itself (written by toIatiCoalition): its coalition, no document.
    if (coalition?.role === 'coalition') return;
    if (hasTheoryOfChange(activity)) {
      // Written by toIati: restored from our extension, values from the IATI elements.
      const restored = restoreDocument(activity);
      // Validated only when handed over: kept documents are validated by whoever reads them.
      this.keep(restored.document, activity.identifier.trim(), () => validate(restored.document).diagnostics);
      this.sink.diagnostics.push(...restored.diagnostics.map((d) => (d.path.length === 0 ? { ...d, path: ['iati-activity', index] } : d)));
      return;
    }
    const from = { diagnostics: this.sink.diagnostics.length, notCarried: this.sink.notCarried.length };
    const imported = importActivity(activity, index, this.sink, this.options.lang);
    if (imported !== undefined) this.keep(imported.document, activity.identifier.trim(), () => imported.validation);
    // What the activity's import said, in the order of the file.
    sortFrom(this.sink.diagnostics, from.diagnostics);
    sortFrom(this.sink.notCarried, from.notCarried);
  }

  private keep(document: TheoryOfChangeDocument, identifier: string, validation: () => readonly Diagnostic[]): void {
    if (!this.summaries.has(identifier)) this.summaries.set(identifier, summarise(document));
    if (this.options.onDocument === undefined) this.documents.push(document);
    else this.options.onDocument(document, { identifier, validation: validation() });
  }

  /** Everything so far, with `extra` diagnostics (the reader's) first. */
  result(extra: readonly Diagnostic[] = []): IatiImport {
    const { programmes, unfollowed } = programmesOf({ documents: this.summaries, read: this.read, related: this.related, written: this.written, fileOf: this.options.fileOf ?? defaultFileOf });
    return { documents: this.documents, diagnostics: [...extra, ...this.sink.diagnostics], notCarried: this.sink.notCarried, related: this.related, programmes, unfollowed };
  }
}

/** Sorts the entries of `list` from `start` on that have a place by line and column, in the slots they hold (the others stay put). */
function sortFrom<T extends { readonly position?: { readonly line: number; readonly column: number } }>(list: T[], start: number): void {
  const slots: number[] = [];
  for (let i = start; i < list.length; i++) if (list[i]?.position !== undefined) slots.push(i);
  const key = (x: T): number => (x.position === undefined ? 0 : x.position.line * 1e6 + x.position.column);
  const placed = slots.map((i) => list[i] as T).sort((a, b) => key(a) - key(b));
  slots.forEach((slot, k) => {
    list[slot] = placed[k] as T;
  });
}

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
  const importer = new ActivityImporter(options);
  for (const activity of 'activities' in activities ? activities.activities : activities) importer.add(activity);
  return importer.result();
}
