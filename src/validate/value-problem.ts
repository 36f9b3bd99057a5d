import type { IndicatorValue, Measure } from '../document/types.js';

/** Why a value does not fit a measure, or `undefined` if it does. @internal */
export function valueProblem(measure: Measure, value: IndicatorValue): string | undefined {
  switch (measure.kind) {
    case 'number':
      return typeof value === 'number' ? undefined : 'this indicator records numbers';
    case 'percentage':
      if (typeof value !== 'number') return 'this indicator records percentages (numbers from 0 to 100)';
      return value >= 0 && value <= 100 ? undefined : 'a percentage must lie between 0 and 100';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'this indicator records yes/no (true or false)';
    case 'scale':
      return typeof value === 'string' && measure.levels.includes(value)
        ? undefined
        : `this indicator records one of the levels ${measure.levels.map((l) => JSON.stringify(l)).join(', ')}`;
    case 'markers': {
      if (!Array.isArray(value)) return 'this indicator records a list of the progress markers observed';
      const known = new Set(measure.markers.map((m) => m.id));
      const unknown = (value as readonly string[]).filter((v) => !known.has(v));
      return unknown.length === 0 ? undefined : `${unknown.map((u) => JSON.stringify(u)).join(', ')} ${unknown.length === 1 ? 'is not one of its markers' : 'are not among its markers'}`;
    }
    case 'qualitative':
      return typeof value === 'string' ? undefined : 'this indicator records a written finding (text) with a rating';
  }
}
