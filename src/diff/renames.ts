import type { NodeDocument } from '../document/types.js';
import { compareText } from './canonical.js';
import { linksOf } from './links.js';

/**
 * Where a node sits: its kind, its title, the links it starts and the links
 * that end at it (relation and the id at the other end).
 */
function positions(nodes: readonly NodeDocument[]): Map<string, string> {
  const out = new Map<string, string[]>();
  const inbound = new Map<string, string[]>();
  for (const node of nodes) {
    for (const link of linksOf(node, (id) => id)) {
      (out.get(node.id) ?? out.set(node.id, []).get(node.id))?.push(`${link.relation}>${link.to}`);
      (inbound.get(link.to) ?? inbound.set(link.to, []).get(link.to))?.push(`${link.relation}<${link.from}`);
    }
  }
  return new Map(nodes.map((n) => [n.id, JSON.stringify([n.kind, n.title, [...(out.get(n.id) ?? [])].sort(compareText), [...(inbound.get(n.id) ?? [])].sort(compareText)])]));
}

/**
 * Likely renames, old id → new id: a node only the earlier version has and
 * one only the later has, of the same kind, with the same title and the same
 * links (to and from the same ids), when exactly one of each sits there.
 * @internal
 */
export function findRenames(before: readonly NodeDocument[], after: readonly NodeDocument[]): Map<string, string> {
  const afterIds = new Set(after.map((n) => n.id));
  const beforeIds = new Set(before.map((n) => n.id));
  const gone = before.filter((n) => !afterIds.has(n.id));
  const added = after.filter((n) => !beforeIds.has(n.id));
  if (gone.length === 0 || added.length === 0) return new Map();
  const where = (nodes: readonly NodeDocument[], only: readonly NodeDocument[]): Map<string, string[]> => {
    const at = positions(nodes);
    const byPosition = new Map<string, string[]>();
    for (const node of only) {
      const key = at.get(node.id) as string;
      (byPosition.get(key) ?? byPosition.set(key, []).get(key))?.push(node.id);
    }
    return byPosition;
  };
  const oldAt = where(before, gone);
  const newAt = where(after, added);
  const renames = new Map<string, string>();
  for (const [key, olds] of oldAt) {
    const news = newAt.get(key);
    if (olds.length === 1 && news?.length === 1) renames.set(olds[0] as string, news[0] as string);
  }
  return renames;
}
