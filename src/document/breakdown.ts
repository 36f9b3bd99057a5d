import type { BreakdownEntry, CategoryFilter, IndicatorDocument, IndicatorValue, ReadingDocument } from './types.js';

// The arithmetic of disaggregated readings and ratios, shared by validation
// (do the parts add up?) and the roll-up (what is the total, what is one
// category's value?). Pure: reads documents, changes nothing.

/** A reading's or a part's value, with the counts of a ratio when it has them. @internal */
export interface Amount {
  readonly value: IndicatorValue;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly rating?: number;
}

/** What a reading or a part may give its value by. @internal */
export interface Parts {
  readonly value?: IndicatorValue;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly rating?: number;
}

/**
 * How the parts of a reading add up: `sum` (numbers), `ratio` (percentages
 * whose parts all give numerator and denominator: Σnumerators / Σdenominators),
 * or `none` (percentages given as values, scales, yes/no, markers, findings).
 * @internal
 */
export type Additivity = 'sum' | 'ratio' | 'none';

/** 100 × numerator / denominator, or `undefined` unless both are given and the denominator is above 0. @internal */
export function ratioValue(part: Parts): number | undefined {
  const { numerator, denominator } = part;
  return numerator === undefined || denominator === undefined || !(denominator > 0) ? undefined : (100 * numerator) / denominator;
}

/** The value a reading or part gives itself: its `value`, else its ratio; with its counts and rating. @internal */
export function ownAmount(part: Parts): Amount | undefined {
  const value = part.value ?? ratioValue(part);
  if (value === undefined) return undefined;
  const out: { -readonly [K in keyof Amount]: Amount[K] } = { value };
  if (part.numerator !== undefined && part.denominator !== undefined) {
    out.numerator = part.numerator;
    out.denominator = part.denominator;
  }
  if (part.rating !== undefined) out.rating = part.rating;
  return out;
}

/** How the parts `entries` of a reading of `indicator` add up. @internal */
export function additivity(indicator: IndicatorDocument, entries: readonly Parts[]): Additivity {
  if (indicator.measure.kind === 'number') return 'sum';
  if (indicator.measure.kind !== 'percentage' || entries.length === 0) return 'none';
  return entries.every((e) => e.numerator !== undefined && e.denominator !== undefined) ? 'ratio' : 'none';
}

/** The dimensions a part names, sorted. @internal */
export function dimensionsOf(entry: BreakdownEntry): string[] {
  return Object.keys(entry.for).sort();
}

/** A key of the set of dimensions a part names. @internal */
export function setKey(entry: BreakdownEntry): string {
  return JSON.stringify(dimensionsOf(entry));
}

/** A key of a part's categories of the dimensions `dims`. @internal */
export function comboKey(entry: BreakdownEntry, dims: readonly string[]): string {
  return JSON.stringify(dims.map((d) => entry.for[d] ?? null));
}

/** The number of combinations of the categories of `dims` the indicator declares (0 if one is not declared). @internal */
export function combinations(indicator: IndicatorDocument, dims: readonly string[]): number {
  let n = 1;
  for (const d of dims) n *= new Set(indicator.dimensions?.[d] ?? []).size;
  return n;
}

/** Whether every category a part names is declared by the indicator. */
function known(indicator: IndicatorDocument, entry: BreakdownEntry): boolean {
  const dims = indicator.dimensions;
  if (dims === undefined) return false;
  return Object.entries(entry.for).every(([d, c]) => Object.prototype.hasOwnProperty.call(dims, d) && (dims[d] ?? []).includes(c));
}

/**
 * The parts of `entries` naming one set of dimensions each, by set: the sets
 * sorted by how many dimensions they name, then by name. @internal
 */
