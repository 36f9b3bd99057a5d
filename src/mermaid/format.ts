import { usesRatios } from '../document/breakdown.js';
import type { IndicatorDocument, IndicatorValue } from '../document/types.js';
import { formatNumber } from '../progress/format-percent.js';
import type { Status } from '../progress/types.js';

/** How each status reads in labels and tables. @internal */
export const STATUS_TEXT: { readonly [S in Status]: string } = {
  achieved: 'achieved',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'no-data': 'no data',
};

/**
 * An indicator value for a label or table: `55%`, `170,000 people` (thousands
 * separated, see {@link formatNumber}), `yes`, a level name or finding, or
 * `3 markers`; `''` for none. @internal
 */
export function formatValue(value: IndicatorValue | null, indicator: IndicatorDocument): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    // A percentage worked out from counts is shown to one decimal (30 of 90: 33.3%).
    const number = formatNumber(usesRatios(indicator) ? Math.round(value * 10) / 10 : value);
    if (indicator.measure.kind === 'percentage') return `${number}%`;
    return indicator.unit === undefined || indicator.unit === '' ? number : `${number} ${indicator.unit}`;
  }
  if (typeof value === 'string') return value;
  return value.length === 1 ? '1 marker' : `${value.length} markers`;
}
