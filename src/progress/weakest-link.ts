import type { Aggregated, Links } from './links.js';
import { nineDecimals } from './nine-decimals.js';

/**
 * The weakest of the children of links `start` to `end - 1` that have data:
 * its progress and its own expected progress, its link taking the whole
 * value as its share. Inputs equally low to nine decimal places are a tie,
 * won by the one furthest behind (the highest expected progress, also to nine
 * places; one with an expected progress before one without), then by the
 * first in id order. There is at least one input.
 * @internal
 */
export function weakestLink(links: Links, start: number, end: number, out: Aggregated): void {
  const { childAt, progress, expected, share, zero } = links;
  let at = -1;
  let low = 0;
  let lowRounded = 0;
  let lowExpected = Number.NaN;
  for (let k = start; k < end; k++) {
    const c = childAt[k] as number;
    const raw = progress[c] as number;
    if (raw !== raw && !zero) continue;
    const p = raw === raw ? raw : 0;
    const rounded = nineDecimals(p);
    const e = expected[c] as number;
    if (at === -1 || rounded < lowRounded || (rounded === lowRounded && e === e && !(nineDecimals(e) <= nineDecimals(lowExpected)))) {
      at = k;
      low = p;
      lowRounded = rounded;
      lowExpected = e;
    }
  }
  share[at] = low;
  out[0] = low;
  out[1] = lowExpected;
}
