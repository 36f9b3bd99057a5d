/**
 * Node-only helpers: reading theory-of-change files (YAML or JSON) and
 * rendering diagrams. Parsing text, with the same rules and positions, is
 * also in the browser-safe `theory-of-change/parse`; it is re-exported here.
 *
 * @module theory-of-change/node
 */
export { parseText, positionsOf, withPositions } from '../parse/parse-text.js';
export type { ParseTextOptions, ParseTextResult, TextFormat } from '../parse/parse-text.js';
export { readModelFile, loadModelFile, DEFAULT_MAX_FILE_SIZE } from './read-model-file.js';
export type { ReadModelFileOptions, ReadModelFileResult } from './read-model-file.js';
export { renderMermaid, findChromium, CHROMIUM_HINT } from './render-mermaid.js';
export type { RenderOptions, RenderResult } from './render-mermaid.js';
export { renderHtmlReport } from './render-html-report.js';
export type { HtmlReportRenderOptions, HtmlReportRenderResult } from './render-html-report.js';
export { readCoalitionFile, isCoalition } from './read-coalition-file.js';
export type { ReadCoalitionFileResult } from './read-coalition-file.js';
export { placeInFiles } from './place-in-files.js';
