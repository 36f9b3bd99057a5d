/**
 * Where the import of one activity reports: diagnostics and the not-carried list, each with the
 * element's path from the file's top and its line and column.
 * @internal
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../diagnostics/codes.js';
import type { Diagnostic, DocumentPath, SourcePosition } from '../../diagnostics/diagnostic.js';
import type { NotCarried } from './import-result.js';

/** An element of the file: its path from the top and where it starts. @internal */
export interface Place {
  readonly path: DocumentPath;
  readonly position?: SourcePosition;
}

/** Collects what the import of a file says. @internal */
export class ImportSink {
  readonly diagnostics: Diagnostic[] = [];
  readonly notCarried: NotCarried[] = [];

  /** A diagnostic at `place`, about the nodes `ids` of the document made from the activity. */
  report(code: DiagnosticCode, place: Place, ids: readonly string[], message: string): void {
    this.diagnostics.push({
      code,
      severity: DIAGNOSTIC_CODES[code].severity,
      path: place.path,
      ids,
      message,
      ...(place.position === undefined ? {} : { position: place.position }),
    });
  }

  /** Something of the activity `activity` that is not in the documents. */
  leaveOut(activity: string, place: Place, what: string, why: string): void {
    this.notCarried.push({ activity, path: place.path, ...(place.position === undefined ? {} : { position: place.position }), what, why });
  }
}

/** `place` one element deeper: `[…path, name, index]`, starting at `position`. @internal */
export function child(place: Place, name: string, index: number, position: SourcePosition | undefined): Place {
  return { path: [...place.path, name, index], ...(position === undefined ? {} : { position }) };
}
