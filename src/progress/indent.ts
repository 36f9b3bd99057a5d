/** Deepest indentation text output uses; deeper nodes show their depth as a number instead. */
const MAX_INDENT = 16;

/**
 * Indentation for a node at `depth`: two spaces a level up to {@link MAX_INDENT}
 * levels, then the depth written out (`[depth 40] `), so text output stays
 * linear in size however deep a results chain is.
 * @internal
 */
export function indentFor(depth: number): string {
  return depth <= MAX_INDENT ? '  '.repeat(depth) : `${'  '.repeat(MAX_INDENT)}[depth ${depth}] `;
}
