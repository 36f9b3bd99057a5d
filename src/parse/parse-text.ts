import type { Diagnostic, DocumentPath, SourcePosition } from '../diagnostics/diagnostic.js';
import { locateJson, readJson, type ReadProblem } from './json.js';
import { locateYaml } from './locate-yaml.js';
import { LineIndex } from './position.js';
import { readYaml } from './yaml.js';

/** The two notations a theory of change can be written in. */
export type TextFormat = 'json' | 'yaml';

/** Options of {@link parseText}. */
export interface ParseTextOptions {
  /**
   * Read the text as this notation only. By default a name ending in `.json`
   * means JSON, and otherwise text that starts with `{` or `[` is tried as
   * JSON first and YAML is used when it is not JSON (JSON is also YAML).
   */
  readonly format?: TextFormat;
}

/** The outcome of {@link parseText}: the data and the notation it was read as, or why the text is unusable. */
export type ParseTextResult =
  | { readonly ok: true; readonly data: unknown; readonly format: TextFormat }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

/** Characters YAML does not allow anywhere: C0 controls other than tab, LF and CR, and DEL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Parses YAML or JSON text, safely for text from anywhere. JSON is read with
 * `JSON.parse` plus a check for duplicate keys; YAML with js-yaml and the YAML
 * 1.2 core schema (`yes` and unquoted dates stay text, `<<` is an ordinary
 * key, tags outside the core schema are refused). Nesting deeper than 1,000
 * levels is refused before it is built, and so are aliases that blow a
 * document up ("billion laughs"). Never throws: unusable text gives one
 * `invalid-syntax` diagnostic with its line and column in `position` and in
 * the message. Safe in a browser (no Node built-ins).
 *
 * @example
 * ```ts
 * const parsed = parseText('title: Clean water\nnodes: []\n', 'strategy.yaml');
 * if (parsed.ok) validate(parsed.data);
 * ```
 */
export function parseText(text: string, name = 'input', options: ParseTextOptions = {}): ParseTextResult {
  return readText(text, name, options).parsed;
}

/**
 * {@link parseText}, and a way to place paths in the text afterwards that
 * reuses what the parse learnt: for a big YAML text, where each list and map
 * starts, recorded while reading (no second parse, no second copy of the data).
 * @internal
 */
export function readText(text: string, name = 'input', options: ParseTextOptions = {}): { readonly parsed: ParseTextResult; readonly locate: (paths: readonly DocumentPath[]) => SourcePosition[] } {
  const parsed = parseOnce(text, name, options);
  const starts = parsed.starts;
  const result: ParseTextResult = parsed.ok ? { ok: true, data: parsed.data, format: parsed.format } : parsed;
  return {
    parsed: result,
    locate: (paths) => (result.ok ? positionsIn(text, paths, result.format, starts === undefined ? undefined : { data: result.data, starts }) : paths.map(() => ({ line: 1, column: 1 }))),
  };
}

