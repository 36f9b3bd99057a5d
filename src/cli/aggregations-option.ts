import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AggregationFunction } from '../progress/types.js';
import { UsageError } from './support.js';

/** The functions of a module, by export name: its named exports that are functions, and those of a default export that is an object. */
function functionsOf(module: Readonly<Record<string, unknown>>): Record<string, AggregationFunction> {
  const out: Record<string, AggregationFunction> = {};
  const fallback = module.default;
  if (typeof fallback === 'object' && fallback !== null) {
    for (const [name, value] of Object.entries(fallback)) if (typeof value === 'function') out[name] = value as AggregationFunction;
  }
  for (const [name, value] of Object.entries(module)) {
    if (name !== 'default' && typeof value === 'function') out[name] = value as AggregationFunction;
  }
  return out;
}

/**
 * `--aggregations MODULE`: the aggregation functions a document may name,
 * loaded from the user's ES module (its named exports that are functions —
 * `export { bands as 'asi-bands' }` gives a name that is not an identifier —
 * or a default export mapping names to functions); `undefined` when the
 * option is not given. A missing module, one that fails to load, or one that
 * exports no function is a usage mistake with a clear message.
 * @internal
 */
export async function aggregationsOption(values: Readonly<Record<string, unknown>>): Promise<Readonly<Record<string, AggregationFunction>> | undefined> {
  const value = values.aggregations;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new UsageError('--aggregations takes the path of an ES module, such as ./rules.mjs.');
  const path = resolve(value);
  if (!existsSync(path)) throw new UsageError(`--aggregations: there is no file ${value} (looked for ${path}).`);
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`--aggregations: ${value} could not be loaded as an ES module: ${reason ?? 'unknown error'}`);
  }
  const functions = functionsOf(module);
  if (Object.keys(functions).length === 0) {
    throw new UsageError(
      `--aggregations: ${value} exports no function. Export each aggregation under the name documents use, e.g. \`export { bands as 'asi-bands' }\`.`,
    );
  }
  return functions;
}

/** The roll-up's `functions` option from `--aggregations`, spread into its options: `{}` without it. @internal */
export function functionsOption(functions: Readonly<Record<string, AggregationFunction>> | undefined): { readonly functions?: Readonly<Record<string, AggregationFunction>> } {
  return functions === undefined ? {} : { functions };
}
