/**
 * The roll-up as the library first computed it, before the typed-array engine:
 * objects and maps, every node's inputs gathered into arrays, each indicator
 * prepared from its document. Kept here, unchanged in substance, as the oracle
 * the fast paths are compared with (same report, as JSON, for any options).
 */
import type { AggregationName, AssessmentDocument, IndicatorDocument, IndicatorValue, NodeDocument, ReadingDocument, ResultDocument } from '../../../src/index.js';
import { statusOf } from '../../../src/index.js';
import type {
  AggregationFunction,
  AggregationInput,
  Contribution,
  IndicatorProgress,
  MarkerWeights,
  Method,
  NoDataReason,
  ObservationUsed,
  ProgressOptions,
  ProgressReport,
  ResultProgress,
} from '../../../src/index.js';
import type { Model } from '../../../src/model/model.js';
import { resolveSettings } from '../../../src/progress/settings.js';

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const dayNumber = (date: string): number =>
  Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
const clamp = (value: number): number => (value <= 0 ? 0 : value >= 1 ? 1 : value);

interface PreparedIndicator {
  readonly node: IndicatorDocument;
  readonly observations: readonly { readonly reading: ReadingDocument; readonly day: number; readonly x: number }[];
  readonly baseline: { readonly value: IndicatorValue | null; readonly x: number; readonly day: number | null } | null;
  readonly target: { readonly value: IndicatorValue | null; readonly x: number } | null;
  readonly trajectory: readonly { readonly day: number; readonly expected: number }[];
  readonly illustrative: boolean;
}

function prepareIndicator(node: IndicatorDocument, weights: MarkerWeights, period: { start: number | null; end: number | null }): PreparedIndicator {
  const measure = node.measure;
  const x = (reading: ReadingDocument): number => {
    const value = reading.value;
    switch (measure.kind) {
      case 'number':
      case 'percentage':
        return value as number;
      case 'boolean':
        return value === true ? 1 : 0;
      case 'scale':
        return measure.levels.indexOf(value as string);
      case 'markers': {
        const listed = new Set(value as readonly string[]);
        let sum = 0;
        for (const marker of measure.markers) if (listed.has(marker.id)) sum += weights[marker.grade];
        return sum;
      }
      case 'qualitative':
        return reading.rating ?? 0;
    }
  };
  const observations = (node.observations ?? [])
    .map((reading, i) => ({ reading, day: dayNumber(reading.date), x: x(reading), i }))
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map(({ reading, day, x: value }) => ({ reading, day, x: value }));
  let baseline: PreparedIndicator['baseline'] = null;
  if (node.baseline !== undefined) baseline = { value: node.baseline.value, x: x(node.baseline), day: dayNumber(node.baseline.date) };
  else if (measure.kind === 'boolean') baseline = { value: false, x: 0, day: null };
  else if (measure.kind === 'markers') baseline = { value: [], x: 0, day: null };
  else if (measure.kind === 'qualitative') baseline = { value: null, x: 0, day: null };
  const targets = (node.targets ?? []).map((reading, i) => ({ reading, day: dayNumber(reading.date), i })).sort((a, b) => a.day - b.day || a.i - b.i);
  const final = targets[targets.length - 1];
  let target: PreparedIndicator['target'] = null;
  if (final !== undefined) target = { value: final.reading.value, x: measure.kind === 'qualitative' ? (final.reading.rating ?? 1) : x(final.reading) };
  else if (measure.kind === 'boolean') target = { value: true, x: 1 };
  else if (measure.kind === 'markers') target = { value: measure.markers.map((m) => m.id), x: measure.markers.reduce((s, m) => s + weights[m.grade], 0) };
  else if (measure.kind === 'qualitative') target = { value: null, x: 1 };
  const trajectory: { day: number; expected: number }[] = [];
  const start = baseline?.day ?? period.start;
  const end = final?.day ?? period.end;
  if (baseline !== null && target !== null && start !== null && end !== null && end > start) {
    trajectory.push({ day: start, expected: 0 });
    const span = target.x / 2 - baseline.x / 2;
    for (const t of targets.slice(0, -1)) {
      if (t.day <= start || t.day >= end) continue;
      const tx = measure.kind === 'qualitative' ? (t.reading.rating ?? 1) : x(t.reading);
      const fraction = span === 0 ? 1 : (tx / 2 - baseline.x / 2) / span;
      trajectory.push({ day: t.day, expected: Number.isNaN(fraction) ? 0 : clamp(fraction) });
    }
    trajectory.push({ day: end, expected: 1 });
  }
  return { node, observations, baseline, target, trajectory, illustrative: (node.tags ?? []).includes('illustrative') };
}

