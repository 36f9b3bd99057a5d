/**
 * Mermaid flowchart export: pure text generation, no Mermaid, DOM or file
 * system needed.
 *
 * @module
 */
export { toMermaid } from './to-mermaid.js';
export { toMarkdownReport } from './to-markdown.js';
export type { MarkdownOptions } from './to-markdown.js';
export { escapeLabel } from './escape-label.js';
export { escapeMarkdown } from './escape-markdown.js';
export { mermaidNodeIds } from './node-ids.js';
export type { FlowDirection, FocusDirection, Grouping, MermaidOptions } from './options.js';
