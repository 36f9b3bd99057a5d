import type { TheoryOfChangeDocument } from '../document/types.js';
import type { Model } from './model.js';

/**
 * The model as a document again: plain data, ready for `JSON.stringify` or a
 * YAML writer. Lossless: `validate(toDocument(model))` gives an equal model.
 * The result is deep-frozen; copy it (`structuredClone`) to edit.
 */
export function toDocument(model: Model): TheoryOfChangeDocument {
  return model.document;
}
