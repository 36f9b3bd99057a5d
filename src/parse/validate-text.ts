import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { validate, type ValidateOptions, type ValidationResult } from '../validate/validate.js';
import { placeDiagnostics, readText, type ParseTextOptions } from './parse-text.js';

/**
 * The outcome of {@link validateText}: a {@link ValidationResult} whose
 * diagnostics carry their line and column, or `unusable` when the text cannot
 * be read at all (one diagnostic saying why).
 */
export type ValidateTextResult = ValidationResult | { readonly ok: false; readonly unusable: true; readonly diagnostics: readonly Diagnostic[] };

/** Options of {@link validateText}. */
export interface ValidateTextOptions extends ValidateOptions, ParseTextOptions {}

/**
 * Parses YAML or JSON text ({@link parseText}) and validates the document,
 * every diagnostic pointing at its line and column: what `readModelFile` does
 * after reading a file, for text from anywhere (a text box, an upload).
 * Never throws for bad text.
 *
 * @example
 * ```ts
 * const result = validateText('title: T\nnodes: []\n', 'pasted.yaml');
 * ```
 */
export function validateText(text: string, name = 'input', options: ValidateTextOptions = {}): ValidateTextResult {
  const { parsed, locate } = readText(text, name, options);
  if (!parsed.ok) return { ok: false, unusable: true, diagnostics: [{ ...parsed.diagnostic, file: name }] };
  const result = validate(parsed.data, options);
  if (result.diagnostics.length === 0) return result;
  return { ...result, diagnostics: placeDiagnostics(result.diagnostics, locate, name) } as ValidationResult;
}
