/**
 * Independent implementations of the roll-up, written from the progress guide
 * (docs/guides/progress.md) without the library's code, for the benchmark and
 * for the tests that check the library's fast paths:
 * - {@link straightforwardRollUp}: the obvious approach on graphology and
 *   graphology-dag (build a graph, sort it topologically, walk it);
 * - {@link prepareReference} and {@link referenceRollUp}: a plain single pass
 *   over typed arrays, the floor any implementation can hope for.
 * Supported: every measure, latest and cumulative indicators, milestones,
 * a timeline without milestones for an indicator missing its baseline or
 * target value, weighted mean (one division) and weakest link (the weakest
 * input's own expected progress; ties at nine decimals, then the furthest
 * behind, then the first by id), the expected progress of a node without data
 * (over all its inputs that have one), statuses decided at nine decimals,
 * assessments, failing assumptions, missing data excluded, default thresholds
 * and marker weights.
 *
 * Long file: the two roll-ups share the guide's indicator and status rules
 * (kept once, here), and the tests import both from this one module.
 */
import { DirectedGraph } from 'graphology';
import { topologicalSort } from 'graphology-dag';
import type { IndicatorDocument, NodeDocument, ReadingDocument, TheoryOfChangeDocument } from '../src/index.js';

const WEIGHTS = { expect: 1, like: 2, love: 3 } as const;
const AT_RISK = 0.1;
const OFF_TRACK = 0.25;

/** Status codes, in the library's order: achieved, on-track, at-risk, off-track, no-data. */
export const STATUS_NAMES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const;

/** Days since 1970-01-01 (years 0–99 read as 1900–1999, as `Date.UTC` does). */
export function day(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
}

/** The name of a status code. */
export function statusName(code: number): (typeof STATUS_NAMES)[number] {
  return STATUS_NAMES[code] ?? 'no-data';
}

function clamp(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : x;
}

/** Nine decimal places as a whole number of billionths: statuses compare these (docs: "Thresholds are exact"). */
function nine(x: number): number {
  return Math.round(x * 1e9);
}

const AT_RISK_9 = nine(AT_RISK);
const OFF_TRACK_9 = nine(OFF_TRACK);

/** A status code from progress and expected progress rounded to nine decimals, so a value on a threshold lands on the side the guide's table gives. */
function status(progress: number, expected: number, failing: boolean): number {
  if (progress !== progress) return 4;
  const p = nine(progress);
  if (p >= 1e9) return 0;
  const shortfall = (expected !== expected ? 1e9 : nine(expected)) - p;
  const s = shortfall <= AT_RISK_9 ? 1 : shortfall <= OFF_TRACK_9 ? 2 : 3;
  return failing && s === 1 ? 2 : s;
}

/** An indicator reduced to numbers, as the guide's table describes. */
interface NumericIndicator {
  /** Observations sorted by date (stable): days and scale values. */
  readonly days: number[];
  readonly xs: number[];
  readonly baseline: number | null;
  /** The baseline's day, -Infinity when it has none. */
  readonly from: number;
  readonly target: number | null;
  readonly cumulative: boolean;
  readonly decreasing: boolean;
  /** Trajectory points: days and expected progress. */
  readonly trajectoryDays: number[];
  readonly trajectoryExpected: number[];
}

