/**
 * IATI 2.03: a theory of change as IATI activity XML, and IATI results data read into theories of
 * change. Beside the mapping, the XML itself: {@link readIati} streams any IATI activity file into
 * plain data ({@link IatiActivity}), one activity at a time, and refuses the entity tricks XML
 * allows; {@link writeIati} writes that data back as schema-ordered IATI XML.
 *
 * @example
 * ```ts
 * import { readIati } from 'theory-of-change/iati';
 *
 * const result = readIati(xmlText, (activity) => {
 *   for (const r of activity.results) console.log(activity.identifier, r.title[0]?.text, r.indicators.length);
 * });
 * if (result.diagnostics.length > 0) console.error(result.diagnostics[0]?.message);
 * ```
 *
 * @module theory-of-change/iati
 */
export type {
  ForeignAttributes,
  IatiActivities,
  IatiActivity,
  IatiBaseline,
  IatiDimension,
  IatiDocumentLink,
  IatiExtensible,
  IatiIndicator,
  IatiNarrative,
  IatiOrganisation,
  IatiPeriod,
  IatiReference,
  IatiRelatedActivity,
  IatiResult,
  IatiText,
  IatiValue,
  XmlElement,
} from './iati-activity.js';
export { readIati, readIatiActivities, readIatiStream, type IatiReadResult } from './xml/read-iati.js';
export { writeIati } from './xml/write-iati.js';
export { toIati, type IatiExport } from './export/to-iati.js';
export { toIatiCoalition } from './export/to-iati-coalition.js';
export type { IatiExportOptions } from './export/iati-export-options.js';
export { importIati, importIatiStream } from './import/import-iati.js';
export { importActivities } from './import/import-activities.js';
export type { IatiImport, IatiProgramme, ImportIatiOptions, NotCarried, RelatedActivity, UnfollowedLink } from './import/import-result.js';
