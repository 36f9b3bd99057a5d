import type { Model } from '../model/model.js';

/** 32-bit FNV-1a over UTF-16 code units: small, fast, the same on every platform. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n` and the hash in base 36, padded to 7 characters: 8 characters from `[a-z0-9]`. */
function format(hash: number): string {
  // What `hash.toString(36).padStart(7, '0')` gives, digit by digit (much faster), for any hash of 7 digits or fewer.
  if (!(Number.isInteger(hash) && hash >= 0 && hash < 36 ** 7)) return `n${hash.toString(36).padStart(7, '0')}`;
  let out = '';
  for (let rest = hash, k = 0; k < 7; k++, rest = Math.floor(rest / 36)) out = DIGITS.charAt(rest % 36) + out;
  return `n${out}`;
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
  // Without a comparison function, `sort` compares strings by their code units.
  const sorted = [...new Set(ids)].sort();
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
  // A copy: the caller may change it, the diagrams must not see that.
  return new Map(nodeIdsOf(model));
}

const assigned = new WeakMap<Model, ReadonlyMap<string, string>>();

/**
 * The node ids of {@link mermaidNodeIds}, assigned on first use and kept for
 * the model's lifetime (a model never changes). Not to be handed out: shared.
 * @internal
 */
export function nodeIdsOf(model: Model): ReadonlyMap<string, string> {
  let ids = assigned.get(model);
  if (ids === undefined) {
    ids = assignNodeIds(model.nodes.map((node) => node.id));
    assigned.set(model, ids);
  }
  return ids;
}
