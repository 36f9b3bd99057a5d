import type { IndicatorValue, Measure, ReadingDocument } from '../document/types.js';
import type { MarkerWeights } from './types.js';

/** Measure kinds as small integers, so that the per-reading code switches on a number. @internal */
export const NUMBER = 0;
/** @internal */
export const BOOLEAN = 1;
/** @internal */
export const SCALE = 2;
/** @internal */
export const MARKERS = 3;
/** @internal */
export const QUALITATIVE = 4;
/** @internal */
export const MEASURE_CODE: { readonly [K in Measure['kind']]: number } = {
  number: NUMBER,
  percentage: NUMBER,
  boolean: BOOLEAN,
  scale: SCALE,
  markers: MARKERS,
  qualitative: QUALITATIVE,
};

/**
 * A reading's value on the indicator's numeric scale: number and percentage
 * as they are; yes/no as 0/1; a scale level as its position; progress markers
 * as the summed weights of the markers listed; a qualitative reading as its
 * rating. `code` is the measure's {@link MEASURE_CODE}; `value` is `reading.value`.
 */
export function scaleValue(code: number, measure: Measure, weights: MarkerWeights, reading: ReadingDocument, value: IndicatorValue): number {
  switch (code) {
    case NUMBER:
      return value as number;
    case BOOLEAN:
      return value === true ? 1 : 0;
    case SCALE:
      return (measure as Extract<Measure, { kind: 'scale' }>).levels.indexOf(value as string);
    case MARKERS: {
      const listed = value as readonly string[];
      const seen = { expect: 0, like: 0, love: 0 };
      for (const marker of (measure as Extract<Measure, { kind: 'markers' }>).markers) if (listed.includes(marker.id)) seen[marker.grade]++;
      return markerSum(seen, weights);
    }
    default:
      return reading.rating ?? 0;
  }
}

/** The weight of markers seen, by grade: counted first, so the sum is the same whatever the order of the markers. */
export function markerSum(seen: { readonly [G in keyof MarkerWeights]: number }, weights: MarkerWeights): number {
  return seen.expect * weights.expect + seen.like * weights.like + seen.love * weights.love;
}

/** A target's value on the scale: as {@link scaleValue}, but a qualitative target without a rating counts as achieved (1). */
export function targetValueOf(code: number, measure: Measure, weights: MarkerWeights, reading: ReadingDocument): number {
  return code === QUALITATIVE ? (reading.rating ?? 1) : scaleValue(code, measure, weights, reading, reading.value ?? Number.NaN);
}
