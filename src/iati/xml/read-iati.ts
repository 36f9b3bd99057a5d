/**
 * Reading IATI 2.0x activity XML into the plain data of `iati-activity.ts`, streamed: text or
 * chunks in, one {@link IatiActivity} handed over as soon as its element closes, so that a file of
 * tens of megabytes is never held as a tree.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { IatiActivities, IatiActivity } from '../iati-activity.js';
import { IatiXmlReader, type IatiReadResult } from './iati-reader.js';

export type { IatiReadResult } from './iati-reader.js';

/**
 * Reads IATI XML, calling `onActivity` once per complete `iati-activity`, in file order.
 * `source` is the whole text or its chunks in order (chunks may split it anywhere). Never throws
 * for bad input: the first problem (not XML, a DOCTYPE, an entity, not an `iati-activities` file)
 * stops the reading and is the one diagnostic returned.
 *
 * @example
 * ```ts
 * const result = readIati(xmlText, (activity) => console.log(activity.identifier));
 * if (result.diagnostics.length > 0) console.error(formatDiagnostics(result.diagnostics));
 * ```
 */
export function readIati(source: string | Iterable<string>, onActivity: (activity: IatiActivity) => void): IatiReadResult {
  const reader = new IatiXmlReader(onActivity);
  if (typeof source === 'string') reader.write(source);
  else for (const chunk of source) reader.write(chunk);
  return reader.close();
}

/** {@link readIati} over chunks that arrive one by one (a file stream read with an encoding, a fetch body decoded to text). */
export async function readIatiStream(source: AsyncIterable<string> | Iterable<string>, onActivity: (activity: IatiActivity) => void): Promise<IatiReadResult> {
  const reader = new IatiXmlReader(onActivity);
  for await (const chunk of source) reader.write(chunk);
  return reader.close();
}

/**
 * Reads a whole file into memory: every activity, with the file's version and the problem that
 * stopped the reading, if any. For files of any size, {@link readIati} holds one activity at a time.
 */
export function readIatiActivities(source: string | Iterable<string>): IatiActivities & { readonly diagnostics: readonly Diagnostic[] } {
  const activities: IatiActivity[] = [];
  const { version, generatedDatetime, diagnostics } = readIati(source, (a) => activities.push(a));
  return {
    ...(version === undefined ? {} : { version }),
    ...(generatedDatetime === undefined ? {} : { generatedDatetime }),
    activities,
    diagnostics,
  };
}