function parseOnce(text: string, name: string, options: ParseTextOptions): (ParseTextResult & { readonly starts?: undefined }) | { readonly ok: true; readonly data: unknown; readonly format: TextFormat; readonly starts?: Map<object, number> } {
  // A byte-order mark is not part of the text (nor of the first line's columns, as editors count them).
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fail = (problem: ReadProblem, what = 'YAML or JSON'): ParseTextResult => {
    const position = new LineIndex(source).at(problem.offset);
    return {
      ok: false,
      diagnostic: {
        code: 'invalid-syntax',
        severity: 'error',
        path: [],
        ids: [],
        message: `${name} is not valid ${what} at line ${position.line}, column ${position.column}: ${problem.reason}`,
        position,
      },
    };
  };
  // YAML allows no control characters but tab and line breaks, nor does JSON
  // outside strings: catch them first (a binary file, or text in the wrong encoding).
  const control = CONTROL.exec(source);
  if (control !== null) {
    const code = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return fail({ offset: control.index, reason: `it contains a control character (${code}); is it a binary file?` });
  }
  const format = options.format ?? (/\.json$/i.test(name) ? 'json' : undefined);
  if (format === 'json' || (format === undefined && /^[\s]*[[{]/.test(source))) {
    const json = readJson(source);
    if (json.ok) return { ok: true, data: json.data, format: 'json' };
    // A problem JSON.parse did not see (nesting, duplicate keys) is final, and so is anything in a .json file.
    if (format === 'json' || isFinalJsonProblem(json.problem)) return fail(json.problem);
  }
  // Past the size where places are exact, note where lists and maps start while reading, for later places.
  const yaml = readYaml(source, source.length > EXACT_YAML_POSITIONS);
  return yaml.ok ? { ok: true, data: yaml.data, format: 'yaml', ...(yaml.starts === undefined ? {} : { starts: yaml.starts }) } : fail(yaml.problem);
}

/** Nesting too deep or a key written twice: YAML would find the same, after more work. */
function isFinalJsonProblem(problem: ReadProblem): boolean {
  return /levels deep|written twice/.test(problem.reason);
}

/**
 * The line and column in `text` of each path into the document read from it
 * (with {@link parseText}); for a map member, the place of its key; for a path
 * to something the text does not have (a missing field), the place of its
 * deepest part that is there. Reads the text again, keeping positions: call it
 * once for all the paths you need.
 *
 * @example
 * ```ts
 * positionsOf('title: T\nnodes:\n  - id: g\n', [['nodes', 0, 'id']]); // [{ line: 3, column: 5 }]
 * ```
 */
export function positionsOf(text: string, paths: readonly DocumentPath[], format?: TextFormat): SourcePosition[] {
  return positionsIn(text, paths, format);
}

function positionsIn(text: string, paths: readonly DocumentPath[], format: TextFormat | undefined, read?: { readonly data: unknown; readonly starts: Map<object, number> }): SourcePosition[] {
  if (paths.length === 0) return [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(source);
  const top = firstContent(source);
  // The document itself is where its text starts: nothing to read again.
  if (paths.every((path) => path.length === 0)) return paths.map(() => lines.at(top));
  const as = format ?? (/^[\s]*[[{]/.test(source) && readJson(source).ok ? 'json' : 'yaml');
  const offsets = as === 'json' ? locateJson(source, paths) : source.length <= EXACT_YAML_POSITIONS ? locateYaml(source, paths) : locateYamlCoarsely(source, paths, top, read);
  return offsets.map((offset) => lines.at(offset));
}

/**
 * Up to this size (2 MiB, tens of thousands of nodes), places in YAML are exact
 * (the key of a map member) and found with the position-keeping `yaml` parser,
 * which needs about 80 times the text's size in memory. Beyond it, a path is
 * placed at the start of the deepest list or map it goes through (the node, or
 * the list of links, holding the problem), found with js-yaml, in a few times
 * the text's size.
 */
const EXACT_YAML_POSITIONS = 2 * 1024 * 1024;

function locateYamlCoarsely(text: string, paths: readonly DocumentPath[], top: number, read?: { readonly data: unknown; readonly starts: Map<object, number> }): number[] {
  let known = read;
  if (known === undefined) {
    const again = readYaml(text, true);
    known = again.ok && again.starts !== undefined ? { data: again.data, starts: again.starts } : { data: undefined, starts: new Map() };
  }
  const { data, starts } = known;
  return paths.map((path) => {
    let value: unknown = data;
    let offset = top;
    for (const part of path) {
      if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, part)) break;
      value = (value as Record<string | number, unknown>)[part];
      if (typeof value === 'object' && value !== null) offset = starts.get(value) ?? offset;
    }
    return offset;
  });
}

/** The first character that is not white space or in a comment. */
function firstContent(text: string): number {
  const match = /^(?:\s|#[^\n]*)*/.exec(text);
  return match === null ? 0 : Math.min(match[0].length, text.length);
}

/**
 * The diagnostics of a document read from `text`, each with its `position`
 * (line and column) and, when given, the `file` it came from. Positions are
 * worked out only when there are diagnostics, in one pass for all of them.
 *
 * @example
 * ```ts
 * const parsed = parseText(text, 'strategy.yaml');
 * if (parsed.ok) {
 *   const result = validate(parsed.data);
 *   console.log(formatDiagnostics(withPositions(text, result.diagnostics, { format: parsed.format, file: 'strategy.yaml' })));
 * }
 * ```
 */
export function withPositions(text: string, diagnostics: readonly Diagnostic[], options: { readonly format?: TextFormat; readonly file?: string } = {}): Diagnostic[] {
  return placeDiagnostics(diagnostics, (paths) => positionsOf(text, paths, options.format), options.file);
}

/** Diagnostics with `file` and a `position` from `locate` (one call for all). @internal */
export function placeDiagnostics<D extends Diagnostic>(diagnostics: readonly D[], locate: (paths: readonly DocumentPath[]) => SourcePosition[], file?: string): D[] {
  const missing = diagnostics.filter((d) => d.position === undefined);
  const positions = missing.length === 0 ? [] : locate(missing.map((d) => d.path));
  const options = { file };
  let k = 0;
  return diagnostics.map((d) => {
    const position = d.position ?? (positions[k++] as SourcePosition);
    return { ...d, ...(options.file === undefined ? {} : { file: options.file }), position };
  });
}