export function groupBySet(entries: readonly BreakdownEntry[]): { readonly dims: readonly string[]; readonly entries: readonly BreakdownEntry[] }[] {
  const groups = new Map<string, BreakdownEntry[]>();
  for (const e of entries) {
    const key = setKey(e);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [e]);
    else list.push(e);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ key, dims: JSON.parse(key) as string[], entries: list }))
    .sort((a, b) => a.dims.length - b.dims.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ dims, entries: list }) => ({ dims, entries: list }));
}

/**
 * Whether `entries` (all naming `free` and matching on the rest) cover every
 * combination of the categories of `free` exactly once, each category known.
 */
function covers(indicator: IndicatorDocument, entries: readonly BreakdownEntry[], free: readonly string[]): boolean {
  const need = combinations(indicator, free);
  if (need === 0 || entries.length !== need) return false;
  const seen = new Set<string>();
  for (const e of entries) {
    if (!known(indicator, e)) return false;
    seen.add(comboKey(e, free));
  }
  return seen.size === need;
}

/** The sum of additive parts: Σvalues, or Σnumerators / Σdenominators; `undefined` if a part lacks what the sum needs. @internal */
export function sumOf(entries: readonly Parts[], how: Additivity): Amount | undefined {
  if (how === 'sum') {
    let total = 0;
    for (const e of entries) {
      const value = e.value;
      if (typeof value !== 'number') return undefined;
      total += value;
    }
    return { value: total };
  }
  if (how === 'ratio') {
    let numerator = 0;
    let denominator = 0;
    for (const e of entries) {
      numerator += e.numerator as number;
      denominator += e.denominator as number;
    }
    const value = ratioValue({ numerator, denominator });
    return value === undefined ? undefined : { value, numerator, denominator };
  }
  return undefined;
}

/**
 * The complete sets of a reading's parts: the parts naming one set of
 * dimensions that cover every combination of its categories once, in
 * {@link groupBySet} order. Only for additive readings. @internal
 */
export function completeSets(indicator: IndicatorDocument, breakdown: readonly BreakdownEntry[]): { readonly dims: readonly string[]; readonly entries: readonly BreakdownEntry[] }[] {
  return groupBySet(breakdown).filter((g) => g.dims.length > 0 && covers(indicator, g.entries, g.dims));
}

/**
 * A reading's total: its own value (or ratio); else, for an additive measure,
 * the sum of its first complete set of parts. A ratio total without its own
 * counts takes them from a complete set. `undefined` when nothing gives it.
 * @internal
 */
export function readingAmount(indicator: IndicatorDocument, reading: ReadingDocument): Amount | undefined {
  const own = ownAmount(reading);
  const breakdown = reading.breakdown ?? [];
  if (own !== undefined && (own.numerator !== undefined || breakdown.length === 0)) return own;
  const how = additivity(indicator, breakdown);
  if (how === 'none') return own;
  const set = completeSets(indicator, breakdown)[0];
  const sum = set === undefined ? undefined : sumOf(set.entries, how);
  if (own === undefined) return sum;
  return sum?.numerator === undefined ? own : { ...own, numerator: sum.numerator, denominator: sum.denominator as number };
}

/** Whether a part is for exactly the categories of `filter`. */
function isExactly(entry: BreakdownEntry, filter: CategoryFilter, dims: readonly string[]): boolean {
  const own = dimensionsOf(entry);
  return own.length === dims.length && dims.every((d, i) => own[i] === d && entry.for[d] === filter[d]);
}

/**
 * A reading's value for one category (`filter`, its dimensions `dims` sorted):
 * the part written for exactly that category; else, for an additive measure,
 * the sum of the finer parts within it that cover every combination of the
 * other categories of their set (the first such set, in {@link groupBySet}
 * order). `undefined` when the reading gives no value for the category.
 * @internal
 */
