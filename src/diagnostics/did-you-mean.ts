/**
 * The candidate a misspelt `name` most likely meant, or `undefined` when none
 * is close or two are equally close. Close means at most a third of the
 * longer word's letters differ (at least one): insertions, deletions,
 * substitutions and swaps of two neighbours count one each, and letter case
 * and `-`/`_`/space differences count nothing (`Duty_Bearer` → `duty-bearer`).
 * @internal
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = fold(name);
  if (wanted.length === 0) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const folded = fold(candidate);
    const limit = Math.max(1, Math.floor(Math.max(folded.length, wanted.length) / 3));
    if (Math.abs(folded.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, folded, Math.min(limit, bestDistance));
    if (distance > limit) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && candidate !== best) tie = true;
  }
  return tie ? undefined : best;
}

/** ` Did you mean "x"?` for a message, or nothing. @internal */
export function suggestion(name: string, candidates: Iterable<string>): string {
  const match = didYouMean(name, candidates);
  return match === undefined ? '' : ` Did you mean ${JSON.stringify(match)}?`;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[-_\s]+/g, '');
}

/**
 * Optimal-string-alignment distance (Levenshtein with swaps of neighbours),
 * giving up with `limit + 1` once every alignment costs more than `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] as number;
}
