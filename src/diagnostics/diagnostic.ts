import type { DiagnosticCode, Severity } from './codes.js';

/** A path into the document: object keys and array indexes, e.g. `["nodes", 3, "contributesTo", 0]`. */
export type DocumentPath = readonly (string | number)[];

/**
 * One problem found in a document.
 *
 * @example
 * ```ts
 * {
 *   code: 'unknown-reference',
 *   severity: 'error',
 *   path: ['nodes', 2, 'contributesTo', 0],
 *   ids: ['so1', 'ko9'],
 *   message: 'Objective "so1" contributes to "ko9", but no node has the id "ko9".',
 * }
 * ```
 */
export interface Diagnostic {
  /** Stable machine-readable code. */
  readonly code: DiagnosticCode;
  /** `error` stops the model being built; `warning` does not. */
  readonly severity: Severity;
  /** Where in the document. */
  readonly path: DocumentPath;
  /** The node ids involved, if any. */
  readonly ids: readonly string[];
  /** A sentence a programme officer understands. */
  readonly message: string;
}

/**
 * Writes a path the way people read it: `nodes[3].contributesTo[0]`.
 *
 * @example
 * ```ts
 * formatPath(['nodes', 3, 'title']); // 'nodes[3].title'
 * formatPath([]); // '(document)'
 * ```
 */
export function formatPath(path: DocumentPath): string {
  if (path.length === 0) return '(document)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Formats diagnostics as readable lines, errors first, one per line:
 * `error unknown-reference at nodes[2].contributesTo[0]: Objective "so1" …`.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${d.severity} ${d.code} at ${formatPath(d.path)}: ${d.message}`)
    .join('\n');
}
