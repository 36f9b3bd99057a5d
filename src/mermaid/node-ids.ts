import type { Model } from '../model/model.js';
import { compareCodeUnits } from './natural-order.js';

/** 32-bit FNV-1a over UTF-16 code units: small, fast, the same on every platform. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** `n` and the hash in base 36, padded to 7 characters: 8 characters from `[a-z0-9]`. */
function format(hash: number): string {
  return `n${hash.toString(36).padStart(7, '0')}`;
}

/**
 * Assigns each id a Mermaid node id: `n` followed by seven characters from
 * `[0-9a-z]`, derived from a hash of the id. Ids are taken in code-unit order;
 * should two hash alike, the later one is re-hashed with a counter, so the
 * result depends only on the set of ids, never on their order.
 * @internal Exposed for tests through {@link mermaidNodeIds}; `hash` replaces
 *   the hash function to force collisions.
 */
export function assignNodeIds(
  ids: Iterable<string>,
  hash: (text: string) => number = fnv1a,
): ReadonlyMap<string, string> {
  const sorted = [...new Set(ids)].sort(compareCodeUnits);
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const id of sorted) {
    let candidate = format(hash(id));
    for (let salt = 1; taken.has(candidate); salt++) candidate = format(hash(`${id}\u0000${salt}`));
    taken.add(candidate);
    out.set(id, candidate);
  }
  return out;
}

/**
 * The Mermaid node id of every node of the model, by model id, as
 * {@link toMermaid} writes them: `n` followed by seven characters from
 * `[0-9a-z]` (e.g. `n0k3f9a2`), derived from a hash of the model id. They never
 * contain the user's text, cannot be a Mermaid keyword (`end`, `click`,
 * `style`…), and stay the same when nodes are added, removed or reordered
 * (barring a hash collision, which is resolved deterministically), so
 * generated diagrams diff well. Use them to append your own `click` or `style`
 * lines to a diagram.
 *
 * @example
 * ```ts
 * const ids = mermaidNodeIds(model);
 * const text = toMermaid(model) + `  click ${ids.get('ko1')} "https://example.org/ko1"\n`;
 * ```
 */
export function mermaidNodeIds(model: Model): ReadonlyMap<string, string> {
  return assignNodeIds(model.nodes.map((node) => node.id));
}
