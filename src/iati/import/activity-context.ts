/**
 * What the import of one activity shares between its parts: where to report, the languages to
 * read, and where each reading came from (so that a reading validation refuses can be named by
 * its place in the file).
 * @internal
 */
import type { ReadingDocument } from '../../document/types.js';
import type { ImportSink, Place } from './context.js';
import type { Languages } from './text.js';

/** Where a reading of a document came from. @internal */
export interface Origin {
  readonly place: Place;
  /** `the actual of 2013-01-01 to 2013-03-31`. */
  readonly what: string;
  /** The node the reading belongs to. */
  readonly nodeId: string;
  /** When the file gave no overall value: the parts the total is the sum of, as words. */
  readonly fromParts?: string;
}

/** @internal */
export interface ActivityContext {
  readonly sink: ImportSink;
  /** The activity's `iati-identifier`. */
  readonly activity: string;
  /** `Activity "XM-1"`: how messages start. */
  readonly label: string;
  readonly languages: Languages;
  readonly origins: Map<ReadingDocument, Origin>;
}

/** The first characters of a text, for messages. @internal */
export function excerpt(text: string, length = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 3)}...` : flat;
}
