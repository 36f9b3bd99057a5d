/**
 * Node-only helpers: reading theory-of-change files (YAML or JSON).
 *
 * @module theory-of-change/node
 */
export { parseText } from './parse-text.js';
export type { ParseTextResult } from './parse-text.js';
export { readModelFile, loadModelFile, DEFAULT_MAX_FILE_SIZE } from './read-model-file.js';
export type { ReadModelFileOptions, ReadModelFileResult } from './read-model-file.js';
export { renderMermaid, findChromium, CHROMIUM_HINT } from './render-mermaid.js';
export type { RenderOptions, RenderResult } from './render-mermaid.js';
