/**
 * Deepest nesting of lists and maps a text may have; deeper text is refused
 * while it is read, before anything that deep is built. A theory of change
 * needs about six levels; validation reports anything past 256.
 */
export const MAX_NESTING = 1000;

/**
 * How much aliases (`*name`) may add to a YAML document: with every alias
 * expanded, the document may hold at most this many values more than as
 * written, or twice as many values as written when that is more. Enough for
 * a writer's anchors on shared lists; against "billion laughs" files, which
 * expand a few lines into billions of values.
 */
export const MAX_ALIAS_EXPANSION = 100_000;
