import type { IsoDate } from '../../document/types.js';
import { escapeHtml } from './escape-html.js';

/** A value at a date; `null` where there is none (the line breaks there). */
export interface ChartPoint {
  readonly date: IsoDate;
  /** A share, 0 to 1 (drawn clamped to the 0–100% axis), or `null`. */
  readonly value: number | null;
}

/** What {@link trendChartSvg} draws: two lines over a date axis, 0–100% up. */
export interface TrendChartInput {
  /** First date of the x axis. */
  readonly start: IsoDate;
  /** Last date of the x axis, after `start`. */
  readonly end: IsoDate;
  /** The report date: a thin vertical line when within the axis. */
  readonly asOf?: IsoDate;
  /** Progress at each date, in date order (a solid line). */
  readonly progress: readonly ChartPoint[];
  /** Expected progress at each date, in date order (a dashed line). */
  readonly expected: readonly ChartPoint[];
  /** What the chart shows, for screen readers (plain text; escaped here). */
  readonly label: string;
}

/** The drawing's size in its own units (the page scales it to the width it has). */
export const CHART = { width: 320, height: 150, left: 36, right: 10, top: 10, bottom: 22 } as const;

const DAY = 86_400_000;

/** Milliseconds since 1970 at the start of an ISO date (UTC). */
function time(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** A coordinate with at most one decimal, never `-0`. */
function n(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

/** A label on the x axis: its text and the span of the axis it names. */
interface XLabel {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

/**
 * The x-axis labels for a period: calendar years when it spans more than 18
 * months (every second, fifth or tenth year when there are more than ten),
 * else quarters (`Q1 2020`); each names the part of the axis it covers, so a
 * label sits in the middle of its year, and a year cut to under a third by
 * the period's ends is left unnamed. Tick lines go at each boundary.
 */
export function xLabels(start: IsoDate, end: IsoDate): { readonly labels: readonly XLabel[]; readonly ticks: readonly number[] } {
  const t0 = time(start);
  const t1 = time(end) + DAY; // the end date is included: its day ends the axis
  const years = t1 - t0 > 548 * DAY;
  const first = new Date(t0);
  const boundaries: number[] = [];
  const names: string[] = [];
  let y = first.getUTCFullYear();
  let m = years ? 0 : Math.floor(first.getUTCMonth() / 3) * 3;
  for (;;) {
    const at = Date.UTC(y, m, 1);
    if (at >= t1) break;
    boundaries.push(at);
    names.push(years ? String(y) : `Q${m / 3 + 1} ${y}`);
    if (years) y += 1;
    else if ((m += 3) === 12) [m, y] = [0, y + 1];
  }
  boundaries.push(years ? Date.UTC(y, 0, 1) : Date.UTC(y, m, 1));
  const step = names.length <= 10 ? 1 : names.length <= 20 ? 2 : names.length <= 50 ? 5 : 10;
  const full = years ? 365 * DAY : 91 * DAY;
  const labels: XLabel[] = [];
  names.forEach((text, i) => {
    const from = Math.max(boundaries[i] as number, t0);
    const to = Math.min(boundaries[i + 1] as number, t1);
    const number = years ? Number(text) : i;
    if (to - from >= full / 3 && number % step === 0) labels.push({ text, from, to });
  });
  const ticks = boundaries.filter((b) => b > t0 && b < t1);
  return { labels, ticks };
}

/**
 * One small trend chart as an SVG element, for a page: progress (solid) and
 * expected progress (dashed) of one goal or objective over a date axis, the
 * y axis fixed at 0–100% (100% is the target), grid lines at every 25%, the
 * report date marked. SVG for inline use in an HTML page (so without an
 * `xmlns`), no script, no fonts or images to fetch; the same input gives
 * the same text. Values outside 0–1 are drawn at the edge.
 *
 * @example
 * ```ts
 * trendChartSvg({ start: '2015-01-01', end: '2020-12-31', progress: [{ date: '2016-12-31', value: 0.4 }], expected: [], label: 'Vision' });
 * ```
 * @internal
 */
export function trendChartSvg(input: TrendChartInput): string {
  const { width, height, left, right, top, bottom } = CHART;
  const t0 = time(input.start);
  const t1 = time(input.end) + DAY;
  if (!(t1 > t0)) throw new RangeError(`trendChartSvg: the axis must end after it starts (${input.start} to ${input.end}).`);
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (t: number): number => left + (Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0) * plotW;
  // A reading on a date holds at the end of that day: a value dated the axis's last day lands on its right edge.
  const xOf = (date: IsoDate): number => x(time(date) + DAY);
  const yOf = (share: number): number => top + (1 - Math.min(Math.max(share, 0), 1)) * plotH;
  const out: string[] = [
    `<svg class="trend" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(input.label)}">`,
  ];
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(`<line class="grid${share === 0 || share === 1 ? ' edge' : ''}" x1="${left}" x2="${width - right}" y1="${n(yOf(share))}" y2="${n(yOf(share))}"/>`);
  }
  for (const share of [0, 0.5, 1]) {
    out.push(`<text class="y" x="${left - 4}" y="${n(yOf(share) + 3.5)}" text-anchor="end">${share * 100}%</text>`);
  }
  const { labels, ticks } = xLabels(input.start, input.end);
  for (const t of ticks) out.push(`<line class="tick" x1="${n(x(t))}" x2="${n(x(t))}" y1="${top}" y2="${height - bottom + 3}"/>`);
  for (const label of labels) {
    out.push(`<text class="x" x="${n((x(label.from) + x(label.to)) / 2)}" y="${height - 6}" text-anchor="middle">${label.text}</text>`);
  }
  if (input.asOf !== undefined && time(input.asOf) >= t0 && time(input.asOf) < t1) {
    const at = n(xOf(input.asOf));
    out.push(`<line class="as-of" x1="${at}" x2="${at}" y1="${top}" y2="${height - bottom}"/>`);
  }
  out.push(...path('expected', input.expected, xOf, yOf), ...path('progress', input.progress, xOf, yOf));
  const last = [...input.progress].reverse().find((p) => p.value !== null);
  if (last !== undefined && last.value !== null) out.push(`<circle class="progress" cx="${n(xOf(last.date))}" cy="${n(yOf(last.value))}" r="2.5"/>`);
  out.push('</svg>');
  return out.join('');
}

/** A line through the points that have values, broken at each `null`; a lone point is a short dash. */
function path(kind: 'progress' | 'expected', points: readonly ChartPoint[], xOf: (d: IsoDate) => number, yOf: (s: number) => number): string[] {
  const runs: string[][] = [];
  let run: string[] | undefined;
  for (const p of points) {
    if (p.value === null || !Number.isFinite(p.value)) {
      run = undefined;
      continue;
    }
    if (run === undefined) runs.push((run = []));
    run.push(`${n(xOf(p.date))},${n(yOf(p.value))}`);
  }
  return runs.map((r) =>
    r.length === 1 ? `<circle class="${kind}" cx="${r[0]?.split(',')[0]}" cy="${r[0]?.split(',')[1]}" r="1.5"/>` : `<polyline class="${kind}" points="${r.join(' ')}"/>`,
  );
}