function numericIndicator(node: IndicatorDocument, period: { start: number; end: number } | undefined): NumericIndicator {
  const m = node.measure;
  const x = (r: ReadingDocument): number => {
    if (m.kind === 'number' || m.kind === 'percentage') return r.value as number;
    if (m.kind === 'boolean') return r.value === true ? 1 : 0;
    if (m.kind === 'scale') return m.levels.indexOf(r.value as string);
    if (m.kind === 'markers') return m.markers.filter((k) => (r.value as readonly string[]).includes(k.id)).reduce((s, k) => s + WEIGHTS[k.grade], 0);
    return r.rating ?? 0;
  };
  const sorted = (list: readonly ReadingDocument[]): ReadingDocument[] =>
    list
      .map((r, i) => ({ r, i, d: day(dateOf(r) as string) }))
      .sort((a, b) => a.d - b.d || a.i - b.i)
      .map((e) => e.r);
  const observations = sorted(node.observations ?? []);
  const targets = sorted(node.targets ?? []);
  const final = targets[targets.length - 1];
  let baseline: number | null = null;
  let from = Number.NEGATIVE_INFINITY;
  if (node.baseline !== undefined) {
    baseline = x(node.baseline);
    from = day(dateOf(node.baseline) as string);
  } else if (m.kind === 'boolean' || m.kind === 'markers' || m.kind === 'qualitative') baseline = 0;
  let target: number | null = null;
  if (final !== undefined) target = m.kind === 'qualitative' ? (final.rating ?? 1) : x(final);
  else if (m.kind === 'boolean' || m.kind === 'qualitative') target = 1;
  else if (m.kind === 'markers') target = m.markers.reduce((s, k) => s + WEIGHTS[k.grade], 0);
  const trajectoryDays: number[] = [];
  const trajectoryExpected: number[] = [];
  const start = Number.isFinite(from) ? from : period?.start;
  const end = final !== undefined ? day(dateOf(final) as string) : period?.end;
  // A timeline needs its two dates only; without a baseline or target value it is the share of time elapsed, without milestones.
  if (start !== undefined && end !== undefined && end > start) {
    trajectoryDays.push(start);
    trajectoryExpected.push(0);
    // Milestones sit at their own share of the way from the baseline to the final target (capped); they need both values.
    if (baseline !== null && target !== null) {
      const span = target / 2 - baseline / 2;
      for (const t of targets.slice(0, -1)) {
        const d = day(dateOf(t) as string);
        if (d <= start || d >= end) continue;
        const tx = m.kind === 'qualitative' ? (t.rating ?? 1) : x(t);
        const fraction = span === 0 ? 1 : (tx / 2 - baseline / 2) / span;
        trajectoryDays.push(d);
        trajectoryExpected.push(Number.isNaN(fraction) ? 0 : clamp(fraction));
      }
    }
    trajectoryDays.push(end);
    trajectoryExpected.push(1);
  }
  return {
    days: observations.map((o) => day(dateOf(o) as string)),
    xs: observations.map(x),
    baseline,
    from,
    target,
    cumulative: node.combine === 'cumulative',
    decreasing: node.direction === 'decrease',
    trajectoryDays,
    trajectoryExpected,
  };
}

/** Progress from a value, baseline and target: (value − baseline) / (target − baseline), capped; NaN-free. */
function progressOf(value: number, baseline: number, target: number, decreasing: boolean): number {
  const span = target / 2 - baseline / 2;
  let raw = span === 0 ? ((decreasing ? value <= target : value >= target) ? 1 : 0) : (value / 2 - baseline / 2) / span;
  if (Number.isNaN(raw)) raw = 0;
  return clamp(raw);
}

function expectedOf(days: readonly number[], expected: readonly number[], d: number): number {
  if (days.length === 0) return Number.NaN;
  if (d <= (days[0] as number)) return 0;
  for (let i = 1; i < days.length; i++) {
    const b = days[i] as number;
    if (d <= b) {
      const a = days[i - 1] as number;
      const ea = expected[i - 1] as number;
      return ea + (((expected[i] as number) - ea) * (d - a)) / (b - a);
    }
  }
  return 1;
}

/** The numbers the benchmark compares: per node id, progress and expected (NaN for none), coverage and status. */
export interface Numbers {
  readonly progress: number;
  readonly expected: number;
  readonly coverage: number;
  readonly status: (typeof STATUS_NAMES)[number];
}

function assessmentAt(node: NodeDocument, asOf: string): number | null {
  if (node.kind !== 'goal' && node.kind !== 'objective') return null;
  let best: { date?: string; progress: number } | null = null;
  for (const a of node.assessments ?? []) {
    if (a.date !== undefined && a.date > asOf) continue;
    if (best === null || (a.date ?? '') >= (best.date ?? '')) best = a;
  }
  return best === null ? null : best.progress;
}

/**
 * Whether input `a` is weaker than input `b` for the weakest link: lower
 * progress to nine decimals, then further behind (higher expected progress to
 * nine decimals; one with an expected progress before one without), then first by id.
 */
function weaker(a: Numbers, aId: string, b: Numbers, bId: string): boolean {
  const pa = nine(a.progress);
  const pb = nine(b.progress);
  if (pa !== pb) return pa < pb;
  const ea = Number.isNaN(a.expected) ? -1 : nine(a.expected);
  const eb = Number.isNaN(b.expected) ? -1 : nine(b.expected);
  if (ea !== eb) return ea > eb;
  return aId < bId;
}