function expectedAt(trajectory: PreparedIndicator['trajectory'], day: number): number | null {
  const first = trajectory[0];
  if (first === undefined) return null;
  if (day <= first.day) return 0;
  for (let i = 1; i < trajectory.length; i++) {
    const b = trajectory[i] as { day: number; expected: number };
    if (day <= b.day) {
      const a = trajectory[i - 1] as { day: number; expected: number };
      return a.expected + ((b.expected - a.expected) * (day - a.day)) / (b.day - a.day);
    }
  }
  return 1;
}

function observationUsed(reading: ReadingDocument): ObservationUsed {
  const out: { -readonly [K in keyof ObservationUsed]: ObservationUsed[K] } = { date: reading.date, value: reading.value };
  if (reading.rating !== undefined) out.rating = reading.rating;
  if (reading.source !== undefined) out.source = reading.source;
  if (reading.note !== undefined) out.note = reading.note;
  return out;
}

function indicatorValueAt(prepared: PreparedIndicator, day: number): Omit<IndicatorProgress, 'status'> {
  const { node, baseline, target } = prepared;
  const base = {
    kind: 'indicator' as const,
    id: node.id,
    expected: expectedAt(prepared.trajectory, day),
    baseline: baseline?.value ?? null,
    target: target?.value ?? null,
    illustrative: prepared.illustrative,
  };
  const none = (reason: NoDataReason): Omit<IndicatorProgress, 'status'> => ({ ...base, progress: null, rawProgress: null, coverage: 0, value: null, observations: [], reason });
  const from = baseline?.day ?? Number.NEGATIVE_INFINITY;
  let lastIndex = -1;
  let anyBefore = false;
  for (let i = 0; i < prepared.observations.length; i++) {
    const o = prepared.observations[i] as PreparedIndicator['observations'][number];
    if (o.day > day) break;
    if (o.day < from) anyBefore = true;
    else lastIndex = i;
  }
  if (lastIndex === -1) return none(anyBefore ? 'before-baseline' : 'no-observation');
  if (baseline === null) return none('no-baseline');
  if (target === null) return none('no-target');
  let x: number;
  let value: IndicatorValue;
  const used: ObservationUsed[] = [];
  if (node.combine === 'cumulative') {
    x = baseline.x;
    for (let i = 0; i <= lastIndex; i++) {
      const o = prepared.observations[i] as PreparedIndicator['observations'][number];
      if (o.day < from) continue;
      x += o.x;
      used.push(observationUsed(o.reading));
    }
    value = x;
  } else {
    const o = prepared.observations[lastIndex] as PreparedIndicator['observations'][number];
    x = o.x;
    value = o.reading.value;
    used.push(observationUsed(o.reading));
  }
  const span = target.x / 2 - baseline.x / 2;
  let raw: number;
  if (span === 0) raw = (node.direction === 'decrease' ? x <= target.x : x >= target.x) ? 1 : 0;
  else raw = (x / 2 - baseline.x / 2) / span;
  if (Number.isNaN(raw)) raw = 0;
  else if (!Number.isFinite(raw)) raw = raw > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
  raw = raw === 0 ? 0 : raw;
  return { ...base, progress: clamp(raw), rawProgress: raw, coverage: 1, value, observations: used, reason: null };
}

