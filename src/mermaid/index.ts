/**
 * Mermaid flowcharts of a theory of change: pure text generation, no Mermaid,
 * DOM or file system needed. Rendering to SVG or PNG is in
 * `theory-of-change/node`; the Markdown report, with the diagram and progress
 * tables, is in `theory-of-change/report`.
 *
 * @example
 * ```ts
 * import { rollUp } from 'theory-of-change';
 * import { toMermaid } from 'theory-of-change/mermaid';
 *
 * const text = toMermaid(model, rollUp(model, { asOf: '2025-06-30' }), { group: 'level' });
 * ```
 *
 * @module theory-of-change/mermaid
 */
export { toMermaid } from './to-mermaid.js';
export { escapeLabel } from './escape-label.js';
export type { FlowDirection, FocusDirection, Grouping, MermaidOptions, NodeGroup } from './options.js';