/** The graph the straightforward approach works on: every node, contributes-to and measures edges with weights and assumptions. */
export type RollUpGraph = DirectedGraph<{ node: NodeDocument }, { weight: number; assumptions: readonly string[] }>;

/** Builds the graphology graph of a document, the straightforward way. */
export function buildGraph(document: TheoryOfChangeDocument): RollUpGraph {
  const graph: RollUpGraph = new DirectedGraph({ allowSelfLoops: false });
  for (const node of document.nodes) graph.addNode(node.id, { node });
  for (const node of document.nodes) {
    if (node.kind === 'goal' || node.kind === 'objective') {
      for (const ref of node.contributesTo ?? []) {
        if (typeof ref === 'string') graph.addDirectedEdge(node.id, ref, { weight: 1, assumptions: [] });
        else graph.addDirectedEdge(node.id, ref.to, { weight: ref.weight ?? 1, assumptions: ref.assumptions ?? [] });
      }
    } else if (node.kind === 'indicator') {
      for (const ref of node.measures ?? []) {
        if (typeof ref === 'string') graph.addDirectedEdge(node.id, ref, { weight: 1, assumptions: [] });
        else graph.addDirectedEdge(node.id, ref.to, { weight: ref.weight ?? 1, assumptions: [] });
      }
    }
  }
  return graph;
}

/**
 * The straightforward roll-up on graphology: builds a graph of the document
 * ({@link buildGraph}), then sorts and walks it ({@link rollUpGraph}).
 */
export function straightforwardRollUp(document: TheoryOfChangeDocument, asOf: string): Map<string, Numbers> {
  return rollUpGraph(buildGraph(document), document.period, asOf);
}

/**
 * The straightforward roll-up on a graph already built: sorts it with
 * graphology-dag's `topologicalSort`, then walks it, reading each node's
 * attributes and inputs through the graph.
 */
export function rollUpGraph(graph: RollUpGraph, documentPeriod: TheoryOfChangeDocument['period'], asOf: string): Map<string, Numbers> {
  const period = documentPeriod === undefined ? undefined : { start: day(documentPeriod.start), end: day(documentPeriod.end) };
  const d = day(asOf);
  const out = new Map<string, Numbers>();
  for (const id of topologicalSort(graph)) {
    const node = graph.getNodeAttribute(id, 'node');
    if (node.kind === 'indicator') {
      const ind = numericIndicator(node, period);
      let last = -1;
      let value = Number.NaN;
      for (let i = 0; i < ind.days.length && (ind.days[i] as number) <= d; i++) {
        if ((ind.days[i] as number) < ind.from) continue;
        last = i;
        value = ind.cumulative ? (Number.isNaN(value) ? (ind.baseline ?? 0) : value) + (ind.xs[i] as number) : (ind.xs[i] as number);
      }
      const progress = last === -1 || ind.baseline === null || ind.target === null ? Number.NaN : progressOf(value, ind.baseline, ind.target, ind.decreasing);
      const expected = expectedOf(ind.trajectoryDays, ind.trajectoryExpected, d);
      out.set(id, { progress, expected, coverage: Number.isNaN(progress) ? 0 : 1, status: statusName(status(progress, expected, false)) });
      continue;
    }
    if (node.kind !== 'goal' && node.kind !== 'objective') continue;
    const weakest = node.aggregation === 'weakest-link';
    let weight = 0;
    let covered = 0;
    let sum = 0;
    let sumWeight = 0;
    let expectedSum = 0;
    let expectedWeight = 0;
    // Every input's expected progress, for a node without data.
    let allExpectedSum = 0;
    let allExpectedWeight = 0;
    let allLowExpected = Number.POSITIVE_INFINITY;
    // Weakest link: the input taken (lowest progress, then furthest behind, then first by id).
    let weakestId: string | undefined;
    let failing = false;
    graph.forEachInEdge(id, (_edge, attributes, source) => {
      const child = out.get(source) as Numbers;
      const w = attributes.weight;
      weight += w;
      covered += w * child.coverage;
      for (const a of attributes.assumptions) {
        const assumption = graph.getNodeAttribute(a, 'node');
        if (assumption.kind === 'assumption' && assumption.status === 'fails') failing = true;
      }
      if (!Number.isNaN(child.expected)) {
        allExpectedSum += w * child.expected;
        allExpectedWeight += w;
        allLowExpected = Math.min(allLowExpected, child.expected);
      }
      if (Number.isNaN(child.progress)) return;
      sum += w * child.progress;
      sumWeight += w;
      if (!Number.isNaN(child.expected)) {
        expectedSum += w * child.expected;
        expectedWeight += w;
      }
      if (weakestId === undefined || weaker(child, source, out.get(weakestId) as Numbers, weakestId)) weakestId = source;
    });
    let computed = Number.NaN;
    let expected = Number.NaN;
    if (sumWeight > 0) {
      computed = weakest ? (out.get(weakestId as string) as Numbers).progress : clamp(sum / sumWeight);
      expected = weakest ? (out.get(weakestId as string) as Numbers).expected : expectedWeight === 0 ? Number.NaN : clamp(expectedSum / expectedWeight);
    } else if (allExpectedWeight > 0) expected = weakest ? allLowExpected : clamp(allExpectedSum / allExpectedWeight);
    const assessed = assessmentAt(node, asOf);
    const progress = assessed ?? computed;
    const coverage = assessed !== null ? 1 : weight > 0 ? Math.min(1, covered / weight) : 0;
    out.set(id, { progress, expected, coverage, status: statusName(status(progress, expected, failing)) });
  }
  return out;
}

