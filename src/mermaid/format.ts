import type { IndicatorDocument, IndicatorValue } from '../document/types.js';
import type { Status } from '../progress/types.js';

/** How each status reads in labels and tables. @internal */
export const STATUS_TEXT: { readonly [S in Status]: string } = {
  achieved: 'achieved',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'no-data': 'no data',
};

/** Beyond this share (100,000,000%), a percentage says "over" or "under" instead of growing without end. */
const EXTREME_SHARE = 1e6;

/**
 * A share as a whole percentage, e.g. `0.456` → `'46%'`. Locale-independent;
 * never `-0%`, and never `Infinity%` for the raw progress of absurd data:
 * past ±100,000,000% it reads `over 100000000%` or `under -100000000%`.
 * @internal
 */
export function percent(share: number): string {
  if (share > EXTREME_SHARE) return `over ${EXTREME_SHARE * 100}%`;
  if (share < -EXTREME_SHARE) return `under -${EXTREME_SHARE * 100}%`;
  const rounded = Math.round(share * 100);
  return `${rounded === 0 ? 0 : rounded}%`;
}

/** An indicator value for a table: `55%`, `12 people`, `yes`, a level name or finding, or `3 markers`. @internal */
export function formatValue(value: IndicatorValue | null, indicator: IndicatorDocument): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (indicator.measure.kind === 'percentage') return `${value}%`;
    return indicator.unit === undefined || indicator.unit === '' ? `${value}` : `${value} ${indicator.unit}`;
  }
  if (typeof value === 'string') return value;
  return value.length === 1 ? '1 marker' : `${value.length} markers`;
}
