import { TheoryOfChangeError } from '../diagnostics/theory-of-change-error.js';
import type { Model } from '../model/model.js';
import { validate, type ValidateOptions } from './validate.js';

/**
 * Like {@link validate}, for those who prefer exceptions: returns the model, or
 * throws one {@link TheoryOfChangeError} carrying every diagnostic.
 *
 * @example
 * ```ts
 * const model = loadModel({ title: 'Clean water', nodes: [{ kind: 'goal', id: 'g', title: 'Clean water' }] });
 * ```
 */
export function loadModel(document: unknown, options: ValidateOptions = {}): Model {
  const result = validate(document, options);
  if (!result.ok) throw new TheoryOfChangeError(result.diagnostics);
  return result.model;
}