/** A model as typed arrays, for {@link referenceRollUp}. Built once; not timed. */
export interface Reference {
  readonly ids: readonly string[];
  readonly n: number;
  /** Indicators: node position, observations (CSR), baseline, target, flags, trajectory (CSR). */
  readonly indicatorNode: Int32Array;
  readonly obsOffsets: Int32Array;
  readonly obsDay: Float64Array;
  readonly obsX: Float64Array;
  readonly baseline: Float64Array;
  readonly from: Float64Array;
  readonly target: Float64Array;
  /** 1 cumulative, 2 decreasing. */
  readonly flags: Uint8Array;
  readonly trajOffsets: Int32Array;
  readonly trajDay: Float64Array;
  readonly trajExpected: Float64Array;
  /** Goals and objectives in topological order, their children (CSR), weights, method and failing links. */
  readonly order: Int32Array;
  readonly childOffsets: Int32Array;
  readonly childAt: Int32Array;
  readonly childWeight: Float64Array;
  readonly weakest: Uint8Array;
  readonly failing: Uint8Array;
  /** Each node's position among the ids sorted, for the weakest link's last tie-break. */
  readonly idRank: Int32Array;
  /** Assessments per node: (date, progress) lists; most nodes have none. */
  readonly assessments: readonly (readonly { date?: string; progress: number }[] | undefined)[];
}

