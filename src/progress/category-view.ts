import { finalTarget } from '../document/final-target.js';
import { categoryAmount, resolveReadings, valuedIndicator, type Amount } from '../document/breakdown.js';
import type { CategoryFilter, IndicatorDocument, ReadingDocument } from '../document/types.js';

// The roll-up reads an indicator through a view: every reading with its value
// worked out (from numerator and denominator, or as the sum of a complete
// breakdown), and, for a per-category roll-up, each reading replaced by the
// category's. The engine (indicator-table.ts) then runs unchanged on the view.
// An indicator that uses none of this is its own view, so a document without
// breakdowns or ratios is read exactly as before.

/** An indicator as the roll-up reads it. @internal */
export interface IndicatorView {
  readonly node: IndicatorDocument;
  /**
   * True when a per-category roll-up has nothing to read for the category:
   * the indicator does not declare every dimension asked for, or its baseline
   * or final target gives no value for the category.
   */
  readonly notBrokenDown: boolean;
}

/** A reading with `amount` as its value (and counts and rating), and no breakdown. */
function withAmount(reading: ReadingDocument, amount: Amount): ReadingDocument {
  const { breakdown: _b, value: _v, numerator: _n, denominator: _d, rating: _r, ...rest } = reading;
  return { ...rest, ...amount };
}

const wholeViews = new WeakMap<IndicatorDocument, IndicatorView>();

/**
 * The indicator `node` as the roll-up reads it, for the whole (no `filter`)
 * or for the categories of `filter`. Readings of the whole keep their other
 * fields; a reading that gives no value is left out (validation refuses it).
 * @internal
 */
export function indicatorView(node: IndicatorDocument, filter?: CategoryFilter): IndicatorView {
  if (filter === undefined || Object.keys(filter).length === 0) {
    let view = wholeViews.get(node);
    if (view === undefined) {
      view = { node: valuedIndicator(node, false), notBrokenDown: false };
      wholeViews.set(node, view);
    }
    return view;
  }
  return categoryView(node, filter);
}

function categoryView(node: IndicatorDocument, filter: CategoryFilter): IndicatorView {
  const dims = Object.keys(filter).sort();
  const declared = node.dimensions;
  const empty: IndicatorDocument = resolveReadings(node, () => undefined);
  if (declared === undefined || !dims.every((d) => Object.prototype.hasOwnProperty.call(declared, d))) return { node: empty, notBrokenDown: true };
  const resolve = (reading: ReadingDocument): ReadingDocument | undefined => {
    const amount = categoryAmount(node, reading, filter, dims);
    return amount === undefined ? undefined : withAmount(reading, amount);
  };
  const view = resolveReadings(node, resolve);
  const final = finalTarget(node.targets ?? []);
  const lost = (node.baseline !== undefined && view.baseline === undefined) || (final !== undefined && resolve(final) === undefined);
  return { node: lost ? empty : view, notBrokenDown: lost };
}