export function categoryAmount(indicator: IndicatorDocument, reading: ReadingDocument, filter: CategoryFilter, dims: readonly string[]): Amount | undefined {
  const breakdown = reading.breakdown ?? [];
  const exact = breakdown.find((e) => isExactly(e, filter, dims));
  if (exact !== undefined) return ownAmount(exact);
  const how = additivity(indicator, breakdown);
  if (how === 'none') return undefined;
  for (const group of groupBySet(breakdown)) {
    if (group.dims.length <= dims.length || !dims.every((d) => group.dims.includes(d))) continue;
    const within = group.entries.filter((e) => dims.every((d) => e.for[d] === filter[d]));
    const free = group.dims.filter((d) => !dims.includes(d));
    if (covers(indicator, within, free)) {
      const sum = sumOf(within, how);
      if (sum !== undefined) return sum;
    }
  }
  return undefined;
}

/** Whether `reading` is read as written: it has its value, and no breakdown that could give it the counts of a ratio. */
function asWritten(reading: ReadingDocument): boolean {
  return reading.value !== undefined && reading.breakdown === undefined;
}

/**
 * The indicator with every reading's value worked out where it is not written
 * (from numerator and denominator, or a complete breakdown), and the counts of
 * a ratio total taken from its breakdown; the node itself when every reading
 * is read as written. A reading that gives no value is left out, or kept as it
 * is with `keep` (validation, which reports it by its place).
 * @internal
 */
export function valuedIndicator(node: IndicatorDocument, keep: boolean): IndicatorDocument {
  const written = (list: readonly ReadingDocument[] | undefined): boolean => list === undefined || list.every(asWritten);
  if ((node.baseline === undefined || asWritten(node.baseline)) && written(node.targets) && written(node.observations)) return node;
  const resolve = (reading: ReadingDocument): ReadingDocument | undefined => {
    if (asWritten(reading)) return reading;
    const amount = readingAmount(node, reading);
    if (amount === undefined) return keep ? reading : undefined;
    return { ...reading, ...amount };
  };
  return resolveReadings(node, resolve);
}

/** `node` with each reading replaced by `resolve(reading)`, and those it leaves out dropped. @internal */
export function resolveReadings(node: IndicatorDocument, resolve: (reading: ReadingDocument) => ReadingDocument | undefined): IndicatorDocument {
  const list = (readings: readonly ReadingDocument[] | undefined): ReadingDocument[] | undefined =>
    readings === undefined ? undefined : readings.flatMap((r) => resolve(r) ?? []);
  const { baseline: _b, targets: _t, observations: _o, ...rest } = node;
  const baseline = node.baseline === undefined ? undefined : resolve(node.baseline);
  const targets = list(node.targets);
  const observations = list(node.observations);
  return {
    ...rest,
    ...(baseline === undefined ? {} : { baseline }),
    ...(targets === undefined ? {} : { targets }),
    ...(observations === undefined ? {} : { observations }),
  };
}


/** A breakdown's parts sorted by the dimensions they name, then by their categories: the same whatever the order written. @internal */
export function sortedParts(breakdown: readonly BreakdownEntry[]): readonly BreakdownEntry[] {
  const keyed = breakdown.map((e) => ({ e, key: JSON.stringify(dimensionsOf(e).map((d) => [d, e.for[d]])) }));
  const dims = (k: { key: string }): number => (JSON.parse(k.key) as unknown[]).length;
  return keyed.sort((a, b) => dims(a) - dims(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.e);
}

/** Whether a percentage indicator writes any reading or part as numerator and denominator (its values are then shown to one decimal). @internal */
export function usesRatios(node: IndicatorDocument): boolean {
  if (node.measure.kind !== 'percentage') return false;
  let uses = ratioUse.get(node);
  if (uses === undefined) {
    const ratio = (p: Parts): boolean => p.numerator !== undefined;
    uses = [node.baseline, ...(node.targets ?? []), ...(node.observations ?? [])].some((r) => r !== undefined && (ratio(r) || (r.breakdown ?? []).some(ratio)));
    ratioUse.set(node, uses);
  }
  return uses;
}

/** {@link usesRatios} of each indicator asked about (labels ask once per value shown). */
const ratioUse = new WeakMap<IndicatorDocument, boolean>();
