/** Limits the IATI reader enforces, shared with the writer. @internal */

/** The deepest nesting read (the root element is 1); IATI's own elements go 9 deep. */
export const MAX_DEPTH = 100;
