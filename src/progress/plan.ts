import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { TheoryOfChangeError } from '../diagnostics/theory-of-change-error.js';
import type { ResultDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import { unknownAggregation } from '../validate/graph/check-aggregation-name.js';
import { compile, indicatorTable, METHOD, type CompiledModel } from './compile.js';
import type { IndicatorTable } from './indicator-table.js';
import { readingAges, type ReadingAges } from './reading-age.js';
import { checkCategory, sortedFilter } from './check-category.js';
import { resolveSettings, type Settings } from './settings.js';
import type { AggregationFunction, ProgressOptions, ResolvedSettings } from './types.js';

/** A model and options, ready for roll-ups at any date. @internal */
export interface RollUpPlan {
  readonly model: Model;
  readonly settings: Settings;
  readonly compiled: CompiledModel;
  readonly table: IndicatorTable;
  /** Aggregation method of each node, a {@link METHOD} code. */
  readonly method: Uint8Array;
  /** Custom functions, by node position. */
  readonly custom: ReadonlyMap<number, AggregationFunction>;
  /** The settings as reported, without `asOf`. */
  readonly resolved: Omit<ResolvedSettings, 'asOf'>;
  /** The age limits of readings, or `undefined` when none is in force. */
  readonly ages: ReadingAges | undefined;
}

/** Prepares a model for roll-ups at any date: the model's compiled form (kept with it) and the options. @internal */
export function planRollUp(model: Model, options: ProgressOptions): RollUpPlan {
  const settings = resolveSettings(options);
  const compiled = compile(model);
  if (settings.for !== undefined) checkCategory(model, settings.for);
  const table = indicatorTable(compiled, settings.markerWeights, settings.for);
  const custom = new Map<number, AggregationFunction>();
  const fallback = settings.defaultAggregation;
  const overrides = Object.keys(settings.aggregations);
  const defaultCode = typeof fallback === 'function' ? METHOD.custom : METHOD[fallback];
  let method = overrides.length === 0 ? compiled.methods.get(defaultCode) : undefined;
  if (method === undefined) {
    method = new Uint8Array(compiled.nodes.length);
    for (const r of compiled.order) method[r] = compiled.ownAggregation[r] || defaultCode;
    if (overrides.length === 0) compiled.methods.set(defaultCode, method);
  }
  if (typeof fallback === 'function') {
    for (const r of compiled.order) if (compiled.ownAggregation[r] === 0) custom.set(r, fallback);
  }
  if (compiled.named.length > 0) namedFunctions(compiled, settings.functions, custom);
  for (const id of overrides) {
    const r = compiled.index.position.get(id);
    const own = settings.aggregations[id];
    if (r === undefined || compiled.rank[r] === -1 || own === undefined) continue;
    if (typeof own === 'function') {
      method[r] = METHOD.custom;
      custom.set(r, own);
    } else {
      method[r] = METHOD[own];
      custom.delete(r);
    }
  }
  const ages = readingAges(compiled, table, options.maxReadingAge);
  const { defaultAggregation: _d, aggregations: _a, functions: _f, asOf: _o, for: category, ...settled } = settings;
  // The model-wide limit is listed last, and only when there is one: a report without is as it always was.
  const limit = ages?.model ?? null;
  const aged = limit === null ? settled : { ...settled, maxReadingAge: limit.text };
  // Likewise the category, after it, only in a per-category report.
  const resolved = category === undefined ? aged : { ...aged, for: sortedFilter(category) };
  return { model, settings, compiled, table, method, custom, resolved, ages };
}

/**
 * Sets the function of each goal or objective whose `aggregation` names one,
 * from `functions`; throws a {@link TheoryOfChangeError} with an
 * `unknown-aggregation` diagnostic for every name not among them.
 */
function namedFunctions(compiled: CompiledModel, functions: { readonly [name: string]: AggregationFunction }, custom: Map<number, AggregationFunction>): void {
  const registered = Object.keys(functions).filter((name) => typeof functions[name] === 'function');
  const problems: Diagnostic[] = [];
  for (const r of compiled.named) {
    const node = compiled.nodes[r] as ResultDocument;
    const name = node.aggregation as string;
    const fn = Object.prototype.hasOwnProperty.call(functions, name) ? functions[name] : undefined;
    if (typeof fn === 'function') custom.set(r, fn);
    else problems.push(unknownAggregation(node.kind, node.id, r, name, registered) as Diagnostic);
  }
  if (problems.length > 0) throw new TheoryOfChangeError(problems);
}

/** The settings as a report lists them (`asOf` first, as {@link resolveSettings} orders them). @internal */
export function reportSettings(resolved: Omit<ResolvedSettings, 'asOf'>, asOf: string): ResolvedSettings {
  return { asOf, ...resolved };
}
