import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import { suggestion } from '../../diagnostics/did-you-mean.js';
import type { LooseNode } from '../loose-node.js';
import { report } from './report.js';

/** Reports a node at a level the document does not list (`unknown-level`), with the likely one. @internal */
export function checkNodeLevel(node: LooseNode, levelIndex: ReadonlyMap<string, number>, out: Diagnostic[]): void {
  if (node.level === undefined || levelIndex.has(node.level)) return;
  const label = nodeLabel(node.kind, node.id);
  report(
    out,
    'unknown-level',
    'error',
    ['nodes', node.index, 'level'],
    [node.id],
    levelIndex.size === 0
      ? `${label} is at level "${node.level}", but the document lists no levels.`
      : `${label} is at level "${node.level}", which is not one of the document's levels (${[...levelIndex.keys()].map((l) => `"${l}"`).join(', ')}).${suggestion(node.level, levelIndex.keys())}`,
  );
}
