/**
 * Exact rational numbers on BigInt, for the guide's reference roll-up: no
 * rounding anywhere, so a value on a status threshold is on it. A number
 * from a document enters through its shortest decimal string (`String(x)`),
 * so 0.7 is exactly 7/10, as the user wrote it.
 */

/** A fraction n/d in lowest terms, d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** n/d in lowest terms. */
export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO = rational(0n);
export const ONE = rational(1n);

/** The exact value of a finite number as its shortest decimal string reads (`String(0.7)` → 7/10). */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (match === null) throw new RangeError(`unexpected number text: ${String(x)}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let n = BigInt(`${whole}${fraction}`);
  if (sign === '-') n = -n;
  const e = Number(exponent) - fraction.length;
  return e >= 0 ? rational(n * 10n ** BigInt(e)) : rational(n, 10n ** BigInt(-e));
}

export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
/** −1, 0 or 1 as a is below, equal to or above b. */
export const cmp = (a: Rational, b: Rational): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const eq = (a: Rational, b: Rational): boolean => a.n === b.n && a.d === b.d;
export const isZero = (a: Rational): boolean => a.n === 0n;
export const sum = (list: readonly Rational[]): Rational => list.reduce(add, ZERO);
/** a clamped to [0, 1]. */
export const clamp01 = (a: Rational): Rational => (cmp(a, ZERO) < 0 ? ZERO : cmp(a, ONE) > 0 ? ONE : a);
/** |a|. */
export const absolute = (a: Rational): Rational => rational(abs(a.n), a.d);

/** The nearest number (to well within 1e-15 relative), for comparison with the engine. */
export function toNumber(a: Rational): number {
  if (a.n === 0n) return 0;
  const negative = a.n < 0n;
  const n = abs(a.n);
  // Scale so that the integer quotient has about 80 bits, then divide by the power of two exactly.
  const shift = 80 - (n.toString(2).length - a.d.toString(2).length);
  const q = shift >= 0 ? (n << BigInt(shift)) / a.d : n / (a.d << BigInt(-shift));
  const value = Number(q) * 2 ** -shift;
  return negative ? -value : value;
}

/** A readable form for messages, e.g. `7/10`. */
export const show = (a: Rational): string => (a.d === 1n ? `${a.n}` : `${a.n}/${a.d}`);