/** Builds the typed arrays of {@link Reference} from a valid document (not timed in the benchmark). */
export function prepareReference(document: TheoryOfChangeDocument): Reference {
  const nodes = document.nodes;
  const n = nodes.length;
  const at = new Map(nodes.map((node, i) => [node.id, i]));
  const period = document.period === undefined ? undefined : { start: day(document.period.start), end: day(document.period.end) };
  const children: { at: number; weight: number }[][] = nodes.map(() => []);
  const failing = new Uint8Array(n);
  const failed = new Set(nodes.filter((x) => x.kind === 'assumption' && x.status === 'fails').map((x) => x.id));
  const indicators: number[] = [];
  const numeric: NumericIndicator[] = [];
  nodes.forEach((node, i) => {
    if (node.kind === 'goal' || node.kind === 'objective') {
      for (const ref of node.contributesTo ?? []) {
        const to = at.get(typeof ref === 'string' ? ref : ref.to) as number;
        children[to]?.push({ at: i, weight: typeof ref === 'string' ? 1 : (ref.weight ?? 1) });
        if (typeof ref !== 'string' && (ref.assumptions ?? []).some((a) => failed.has(a))) failing[to] = 1;
      }
    } else if (node.kind === 'indicator') {
      indicators.push(i);
      numeric.push(numericIndicator(node, period));
      for (const ref of node.measures ?? []) {
        children[at.get(typeof ref === 'string' ? ref : ref.to) as number]?.push({ at: i, weight: typeof ref === 'string' ? 1 : (ref.weight ?? 1) });
      }
    }
  });
  // Topological order of goals and objectives (Kahn).
  const isResult = (i: number): boolean => nodes[i]?.kind === 'goal' || nodes[i]?.kind === 'objective';
  const pending = new Int32Array(n);
  const parents: number[][] = nodes.map(() => []);
  children.forEach((list, parent) => {
    for (const c of list) {
      if (!isResult(c.at)) continue;
      pending[parent] = (pending[parent] as number) + 1;
      parents[c.at]?.push(parent);
    }
  });
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (isResult(i) && pending[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const p of parents[order[head] as number] as number[]) {
      pending[p] = (pending[p] as number) - 1;
      if (pending[p] === 0) order.push(p);
    }
  }
  const childOffsets = new Int32Array(n + 1);
  children.forEach((list, i) => (childOffsets[i + 1] = (childOffsets[i] as number) + list.length));
  const childAt = new Int32Array(childOffsets[n] as number);
  const childWeight = new Float64Array(childOffsets[n] as number);
  children.forEach((list, i) => list.forEach((c, k) => ((childAt[(childOffsets[i] as number) + k] = c.at), (childWeight[(childOffsets[i] as number) + k] = c.weight))));
  const count = indicators.length;
  const obsOffsets = new Int32Array(count + 1);
  const trajOffsets = new Int32Array(count + 1);
  numeric.forEach((ind, s) => {
    obsOffsets[s + 1] = (obsOffsets[s] as number) + ind.days.length;
    trajOffsets[s + 1] = (trajOffsets[s] as number) + ind.trajectoryDays.length;
  });
  return {
    ids: nodes.map((x) => x.id),
    n,
    indicatorNode: Int32Array.from(indicators),
    obsOffsets,
    obsDay: Float64Array.from(numeric.flatMap((x) => x.days)),
    obsX: Float64Array.from(numeric.flatMap((x) => x.xs)),
    baseline: Float64Array.from(numeric.map((x) => x.baseline ?? Number.NaN)),
    from: Float64Array.from(numeric.map((x) => x.from)),
    target: Float64Array.from(numeric.map((x) => x.target ?? Number.NaN)),
    flags: Uint8Array.from(numeric.map((x) => (x.cumulative ? 1 : 0) | (x.decreasing ? 2 : 0))),
    trajOffsets,
    trajDay: Float64Array.from(numeric.flatMap((x) => x.trajectoryDays)),
    trajExpected: Float64Array.from(numeric.flatMap((x) => x.trajectoryExpected)),
    order: Int32Array.from(order),
    childOffsets,
    childAt,
    childWeight,
    weakest: Uint8Array.from(nodes.map((x) => ((x.kind === 'goal' || x.kind === 'objective') && x.aggregation === 'weakest-link' ? 1 : 0))),
    failing,
    idRank: rankOfIds(nodes.map((x) => x.id)),
    assessments: nodes.map((x) => (x.kind === 'goal' || x.kind === 'objective' ? x.assessments : undefined)),
  };
}