function aggregate(method: AggregationName | AggregationFunction, inputs: readonly AggregationInput[]): { value: number | null; shares: readonly number[] } {
  if (inputs.length === 0) return { value: null, shares: [] };
  if (method === 'weakest-link') {
    let at = 0;
    inputs.forEach((input, i) => {
      if (input.progress < (inputs[at] as AggregationInput).progress) at = i;
    });
    const value = (inputs[at] as AggregationInput).progress;
    return { value, shares: inputs.map((_, i) => (i === at ? value : 0)) };
  }
  if (method === 'weighted-mean') {
    let total = 0;
    for (const input of inputs) total += input.weight;
    const shares = inputs.map((input) => (input.weight * input.progress) / total);
    let value = 0;
    for (const share of shares) value += share;
    return { value: clamp(value), shares };
  }
  const result = method(inputs);
  if (typeof result !== 'number' || !Number.isFinite(result)) return { value: null, shares: inputs.map(() => 0) };
  const value = clamp(result);
  let mass = 0;
  for (const input of inputs) mass += input.weight * input.progress;
  const shares = inputs.map((input) => (mass > 0 ? (value * input.weight * input.progress) / mass : value / inputs.length));
  return { value, shares };
}

function assessmentAt(assessments: readonly AssessmentDocument[] | undefined, asOf: string): AssessmentDocument | null {
  let best: AssessmentDocument | null = null;
  for (const a of assessments ?? []) {
    if (a.date !== undefined && a.date > asOf) continue;
    if (best === null || (a.date ?? '') >= (best.date ?? '')) best = a;
  }
  return best;
}

interface Child {
  readonly id: string;
  readonly relation: 'measures' | 'contributes-to';
  readonly weight: number;
  readonly failingAssumptions: readonly string[];
}

