/**
 * IATI activity XML to theory-of-change documents, streamed: each activity is mapped as soon as
 * the reader hands it over, so a file of tens of megabytes is never held as a tree.
 */
import { readIati, readIatiStream } from '../xml/read-iati.js';
import { ActivityImporter } from './import-activities.js';
import type { IatiImport, ImportIatiOptions } from './import-result.js';

/**
 * Reads IATI 2.0x activity XML (the whole text, or its chunks in order) and makes one theory of
 * change per `iati-activity` with results, following docs/iati-mapping.md: the activity is the
 * goal, each `result` an objective (output, outcome or impact by its `type`), each `indicator`
 * an indicator with its measure, direction (`ascending`), baseline, and a target and an
 * observation per `period`; dimensions and locations become a breakdown. An activity written by
 * `toIati` (it carries our `toc:` extension) is restored as it was.
 *
 * Never throws for bad data: values a number cannot hold ("N/A", "12,5", "50%"), bad dates,
 * missing `ascending`, percentages above 100 and the like come back as `iati-` diagnostics with
 * their line and column, and everything not carried over is listed in `notCarried`. Every
 * returned document passes `validate` without errors. A file that is not IATI XML (not
 * well-formed, a DOCTYPE, an unknown entity) gives one error diagnostic; the activities read
 * before it are still returned.
 *
 * @example
 * ```ts
 * import { importIati } from 'theory-of-change/iati';
 * const { documents, diagnostics, notCarried } = importIati(xmlText);
 * ```
 */
export function importIati(source: string | Iterable<string>, options: ImportIatiOptions = {}): IatiImport {
  const importer = new ActivityImporter(options);
  const read = readIati(source, (activity) => importer.add(activity));
  return importer.result(read.diagnostics);
}

/**
 * {@link importIati} over chunks that arrive one by one, such as a download or a file read as a
 * stream of text: memory stays that of one activity plus the documents made.
 *
 * @example
 * ```ts
 * // A publisher's file from the IATI registry, decoded as it arrives.
 * const response = await fetch('https://example.org/iati/activities.xml');
 * const imported = await importIatiStream(response.body.pipeThrough(new TextDecoderStream()));
 * ```
 */
export async function importIatiStream(source: AsyncIterable<string> | Iterable<string>, options: ImportIatiOptions = {}): Promise<IatiImport> {
  const importer = new ActivityImporter(options);
  const read = await readIatiStream(source, (activity) => importer.add(activity));
  return importer.result(read.diagnostics);
}
