/**
 * IATI 2.03 results data in and out: activity XML to theory-of-change documents and back.
 *
 * @module theory-of-change/iati
 */
export { toIati, type IatiExport } from './export/to-iati.js';
export type { IatiExportOptions } from './export/iati-export-options.js';
export { canonicalDocument } from './export/canonical-document.js';
export { hasTheoryOfChange, restoreDocument, type RestoredDocument } from './restore/restore-document.js';
export { importIati, importIatiStream } from './import/import-iati.js';
export { importActivities } from './import/import-activities.js';
export type { IatiImport, ImportIatiOptions, NotCarried, RelatedActivity } from './import/import-result.js';
export type * from './iati-activity.js';
