import { suggestion } from '../diagnostics/did-you-mean.js';
import type { CategoryFilter } from '../document/types.js';
import type { Model } from '../model/model.js';

/**
 * Throws a clear RangeError (as for other bad progress options) when the `for`
 * option names a dimension no indicator declares, or a category no indicator
 * lists for its dimension, with the likeliest intended name.
 * @internal
 */
export function checkCategory(model: Model, filter: CategoryFilter): void {
  const declared = new Map<string, Set<string>>();
  for (const indicator of model.indicators()) {
    for (const [dimension, categories] of Object.entries(indicator.dimensions ?? {})) {
      const set = declared.get(dimension) ?? new Set<string>();
      for (const c of categories) set.add(c);
      declared.set(dimension, set);
    }
  }
  const list = (names: Iterable<string>): string => [...names].sort().map((n) => JSON.stringify(n)).join(', ');
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new RangeError(`theory-of-change: the progress option "for" must name a category of each dimension, e.g. { sex: "female" }, but it is ${String(filter)}.`);
  }
  for (const [dimension, category] of Object.entries(filter)) {
    const categories = declared.get(dimension);
    if (categories === undefined) {
      const known = declared.size === 0 ? 'no indicator declares dimensions' : `the indicators declare ${list(declared.keys())}`;
      throw new RangeError(`theory-of-change: the progress option "for" names the dimension ${JSON.stringify(dimension)}, which no indicator declares (${known}).${suggestion(dimension, declared.keys())}`);
    }
    if (typeof category !== 'string' || !categories.has(category)) {
      throw new RangeError(
        `theory-of-change: the progress option "for" names ${dimension} ${JSON.stringify(category)}, which no indicator lists among the categories of ${JSON.stringify(dimension)} (${list(categories)}).${typeof category === 'string' ? suggestion(category, categories) : ''}`,
      );
    }
  }
}

/** The filter with its dimensions in name order, so that a report's settings read the same whatever order they were given in. @internal */
export function sortedFilter(filter: CategoryFilter): CategoryFilter {
  return Object.fromEntries(Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
