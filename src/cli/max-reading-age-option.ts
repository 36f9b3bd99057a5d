import { durationParts } from '../document/durations.js';
import type { IsoDuration } from '../document/types.js';
import { durationHint } from '../diagnostics/duration-hint.js';
import { UsageError } from './support.js';

/**
 * `--max-reading-age`: the roll-up's `maxReadingAge` option, an ISO 8601
 * duration (`P18M`), `null` for `none` (the document's limit removed), or
 * `undefined` when not given. Anything else is a usage mistake, with the
 * validator's hint on how to write it (`18 months is written P18M.`).
 * @internal
 */
export function maxReadingAgeOption(values: Readonly<Record<string, unknown>>): IsoDuration | null | undefined {
  const value = values['max-reading-age'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new UsageError('--max-reading-age takes an ISO 8601 duration such as P18M, or none.');
  if (value === 'none') return null;
  if (durationParts(value) === undefined) {
    throw new UsageError(`--max-reading-age takes an ISO 8601 duration such as P18M (18 months) or P2Y, or none; not "${value}".${durationHint(value)}`);
  }
  return value;
}
