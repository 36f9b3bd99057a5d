/**
 * Reading theory-of-change text (YAML or JSON) safely, anywhere: in Node or in
 * a browser (no Node built-ins, no file system). Limits, rules and line and
 * column positions are the same as for files read by `theory-of-change/node`.
 *
 * @module theory-of-change/parse
 */
export { parseText, positionsOf, withPositions } from './parse-text.js';
export type { ParseTextOptions, ParseTextResult, TextFormat } from './parse-text.js';
export { validateText } from './validate-text.js';
export type { ValidateTextOptions, ValidateTextResult } from './validate-text.js';
export { MAX_NESTING, MAX_ALIAS_EXPANSION } from './limits.js';
export type { SourcePosition } from '../diagnostics/diagnostic.js';
