/**
 * Versions: what changed between two versions of a theory of change (nodes,
 * links, assumptions, targets, readings) and what that did to progress, as
 * plain data, text for a terminal or Markdown for a pull-request comment.
 *
 * ```ts
 * import { loadModel } from 'theory-of-change';
 * import { diff, formatDiffText } from 'theory-of-change/diff';
 * const changes = diff(loadModel(before), loadModel(after));
 * console.log(formatDiffText(changes));
 * ```
 *
 * @module theory-of-change/diff
 */
export { diff } from './diff.js';
export { formatDiffText, formatDiffMarkdown } from './format-diff.js';
export type { DiffFormatOptions } from './format-diff.js';
export type { Change, ChangeKind, DiffOptions, FieldChange, LinkRelation, ModelDiff, ProgressChange, ProgressPoint } from './types.js';
export { diffCoalition } from './diff-coalition.js';
export type { CoalitionDiff, CoalitionVersion, JointProgressChange, MemberDiff, MemberEntryChange } from './diff-coalition.js';
export { formatCoalitionDiffText, formatCoalitionDiffMarkdown } from './format-coalition-diff.js';
