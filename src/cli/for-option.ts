import type { CategoryFilter } from '../document/types.js';
import type { Model } from '../model/model.js';
import { checkCategory } from '../progress/check-category.js';
import { UsageError } from './support.js';

/**
 * `--for sex=female` (several dimensions comma-separated: `--for
 * sex=female,age=under-18`): the roll-up's `for` option, checked against the
 * model's dimensions (a misspelt category gets the likeliest one), or
 * `undefined` when not given.
 * @internal
 */
export function forOption(values: Readonly<Record<string, unknown>>, model: Model): CategoryFilter | undefined {
  const value = values.for;
  if (value === undefined) return undefined;
  const usage = 'names a category of each dimension as DIMENSION=CATEGORY, comma-separated: --for sex=female or --for sex=female,age=under-18';
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--for ${usage}.`);
  const filter: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const at = pair.indexOf('=');
    const dimension = pair.slice(0, at).trim();
    const category = pair.slice(at + 1).trim();
    if (at === -1 || dimension === '' || category === '') throw new UsageError(`--for ${usage}; "${pair.trim()}" is not one.`);
    if (Object.hasOwn(filter, dimension)) throw new UsageError(`--for names the dimension "${dimension}" twice; give one category of it.`);
    filter[dimension] = category;
  }
  try {
    checkCategory(model, filter);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message.replace('theory-of-change: the progress option "for"', '--for'));
    throw error;
  }
  return filter;
}
