import { finalTarget } from '../document/final-target.js';
import type { BreakdownEntry, CategoryFilter, IndicatorDocument } from '../document/types.js';
import { sortedParts } from '../document/breakdown.js';
import { formatValue } from '../mermaid/format.js';
import type { IndicatorProgress } from '../progress/types.js';

/** `sex female, age under-18`: the category a per-category report is for, dimensions in name order. @internal */
export function categoryText(filter: CategoryFilter): string {
  return Object.keys(filter)
    .sort()
    .map((d) => `${d} ${filter[d] as string}`)
    .join(', ');
}

/**
 * `female 120 · male 110`: a reading's parts, each with its categories (in
 * dimension-name order) and its value (a ratio's counts after it), sorted;
 * empty without parts. @internal
 */
export function partsText(node: IndicatorDocument, breakdown: readonly BreakdownEntry[] | undefined): string {
  if (breakdown === undefined || breakdown.length === 0) return '';
  return sortedParts(breakdown)
    .map((e) => {
      const cats = Object.keys(e.for)
        .sort()
        .map((d) => e.for[d] as string)
        .join(', ');
      const value = e.value ?? (e.numerator !== undefined && e.denominator !== undefined && e.denominator > 0 ? (100 * e.numerator) / e.denominator : undefined);
      const counts = e.numerator === undefined || e.denominator === undefined ? '' : ` (${e.numerator}/${e.denominator})`;
      return `${cats} ${value === undefined ? '—' : formatValue(value, node)}${counts}`;
    })
    .join(' · ');
}


/**
 * The parts of an indicator's baseline, latest observation used and final
 * target, as {@link partsText} writes them (empty where a reading has none).
 * Whole-model reports only: in a per-category report every value is already
 * the category's. @internal
 */
export function readingParts(node: IndicatorDocument, p: IndicatorProgress | undefined): { readonly baseline: string; readonly latest: string; readonly target: string } {
  return {
    baseline: partsText(node, node.baseline?.breakdown),
    latest: partsText(node, p?.observations.at(-1)?.breakdown),
    target: partsText(node, finalTarget(node.targets ?? [])?.breakdown),
  };
}
