import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { TheoryOfChangeError } from '../diagnostics/theory-of-change-error.js';
import type { Model } from '../model/model.js';
import { validate, type ValidateOptions, type ValidationResult } from '../validate/validate.js';
import { parseText } from './parse-text.js';

/** Plain words for the commonest file-system error codes. */
const READ_ERRORS: Readonly<Partial<Record<string, string>>> = {
  ENOENT: 'no such file:',
  EISDIR: 'it is a folder, not a file:',
  EACCES: 'permission denied:',
  EPERM: 'permission denied:',
};

/**
 * The outcome of {@link readModelFile}: a {@link ValidationResult}, or
 * `unusable` when the file cannot be read or parsed at all.
 */
export type ReadModelFileResult = ValidationResult | { readonly ok: false; readonly unusable: true; readonly diagnostics: readonly Diagnostic[] };

/**
 * Reads a YAML or JSON theory-of-change file and validates it. Never throws
 * for a bad file: an unreadable or unparseable one comes back `unusable`.
 *
 * @example
 * ```ts
 * import { readModelFile } from 'theory-of-change/node';
 * const result = await readModelFile('strategy.yaml');
 * ```
 */
export async function readModelFile(path: string, options: ValidateOptions = {}): Promise<ReadModelFileResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
    const reason = code === undefined ? 'unknown error' : `${READ_ERRORS[code] ?? 'error'} ${code}`;
    return { ok: false, unusable: true, diagnostics: [{ code: 'unreadable-file', severity: 'error', path: [], ids: [], message: `${path} could not be read (${reason}).` }] };
  }
  const parsed = parseText(text, path);
  if (!parsed.ok) return { ok: false, unusable: true, diagnostics: [parsed.diagnostic] };
  return validate(parsed.data, options);
}

/**
 * Reads and validates a file, throwing one {@link TheoryOfChangeError} with
 * every diagnostic if it is unusable or has errors.
 *
 * @example
 * ```ts
 * import { loadModelFile } from 'theory-of-change/node';
 * const model = await loadModelFile('strategy.yaml');
 * ```
 */
export async function loadModelFile(path: string, options: ValidateOptions = {}): Promise<Model> {
  const result = await readModelFile(path, options);
  if (!result.ok) throw new TheoryOfChangeError(result.diagnostics);
  return result.model;
}
