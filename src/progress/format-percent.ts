/** Beyond this share (100,000,000%), a percentage says "over" or "under" instead of growing without end. */
const EXTREME_SHARE = 1e6;

/**
 * The one display rule for shares (progress, expected progress, coverage),
 * used by terminal tables, explanations, diagrams, Markdown and HTML: a whole
 * percentage, rounded half away from zero (`0.285` → `29%`, `-0.285` →
 * `-29%`), with thousands separators (`12.5` → `1,250%`), locale-independent.
 * Rounding never claims more or less than the data say: a share below 1 never
 * reads `100%` (it reads `99%`), a share above 0 never reads `0%` (it reads
 * `1%`), and likewise for negatives (`-0.001` → `-1%`, `-0.999` → `-99%`);
 * never `-0%`. Past ±100,000,000% it reads `over 100000000%` or
 * `under -100000000%`, never `Infinity%`; `null` reads `no data`.
 *
 * @example
 * ```ts
 * formatPercent(0.4167); // '42%'
 * formatPercent(0.995); // '99%'
 * formatPercent(0.001); // '1%'
 * formatPercent(null); // 'no data'
 * formatPercent(1e300); // 'over 100000000%'
 * ```
 * @internal
 */
export function formatPercent(value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'no data';
  if (value > EXTREME_SHARE) return `over ${EXTREME_SHARE * 100}%`;
  if (value < -EXTREME_SHARE) return `under -${EXTREME_SHARE * 100}%`;
  const size = Math.abs(value);
  if (size === 0) return '0%';
  // Nine decimals first, so that 0.285 (28.499999999999996 once multiplied) rounds as written.
  let whole = Math.floor(Number((size * 100).toFixed(9)) + 0.5);
  if (whole === 0) whole = 1;
  if (whole === 100 && size < 1) whole = 99;
  return `${value < 0 ? '-' : ''}${groupThousands(String(whole))}%`;
}

/**
 * A number as a reader expects it in a label or table: thousands separated by
 * commas, whatever the locale (`170000` → `170,000`, `-1234.5` → `-1,234.5`),
 * the decimals as written, never `-0`. Numbers JavaScript writes with an
 * exponent (from 10²¹, or below 10⁻⁶) keep it (`1e+21`).
 *
 * @example
 * ```ts
 * formatNumber(81000); // '81,000'
 * formatNumber(0.5); // '0.5'
 * ```
 * @internal
 */
export function formatNumber(value: number): string {
  if (value === 0) return '0';
  const text = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(text)) return String(value);
  const [whole = '', fraction] = text.split('.');
  return `${value < 0 ? '-' : ''}${groupThousands(whole)}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** `1234567` → `1,234,567`. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
