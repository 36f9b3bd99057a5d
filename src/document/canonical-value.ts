import type { IndicatorValue } from './types.js';

/**
 * A value with the marker ids of a progress-markers reading sorted (their
 * order carries no meaning); any other value as it is.
 * @internal
 */
export function canonicalValue(value: IndicatorValue): IndicatorValue {
  return Array.isArray(value) ? [...(value as readonly string[])].sort() : value;
}
