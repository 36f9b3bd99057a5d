const UNITS: Readonly<Record<string, 'Y' | 'M' | 'W' | 'D'>> = {
  y: 'Y', yr: 'Y', yrs: 'Y', year: 'Y', years: 'Y',
  m: 'M', mo: 'M', mos: 'M', mon: 'M', month: 'M', months: 'M',
  w: 'W', wk: 'W', wks: 'W', week: 'W', weeks: 'W',
  d: 'D', day: 'D', days: 'D',
};
const NAMES = { Y: 'year', M: 'month', W: 'week', D: 'day' } as const;
/** A number and a unit: `18 months`, `1.5y`, `6M`. */
const TERM = /(\d+(?:[.,]\d+)?)\s*([a-z]+)/gi;

/**
 * For an age limit not written as an ISO 8601 duration, how to write it:
 * ` 18 months is written P18M.` for `18 months`, `18m`, `P6M1Y`-style
 * mistakes and fractions (`1.5 years` is `P1Y6M`); the unit for a bare
 * number; capitals for `p18m`; no time of day for `PT24H`. Empty when there
 * is no good guess.
 * @internal
 */
export function durationHint(value: unknown): string {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))) {
    const n = String(value).trim();
    return ` Write the unit too: P${n}M for ${n} months, P${n}D for ${n} days.`;
  }
  if (typeof value !== 'string') return '';
  const text = value.trim();
  if (/^p[^t]*t/i.test(text)) return ' Only years, months, weeks and days are used, nothing after a T: write P1D, not PT24H.';
  const body = /^p\s*\d/i.test(text) ? text.replace(/^p/i, '') : text;
  const terms = [...body.matchAll(TERM)];
  const rest = body.replace(TERM, '').replace(/\band\b|[\s,]/gi, '');
  if (terms.length === 0 || rest !== '') return '';
  const total = { Y: 0, M: 0, W: 0, D: 0 };
  const words: string[] = [];
  for (const [, digits, unitText] of terms) {
    const unit = UNITS[(unitText as string).toLowerCase()];
    if (unit === undefined) return '';
    const n = Number((digits as string).replace(',', '.'));
    total[unit] += n;
    words.push(`${n} ${NAMES[unit]}${n === 1 ? '' : 's'}`);
  }
  // Fractions of a year are months, of a week days; fractions of a month or a day have no exact equivalent.
  const wholeYears = Math.floor(total.Y);
  total.M += (total.Y - wholeYears) * 12;
  total.Y = wholeYears;
  const wholeWeeks = Math.floor(total.W);
  total.D += (total.W - wholeWeeks) * 7;
  total.W = wholeWeeks;
  total.M = Math.round(total.M * 1e9) / 1e9;
  total.D = Math.round(total.D * 1e9) / 1e9;
  if (!Number.isInteger(total.M) || !Number.isInteger(total.D)) return ' Use whole numbers: for example P45D rather than P1.5M.';
  const iso = `P${(['Y', 'M', 'W', 'D'] as const).map((u) => (total[u] === 0 ? '' : `${total[u]}${u}`)).join('')}`;
  const written = iso === 'P' ? 'P0D' : iso;
  if (written === text.toUpperCase().replace(/\s/g, '')) return ` Write it in capitals, without spaces: ${written}.`;
  return ` ${words.join(' ')} is written ${written}.`;
}