/** The straightforward roll-up of a model's document: maps of ids, arrays of inputs, one node at a time. */
export function straightforwardReport(model: Model, options: ProgressOptions = {}): ProgressReport {
  const settings = resolveSettings(options);
  const asOf = settings.asOf;
  const nodes = model.document.nodes;
  const byId = new Map<string, NodeDocument>(nodes.map((n) => [n.id, n]));
  const period = model.document.period;
  const bounds = { start: period === undefined ? null : dayNumber(period.start), end: period === undefined ? null : dayNumber(period.end) };
  const failing = new Set(nodes.filter((n) => n.kind === 'assumption' && n.status === 'fails').map((n) => n.id));
  const children = new Map<string, Child[]>();
  const parents = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.kind === 'goal' || n.kind === 'objective') {
      children.set(n.id, children.get(n.id) ?? []);
      for (const ref of n.contributesTo ?? []) {
        const to = typeof ref === 'string' ? ref : ref.to;
        const assumptions = typeof ref === 'string' ? [] : (ref.assumptions ?? []);
        const list = children.get(to) ?? [];
        list.push({ id: n.id, relation: 'contributes-to', weight: typeof ref === 'string' ? 1 : (ref.weight ?? 1), failingAssumptions: assumptions.filter((a) => failing.has(a)).sort(compareIds) });
        children.set(to, list);
        parents.set(n.id, [...(parents.get(n.id) ?? []), to]);
      }
    } else if (n.kind === 'indicator') {
      for (const ref of n.measures ?? []) {
        const to = typeof ref === 'string' ? ref : ref.to;
        const list = children.get(to) ?? [];
        list.push({ id: n.id, relation: 'measures', weight: typeof ref === 'string' ? 1 : (ref.weight ?? 1), failingAssumptions: [] });
        children.set(to, list);
      }
    }
  }
  for (const list of children.values()) list.sort((a, b) => compareIds(a.id, b.id));
  // Causal order: Kahn's algorithm, ties by id.
  const results = nodes.filter((n): n is ResultDocument => n.kind === 'goal' || n.kind === 'objective');
  const pending = new Map(results.map((r) => [r.id, (children.get(r.id) ?? []).filter((c) => c.relation === 'contributes-to').length]));
  const order = results.filter((r) => pending.get(r.id) === 0).map((r) => r.id).sort(compareIds);
  for (let head = 0; head < order.length; head++) {
    for (const parent of [...(parents.get(order[head] as string) ?? [])].sort(compareIds)) {
      pending.set(parent, (pending.get(parent) as number) - 1);
      if (pending.get(parent) === 0) order.push(parent);
    }
  }

  const progress = new Map<string, number | null>();
  const expected = new Map<string, number | null>();
  const coverage = new Map<string, number>();
  const indicatorReports: IndicatorProgress[] = [];
  for (const n of nodes) {
    if (n.kind !== 'indicator') continue;
    const value = indicatorValueAt(prepareIndicator(n, settings.markerWeights, bounds), dayNumber(asOf));
    progress.set(n.id, value.progress);
    expected.set(n.id, value.expected);
    coverage.set(n.id, value.coverage);
    indicatorReports.push({ ...value, status: statusOf(value.progress, value.expected, settings.thresholds) });
  }
  const resultReports: ResultProgress[] = [];
  for (const id of order) {
    const node = byId.get(id) as ResultDocument;
    const list = children.get(id) ?? [];
    const own = Object.prototype.hasOwnProperty.call(settings.aggregations, id) ? settings.aggregations[id] : undefined;
    const method = own ?? node.aggregation ?? settings.defaultAggregation;
    const counted: AggregationInput[] = [];
    const countedExpected: AggregationInput[] = [];
    const countedAt: number[] = [];
    let weightTotal = 0;
    let covered = 0;
    list.forEach((child, k) => {
      weightTotal += child.weight;
      covered += child.weight * (coverage.get(child.id) as number);
      const p = progress.get(child.id) ?? null;
      if (p === null && settings.missingData === 'exclude') return;
      counted.push({ id: child.id, weight: child.weight, progress: p ?? 0 });
      countedAt.push(k);
      const e = expected.get(child.id) ?? null;
      if (e !== null) countedExpected.push({ id: child.id, weight: child.weight, progress: e });
    });
    const computed = aggregate(method, counted);
    const expectedValue = aggregate(method, countedExpected).value;
    const shares = list.map(() => 0);
    countedAt.forEach((k, j) => (shares[k] = computed.shares[j] as number));
    const contributions: Contribution[] = list.map((child, k) => {
      const p = progress.get(child.id) ?? null;
      return { id: child.id, relation: child.relation, weight: child.weight, progress: p, countedAsZero: p === null && settings.missingData === 'zero', share: shares[k] as number, failingAssumptions: child.failingAssumptions };
    });
    const failingAssumptions = [...new Set(list.flatMap((c) => c.failingAssumptions))].sort(compareIds);
    const assessment = settings.useAssessments ? assessmentAt(node.assessments, asOf) : null;
    const value = assessment === null ? computed.value : assessment.progress;
    const methodName: Method = assessment !== null ? 'assessment' : counted.length === 0 ? 'none' : typeof method === 'function' ? 'custom' : method;
    const nodeCoverage = assessment !== null ? 1 : weightTotal > 0 ? Math.min(1, covered / weightTotal) : 0;
    progress.set(id, value);
    expected.set(id, expectedValue);
    coverage.set(id, nodeCoverage);
    resultReports.push({
      kind: node.kind,
      id,
      progress: value,
      computed: computed.value,
      expected: expectedValue,
      coverage: nodeCoverage,
      status: statusOf(value, expectedValue, settings.thresholds, failingAssumptions.length > 0),
      method: methodName,
      assessment,
      contributions,
      failingAssumptions,
    });
  }
  const sort = (a: { id: string }, b: { id: string }): number => compareIds(a.id, b.id);
  const { defaultAggregation: _d, aggregations: _a, ...resolved } = settings;
  return { asOf, settings: { ...resolved, asOf }, results: resultReports.sort(sort), indicators: indicatorReports.sort(sort) };
}
