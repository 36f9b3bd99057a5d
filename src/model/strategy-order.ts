import type { NodeDocument } from '../document/types.js';
import { compareRefs } from './compare-refs.js';
import { compareIds } from './model-index.js';
import type { Model } from './model.js';

/**
 * The goals and objectives (and, with `indicators`, each one's indicators
 * before what contributes to it) in the order of the strategy, with their
 * depth: each goal, then what contributes to it, depth first, siblings by ref
 * then id; a node reached by several paths is listed where first reached.
 * Iterative. @internal
 */
export function strategyOrder(model: Model, indicators = false): readonly { readonly node: NodeDocument; readonly depth: number }[] {
  const byRef = (a: NodeDocument, b: NodeDocument): number => compareRefs(a.ref ?? '', b.ref ?? '') || compareIds(a.id, b.id);
  const out: { node: NodeDocument; depth: number }[] = [];
  const seen = new Set<string>();
  const roots = model.roots().map((id) => model.node(id) as NodeDocument).sort(byRef);
  const stack: { node: NodeDocument; depth: number }[] = roots.reverse().map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const item = stack.pop() as { node: NodeDocument; depth: number };
    const { node, depth } = item;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    out.push(item);
    if (node.kind !== 'goal' && node.kind !== 'objective') continue;
    const below: NodeDocument[] = model.children(node.id).map((id) => model.node(id) as NodeDocument).sort(byRef);
    const measuring = indicators ? model.indicatorsOf(node.id).map((id) => model.node(id) as NodeDocument).sort(byRef) : [];
    for (const child of [...measuring, ...below].reverse()) stack.push({ node: child, depth: depth + 1 });
  }
  return out;
}
