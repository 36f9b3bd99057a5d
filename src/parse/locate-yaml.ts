import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';

/**
 * The offsets of `paths` in YAML text that js-yaml read without error, found
 * with the position-keeping `yaml` parser (slower: used only when there is
 * something to point at). For a map member, the offset of its key; where a
 * path leaves the text, the offset of the deepest part that exists.
 * @internal
 */
export function locateYaml(text: string, paths: readonly (readonly (string | number)[])[]): number[] {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false, logLevel: 'silent', keepSourceTokens: false });
  const start = (node: unknown): number | undefined => {
    const range = (node as { range?: readonly number[] } | null)?.range;
    return range === undefined ? undefined : range[0];
  };
  const root = doc.contents;
  const rootOffset = start(root) ?? firstContent(text);
  return paths.map((path) => {
    let node: unknown = root;
    let offset = rootOffset;
    for (const part of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(part));
        if (pair === undefined) break;
        offset = start(pair.key) ?? start(pair.value) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part];
        if (item === undefined) break;
        offset = start(item) ?? offset;
        node = item;
      } else break;
    }
    return offset;
  });
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

/** The first character that is not white space or a comment: where an empty document "is". */
function firstContent(text: string): number {
  const match = /^(?:\s|#[^\n]*)*/.exec(text);
  return match === null ? 0 : Math.min(match[0].length, text.length);
}

