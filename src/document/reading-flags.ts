import type { ReadingFlag } from './types.js';

/** The flags a reading may carry, in the order reports and explanations list them. @internal */
export const READING_FLAGS: readonly ReadingFlag[] = ['illustrative', 'estimated', 'provisional'];

/** `flags` in {@link READING_FLAGS} order, each once: the same whatever the order written. @internal */
export function sortedFlags(flags: readonly ReadingFlag[]): readonly ReadingFlag[] {
  return READING_FLAGS.filter((f) => flags.includes(f));
}
