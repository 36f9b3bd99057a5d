/** Code-unit order: locale-independent, so output is the same on every machine. @internal */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const CHUNKS = /\d+|\D+/g;

/**
 * Natural order without locale: runs of ASCII digits compare as numbers
 * (`1.2` before `1.10`), everything else by code unit; ties by code unit.
 * @internal
 */
export function compareNatural(a: string, b: string): number {
  const left = a.match(CHUNKS) ?? [];
  const right = b.match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    if (isDigits(x) && isDigits(y)) {
      const p = x.replace(/^0+(?=\d)/, '');
      const q = y.replace(/^0+(?=\d)/, '');
      if (p.length !== q.length) return p.length - q.length;
      if (p !== q) return compareCodeUnits(p, q);
      continue;
    }
    return compareCodeUnits(x, y);
  }
  if (left.length !== right.length) return left.length - right.length;
  return compareCodeUnits(a, b);
}

function isDigits(text: string): boolean {
  return /^\d/.test(text);
}
