/**
 * A number as IATI's `@value` expects it: plain decimal digits, never the
 * exponent notation JavaScript prints for very large or small numbers
 * (`1e21` is written `1000000000000000000000`, `1e-7` `0.0000001`), with the
 * same digits, so that `Number(iatiNumber(x)) === x` for every finite `x`
 * but `-0`, written `0` as JSON writes it. @internal
 */
export function iatiNumber(value: number): string {
  const text = String(value);
  const e = text.indexOf('e');
  if (e === -1) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = point === -1 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  // Where the decimal point falls, counted in digits from the left.
  const at = (point === -1 ? mantissa.length : point) + exponent;
  const body = at <= 0 ? `0.${'0'.repeat(-at)}${digits}` : at >= digits.length ? digits + '0'.repeat(at - digits.length) : `${digits.slice(0, at)}.${digits.slice(at)}`;
  return negative ? `-${body}` : body;
}