function rankOfIds(ids: readonly string[]): Int32Array {
  const rank = new Int32Array(ids.length);
  ids
    .map((id, i) => ({ id, i }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach((e, r) => (rank[e.i] = r));
  return rank;
}

/** What {@link referenceRollUp} computes: per node position, NaN for none. */
export interface ReferenceResult {
  readonly progress: Float64Array;
  readonly expected: Float64Array;
  readonly coverage: Float64Array;
  readonly status: Uint8Array;
}

/** The roll-up as one plain pass over typed arrays: indicators, then goals and objectives in topological order. */
export function referenceRollUp(ref: Reference, asOf: string): ReferenceResult {
  const d = day(asOf);
  const progress = new Float64Array(ref.n).fill(Number.NaN);
  const expected = new Float64Array(ref.n).fill(Number.NaN);
  const coverage = new Float64Array(ref.n);
  const statuses = new Uint8Array(ref.n);
  for (let s = 0; s < ref.indicatorNode.length; s++) {
    const i = ref.indicatorNode[s] as number;
    const from = ref.from[s] as number;
    const cumulative = ((ref.flags[s] as number) & 1) !== 0;
    let value = Number.NaN;
    for (let k = ref.obsOffsets[s] as number; k < (ref.obsOffsets[s + 1] as number) && (ref.obsDay[k] as number) <= d; k++) {
      if ((ref.obsDay[k] as number) < from) continue;
      value = cumulative ? (value === value ? value : (ref.baseline[s] as number)) + (ref.obsX[k] as number) : (ref.obsX[k] as number);
    }
    const baseline = ref.baseline[s] as number;
    const target = ref.target[s] as number;
    let p = Number.NaN;
    if (value === value && baseline === baseline && target === target) {
      const span = target / 2 - baseline / 2;
      let raw = span === 0 ? ((((ref.flags[s] as number) & 2) !== 0 ? value <= target : value >= target) ? 1 : 0) : (value / 2 - baseline / 2) / span;
      if (raw !== raw) raw = 0;
      p = raw <= 0 ? 0 : raw >= 1 ? 1 : raw;
    }
    let e = Number.NaN;
    const t0 = ref.trajOffsets[s] as number;
    const t1 = ref.trajOffsets[s + 1] as number;
    if (t1 > t0) {
      e = 1;
      if (d <= (ref.trajDay[t0] as number)) e = 0;
      else {
        for (let t = t0 + 1; t < t1; t++) {
          const b = ref.trajDay[t] as number;
          if (d <= b) {
            const a = ref.trajDay[t - 1] as number;
            const ea = ref.trajExpected[t - 1] as number;
            e = ea + (((ref.trajExpected[t] as number) - ea) * (d - a)) / (b - a);
            break;
          }
        }
      }
    }
    progress[i] = p;
    expected[i] = e;
    coverage[i] = p === p ? 1 : 0;
    statuses[i] = status(p, e, false);
  }
  for (let o = 0; o < ref.order.length; o++) {
    const r = ref.order[o] as number;
    const weakest = ref.weakest[r] === 1;
    let weight = 0;
    let covered = 0;
    let sum = 0;
    let sumWeight = 0;
    let expectedSum = 0;
    let expectedWeight = 0;
    // Weakest link: the input taken and its keys (progress and expected in billionths, -1 for no expected).
    let low = -1;
    let lowP = 0;
    let lowE = 0;
    const k0 = ref.childOffsets[r] as number;
    const k1 = ref.childOffsets[r + 1] as number;
    for (let k = k0; k < k1; k++) {
      const c = ref.childAt[k] as number;
      const w = ref.childWeight[k] as number;
      weight += w;
      covered += w * (coverage[c] as number);
      const p = progress[c] as number;
      if (p !== p) continue;
      sum += w * p;
      sumWeight += w;
      const e = expected[c] as number;
      if (e === e) {
        expectedSum += w * e;
        expectedWeight += w;
      }
      if (weakest) {
        const pk = Math.round(p * 1e9);
        const ek = e === e ? Math.round(e * 1e9) : -1;
        if (low === -1 || pk < lowP || (pk === lowP && (ek > lowE || (ek === lowE && (ref.idRank[c] as number) < (ref.idRank[low] as number))))) {
          low = c;
          lowP = pk;
          lowE = ek;
        }
      }
    }
    let p = Number.NaN;
    let e = Number.NaN;
    if (sumWeight > 0) {
      p = weakest ? (progress[low] as number) : clamp(sum / sumWeight);
      e = weakest ? (expected[low] as number) : expectedWeight === 0 ? Number.NaN : clamp(expectedSum / expectedWeight);
    } else {
      // No input has data: the expected progress of every input that has one (a second look at the inputs, only here).
      let allExpectedSum = 0;
      let allExpectedWeight = 0;
      let allLowExpected = Number.POSITIVE_INFINITY;
      for (let k = k0; k < k1; k++) {
        const ce = expected[ref.childAt[k] as number] as number;
        if (ce !== ce) continue;
        const w = ref.childWeight[k] as number;
        allExpectedSum += w * ce;
        allExpectedWeight += w;
        if (ce < allLowExpected) allLowExpected = ce;
      }
      if (allExpectedWeight > 0) e = weakest ? allLowExpected : clamp(allExpectedSum / allExpectedWeight);
    }
    let cov = weight > 0 ? Math.min(1, covered / weight) : 0;
    const assessments = ref.assessments[r];
    if (assessments !== undefined) {
      let best: { date?: string; progress: number } | null = null;
      for (const a of assessments) {
        if (a.date !== undefined && a.date > asOf) continue;
        if (best === null || (a.date ?? '') >= (best.date ?? '')) best = a;
      }
      if (best !== null) {
        p = best.progress;
        cov = 1;
      }
    }
    progress[r] = p;
    expected[r] = e;
    coverage[r] = cov;
    statuses[r] = status(p, e, ref.failing[r] === 1);
  }
  return { progress, expected, coverage, status: statuses };
}

/** A reading's date: its `date`, else its period's last day (the guide's rule, written here apart from the library). */
function dateOf(reading: { readonly date?: string; readonly period?: { readonly end: string } }): string | undefined {
  return reading.date ?? reading.period?.end;
}
