/**
 * Whether a value is an object that is neither `null` nor an array: the shape
 * of a document, a node or a reading, before anything else is known about it.
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
