import type { DiagnosticCode, Severity } from './codes.js';

/** A path into the document: object keys and array indexes, e.g. `["nodes", 3, "contributesTo", 0]`. */
export type DocumentPath = readonly (string | number)[];

/** A place in a text: 1-based line and column (the column counts UTF-16 code units, as editors do). */
export interface SourcePosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

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
  /** The file the document was read from, when it was (set by `readModelFile`). */
  readonly file?: string;
  /** Where in the text the problem is, when the document was read from text. */
  readonly position?: SourcePosition;
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
 * Formats diagnostics as readable lines, one per line, each starting with its
 * place in the file when known (`file:line:column: `, as compilers write it):
 * `strategy.yaml:42:7: error unknown-reference at nodes[2].contributesTo[0]: Objective "so1" …`.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${placeOf(d)}${d.severity} ${d.code} at ${formatPath(d.path)}: ${d.message}`).join('\n');
}

function placeOf(d: Diagnostic): string {
  if (d.position === undefined) return '';
  return `${d.file === undefined ? '' : `${d.file}:`}${d.position.line}:${d.position.column}: `;
}
