/**
 * Random valid models for comparing the engine with the guide's reference
 * roll-up, built so that the boundary cases of the progress guide occur
 * often: progress exactly on a status threshold (0.7 against 0.8, 0.75
 * against 1, from indicator values and dates), ten equal inputs at target,
 * weights from 10⁻⁹ to 10¹⁵, cumulative readings on one date, milestones
 * beyond the final target, nodes without data whose inputs have expected
 * values, weakest-link ties, years before 0100, identical readings on one
 * date, observations before the baseline or after the report date.
 *
 * Every model is valid under the guide's rules: no two different readings
 * on one date (except for cumulative indicators), every target after its
 * baseline, weights within range.
 */
import fc from 'fast-check';
import type {
  AssessmentDocument,
  ContributionRef,
  IndicatorDocument,
  MeasuresRef,
  NodeDocument,
  ProgressOptions,
  ReadingDocument,
  TheoryOfChangeDocument,
} from '../../src/index.js';
import { broken, product } from './options.js';
import { dateOf, dayNumber } from './reference/day-number.js';
import { add, fromNumber, mul, rational, type Rational } from './reference/rational.js';

/** A model and the options (with the report date) it is rolled up with. */
export interface GuideScenario {
  readonly doc: TheoryOfChangeDocument;
  readonly options: ProgressOptions & { readonly asOf: string };
}

/** Weights across the allowed range 10⁻⁹ … 10¹⁵. */
export const WEIGHTS = [1e-9, 3e-9, 0.001, 0.1, 0.7, 1, 1, 1, 2, 3, 12.5, 1e6, 1e15] as const;
const weight = fc.constantFrom(...WEIGHTS);

/** Shortfalls on and around the thresholds the options can set (0, 0.05, 0.1 / 0.2, 0.25, 0.5). */
const SHORTFALLS = [0, 0.05, 0.1, 0.2, 0.25, 0.5, 0.15, 0.3, -0.25] as const;
/** Expected progress in tenths, built from dates: 12 means the final target date has passed. */
const TENTHS = [0, 5, 8, 9, 10, 12] as const;

/** The decimal text of a rational whose denominator divides a power of ten. */
function decimal(q: Rational): number {
  for (let k = 0n; k <= 30n; k++) {
    const scaled = q.n * 10n ** k;
    if (scaled % q.d === 0n) {
      const digits = (scaled / q.d).toString();
      const negative = digits.startsWith('-');
      const body = (negative ? digits.slice(1) : digits).padStart(Number(k) + 1, '0');
      const text = k === 0n ? body : `${body.slice(0, body.length - Number(k))}.${body.slice(body.length - Number(k))}`;
      const value = Number(`${negative ? '-' : ''}${text}`);
      if (fromNumber(value).n !== q.n || fromNumber(value).d !== q.d) throw new RangeError(`${text} is not exact as a number`);
      return value;
    }
  }
  throw new RangeError('not a finite decimal');
}

const q = (x: number): Rational => fromNumber(x);
const day = (d: number): string => dateOf(Math.max(0, d));

interface Frame {
  /** Report date, period start and end as day numbers. */
  readonly asOf: number;
  readonly start: number;
  readonly end: number;
  readonly hasPeriod: boolean;
  /** The model's preferred (tenths of expected, shortfall), so that whole nodes land on a threshold. */
  readonly shared: readonly [number, number];
}

type Measures = readonly MeasuresRef[];

const sources = fc.constantFrom('Annual review', 'Partner survey', 'Gazette');

/** Same-date copies identical in value (marker ids possibly reordered), differing in source. */
function withCopies(readings: readonly ReadingDocument[], copies: readonly boolean[], reorder: boolean): ReadingDocument[] {
  const out: ReadingDocument[] = [];
  readings.forEach((r, k) => {
    out.push(r);
    if (copies[k] === true) {
      const value = reorder && Array.isArray(r.value) ? [...(r.value as readonly string[])].reverse() : r.value;
      out.push({ ...r, value, source: r.source === 'Annual review' ? 'Gazette' : 'Annual review' });
    }
  });
  return out;
}

/**
 * A number indicator whose progress and expected progress at the report
 * date are exact decimals: expected e from the dates (or from a milestone
 * dated on the report date), progress e − shortfall from the values.
 */
function boundaryIndicator(id: string, measures: Measures, frame: Frame): fc.Arbitrary<IndicatorDocument> {
  return fc
    .record({
      useShared: fc.boolean(),
      tenths: fc.constantFrom(...TENTHS),
      shortfall: fc.constantFrom(...SHORTFALLS),
      viaMilestone: fc.constantFrom(undefined, 0.5, 0.8, 0.9, 1.5),
      m: fc.integer({ min: 1, max: 60 }),
      after: fc.integer({ min: 1, max: 400 }),
      base: fc.constantFrom(0, 0.1, 2.5, 10, -3),
      span: fc.constantFrom(1, 100, 0.3, -40, 7, 1e6),
      observedAt: fc.nat(),
      extras: fc.subarray(['before-baseline', 'after-report', 'copy'] as const),
      source: sources,
    })
    .map((p): IndicatorDocument => {
      const [tenths, shortfall] = p.useShared ? frame.shared : [p.tenths, p.shortfall];
      let expected: Rational;
      let baselineDay: number;
      const targets: ReadingDocument[] = [];
      const b = q(p.base);
      const s = q(p.span);
      const at = (share: Rational): number => decimal(add(b, mul(share, s)));
      if (p.viaMilestone === undefined) {
        expected = rational(BigInt(Math.min(tenths, 10)), 10n);
        baselineDay = frame.asOf - tenths * p.m;
        targets.push({ date: day(baselineDay + 10 * p.m), value: at(rational(1n)) });
      } else {
        // A milestone dated on the report date: expected progress is its share, capped at 1.
        const share = q(p.viaMilestone);
        expected = p.viaMilestone > 1 ? rational(1n) : share;
        baselineDay = frame.asOf - p.m;
        targets.push({ date: day(frame.asOf + p.after), value: at(rational(1n)) }, { date: day(frame.asOf), value: at(share) });
      }
      let progress = add(expected, mul(q(shortfall), rational(-1n)));
      if (progress.n < 0n) progress = rational(0n);
      const observedDay = baselineDay + (p.observedAt % (frame.asOf - baselineDay + 1));
      let observations: ReadingDocument[] = [{ date: day(observedDay), value: at(progress), source: p.source }];
      if (p.extras.includes('copy')) observations = withCopies(observations, [true], false);
      if (p.extras.includes('before-baseline')) observations.push({ date: day(baselineDay - 1), value: at(rational(1n)) });
      if (p.extras.includes('after-report')) observations.push({ date: day(frame.asOf + 1), value: at(rational(1n)) });
      return {
        kind: 'indicator',
        id,
        title: id,
        measures,
        measure: { kind: 'number' },
        ...(p.span < 0 ? { direction: 'decrease' as const } : {}),
        baseline: { date: day(baselineDay), value: p.base },
        targets,
        observations,
      };
    });
}

/** Ten indicators exactly at target measuring one node with equal weights. */
function tenAtTarget(prefix: string, to: string, frame: Frame): fc.Arbitrary<IndicatorDocument[]> {
  return fc.tuple(weight, fc.constantFrom(1, 0.1, 0.3, 7)).map(([w, target]) =>
    Array.from({ length: 10 }, (_, k) => ({
      kind: 'indicator' as const,
      id: `${prefix}${k}`,
      title: `${prefix}${k}`,
      measures: [{ to, weight: w }],
      measure: { kind: 'number' as const },
      baseline: { date: day(frame.start), value: 0 },
      targets: [{ date: day(frame.end), value: target }],
      observations: [{ date: day(Math.min(frame.asOf, frame.end)), value: target }],
    })),
  );
}

/** Distinct days (for latest-value readings) or any days (cumulative), around the period. */
function readingDays(frame: Frame, distinct: boolean, max = 5): fc.Arbitrary<number[]> {
  const one = fc.integer({ min: frame.start - 200, max: frame.end + 200 }).map((d) => Math.max(0, d));
  return distinct ? fc.uniqueArray(one, { maxLength: max }) : fc.array(fc.oneof(one, fc.constant(frame.asOf - 30)), { maxLength: max });
}

/** A number or percentage indicator of any shape: milestones (some beyond the target), maintain targets, cumulative sums, missing baseline or target. */
function numericIndicator(id: string, measures: Measures, frame: Frame): fc.Arbitrary<IndicatorDocument> {
  return fc
    .record({
      percentage: fc.boolean(),
      cumulative: fc.boolean(),
      shape: fc.constantFrom('full', 'full', 'full', 'maintain', 'no-baseline', 'no-target', 'neither'),
      baselineDay: fc.integer({ min: frame.start - 200, max: frame.end - 1 }),
      length: fc.integer({ min: 1, max: 2_500 }),
      base: fc.integer({ min: 0, max: 60 }),
      span: fc.integer({ min: -50, max: 40 }),
      milestones: fc.array(fc.tuple(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.constantFrom(0.25, 0.5, 0.8, 1.5, 2)), { maxLength: 2 }),
      direction: fc.constantFrom('increase' as const, 'decrease' as const),
      values: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }),
      decimals: fc.boolean(),
      copies: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    })
    .chain((p) => readingDays(frame, !(p.cumulative && !p.percentage)).map((days) => ({ p, days })))
    .map(({ p, days }): IndicatorDocument => {
      const cumulative = p.cumulative && !p.percentage;
      const baselineDay = Math.max(1, p.baselineDay);
      const span = p.shape === 'maintain' ? 0 : p.span === 0 ? 10 : p.span;
      const target = Math.min(100, Math.max(0, p.base + span));
      const finalDay = Math.max(baselineDay + p.length, p.shape === 'no-baseline' || p.shape === 'neither' ? frame.start + 1 : 0);
      const hasBaseline = p.shape !== 'no-baseline' && p.shape !== 'neither';
      const hasTarget = p.shape !== 'no-target' && p.shape !== 'neither';
      const scale = p.decimals ? 0.1 : 1;
      const targets: ReadingDocument[] = [];
      if (hasTarget) {
        targets.push({ date: day(finalDay), value: decimal(mul(q(target), q(scale))) });
        // Milestones only where their share is defined: with a baseline and a target different from it.
        if (hasBaseline && target !== p.base) {
          const used = new Set<number>();
          for (const [when, share] of p.milestones) {
            const d = baselineDay + 1 + Math.floor(when * (finalDay - baselineDay - 1));
            if (d <= baselineDay || d >= finalDay || used.has(d)) continue;
            used.add(d);
            const v = add(q(p.base), mul(q(share), q(target - p.base)));
            if (p.percentage && (v.n < 0n || v.n > 100n * v.d)) continue;
            targets.unshift({ date: day(d), value: decimal(mul(v, q(scale))) });
          }
        }
      }
      const readings = days.map((d, k): ReadingDocument => ({ date: day(d), value: decimal(mul(q(p.values[k] as number), q(scale))), source: 'Partner survey' }));
      return {
        kind: 'indicator',
        id,
        title: id,
        measures,
        measure: { kind: p.percentage ? 'percentage' : 'number' },
        direction: target === p.base ? p.direction : target < p.base ? 'decrease' : 'increase',
        ...(cumulative ? { combine: 'cumulative' as const } : {}),
        ...(hasBaseline ? { baseline: { date: day(baselineDay), value: decimal(mul(q(p.base), q(scale))) } } : {}),
        ...(targets.length > 0 ? { targets } : {}),
        observations: cumulative ? readings : withCopies(readings, p.copies, false),
      };
    });
}

/** Yes/no, scale, markers and qualitative indicators, with and without written baselines and targets. */
function otherIndicator(id: string, measures: Measures, frame: Frame): fc.Arbitrary<IndicatorDocument> {
  const levels = ['none', 'some', 'most', 'all'];
  const markers = [
    { id: 'm2', grade: 'like' as const, title: 'm2' },
    { id: 'm1', grade: 'expect' as const, title: 'm1' },
    { id: 'm3', grade: 'love' as const, title: 'm3' },
  ];
  return fc
    .record({
      kind: fc.constantFrom('boolean' as const, 'scale' as const, 'markers' as const, 'qualitative' as const),
      baseline: fc.boolean(),
      target: fc.boolean(),
      baselineDay: fc.integer({ min: frame.start - 100, max: frame.end - 1 }),
      length: fc.integer({ min: 1, max: 2_500 }),
      milestone: fc.boolean(),
      levels: fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 3 }), fc.nat({ max: 3 })),
      days: readingDays(frame, true),
      values: fc.array(fc.tuple(fc.boolean(), fc.nat({ max: 3 }), fc.subarray(['m1', 'm2', 'm3']), fc.constantFrom(0, 0.25, 0.5, 0.7, 0.8, 1)), { minLength: 5, maxLength: 5 }),
      copies: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      ratings: fc.tuple(fc.constantFrom(0, 0.2, 0.5), fc.constantFrom(0.8, 1, 0.5)),
    })
    .map((p): IndicatorDocument => {
      const baselineDay = Math.max(1, p.baselineDay);
      // Without a baseline the timeline starts at the period start: the target must come after it.
      const finalDay = Math.max(baselineDay + p.length, frame.start + 1);
      const valueOf = (k: number): Pick<ReadingDocument, 'value' | 'rating'> => {
        const [yes, level, seen, rating] = p.values[k] as [boolean, number, string[], number];
        switch (p.kind) {
          case 'boolean':
            return { value: yes };
          case 'scale':
            return { value: levels[level] as string };
          case 'markers':
            return { value: seen };
          case 'qualitative':
            return { value: `finding ${k}`, rating };
        }
      };
      const measure =
        p.kind === 'scale' ? { kind: 'scale' as const, levels } : p.kind === 'markers' ? { kind: 'markers' as const, markers } : { kind: p.kind };
      const [bl, ml, tl] = p.levels;
      const baselineValue: Pick<ReadingDocument, 'value' | 'rating'> =
        p.kind === 'boolean' ? { value: false } : p.kind === 'scale' ? { value: levels[bl] as string } : p.kind === 'markers' ? { value: ['m1'] } : { value: 'at the start', rating: p.ratings[0] };
      const targetValue: Pick<ReadingDocument, 'value' | 'rating'> =
        p.kind === 'boolean' ? { value: true } : p.kind === 'scale' ? { value: levels[tl] as string } : p.kind === 'markers' ? { value: ['m3', 'm2'] } : { value: 'the aim', rating: p.ratings[1] };
      const targets: ReadingDocument[] = [];
      if (p.target) {
        targets.push({ date: day(finalDay), ...targetValue });
        if (p.kind === 'scale' && p.milestone && p.baseline && bl !== tl && finalDay - baselineDay > 1) targets.push({ date: day(baselineDay + 1), value: levels[ml] as string });
      }
      const readings = p.days.map((d, k): ReadingDocument => ({ date: day(d), ...valueOf(k), source: 'Partner survey' }));
      return {
        kind: 'indicator',
        id,
        title: id,
        measures,
        measure,
        ...(p.baseline ? { baseline: { date: day(baselineDay), ...baselineValue } } : {}),
        ...(targets.length > 0 ? { targets } : {}),
        observations: withCopies(readings, p.copies, true),
      };
    });
}

const assessment = (frame: Frame): fc.Arbitrary<AssessmentDocument[]> =>
  fc
    .uniqueArray(fc.option(fc.integer({ min: frame.start - 100, max: frame.end + 100 }), { nil: undefined }), { maxLength: 2 })
    .chain((days) =>
      fc.tuple(...days.map(() => fc.constantFrom(0, 0.25, 0.5, 0.7, 0.75, 1))).map((values) =>
        days.map((d, k) => ({ progress: values[k] as number, ...(d === undefined ? {} : { date: day(d) }), by: 'Board' })),
      ),
    );

/** A random model built around a report date, with the options to roll it up with. */
export const guideScenario: fc.Arbitrary<GuideScenario> = fc
  .record({
    year: fc.constantFrom(2015, 2015, 2015, 1, 50, 96, 9980),
    asOfOffset: fc.integer({ min: -120, max: 6 * 366 + 400 }),
    hasPeriod: fc.nat({ max: 4 }).map((n) => n > 0),
    shared: fc.tuple(fc.constantFrom(...TENTHS), fc.constantFrom(...SHORTFALLS)),
    resultCount: fc.integer({ min: 1, max: 8 }),
  })
  .chain(({ year, asOfOffset, hasPeriod, shared, resultCount }) => {
    const start = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
    const end = dayNumber(`${String(year + 5).padStart(4, '0')}-12-31`);
    const frame: Frame = { asOf: Math.max(800, start + asOfOffset), start, end, hasPeriod, shared };
    const result = fc.record({
      parents: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 2 }),
      weights: fc.tuple(weight, weight),
      assumptions: fc.tuple(fc.constantFrom([], ['holds'], ['fails'], ['fails', 'holds']), fc.constantFrom([], ['fails'])),
      weakest: fc.nat({ max: 2 }).map((n) => n === 0),
      assessments: fc.oneof(fc.constant([]), assessment(frame)),
    });
    const kind = fc.constantFrom('boundary', 'boundary', 'boundary', 'numeric', 'numeric', 'other', 'other', 'ten');
    return fc
      .tuple(
        fc.array(result, { minLength: resultCount - 1, maxLength: resultCount - 1 }),
        fc.array(fc.tuple(kind, fc.uniqueArray(fc.nat({ max: resultCount - 1 }), { minLength: 1, maxLength: 2 }), weight, weight), { maxLength: 9 }),
        fc.record(
          {
            aggregation: fc.constantFrom<ProgressOptions['aggregation']>('weighted-mean', 'weakest-link', product),
            aggregations: fc.dictionary(fc.constantFrom('r0', 'r1', 'r2', 'r3', 'nope'), fc.constantFrom<NonNullable<ProgressOptions['aggregation']>>('weighted-mean', 'weakest-link', product, broken)),
            missingData: fc.constantFrom('exclude' as const, 'zero' as const),
            markerWeights: fc.record({ expect: fc.integer({ min: 0, max: 3 }), love: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] }),
            thresholds: fc.record({ atRisk: fc.constantFrom(0, 0.05, 0.1), offTrack: fc.constantFrom(0.2, 0.25, 0.5) }, { requiredKeys: [] }),
            useAssessments: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      )
      .chain(([results, indicatorSpecs, opts]) => {
        const nodes: NodeDocument[] = [
          { kind: 'goal', id: 'r0', title: 'r0' },
          { kind: 'assumption', id: 'fails', title: 'Fails', status: 'fails' },
          { kind: 'assumption', id: 'holds', title: 'Holds', status: 'holds' },
        ];
        results.forEach((r, k) => {
          const i = k + 1;
          const parents = [...new Set(r.parents.map((p) => p % i))];
          const contributesTo: ContributionRef[] = parents.map((p, j) => {
            const assumptions = r.assumptions[j] ?? [];
            return { to: `r${p}`, weight: r.weights[j] ?? 1, ...(assumptions.length > 0 ? { assumptions } : {}) };
          });
          nodes.push({
            kind: 'objective',
            id: `r${i}`,
            title: `r${i}`,
            contributesTo,
            ...(r.weakest ? { aggregation: 'weakest-link' as const } : {}),
            ...(r.assessments.length > 0 ? { assessments: r.assessments } : {}),
          });
        });
        const parts = indicatorSpecs.map(([k, targets, w1, w2], n) => {
          const measures: MeasuresRef[] = targets.map((t, j) => ({ to: `r${t}`, weight: j === 0 ? w1 : w2 }));
          const id = `i${n}`;
          if (k === 'ten') return tenAtTarget(`t${n}-`, `r${targets[0] ?? 0}`, frame);
          const one = k === 'boundary' ? boundaryIndicator(id, measures, frame) : k === 'numeric' ? numericIndicator(id, measures, frame) : otherIndicator(id, measures, frame);
          return one.map((x) => [x]);
        });
        return fc.tuple(...parts).map((groups): GuideScenario => {
          const options = { ...opts, asOf: day(frame.asOf) };
          const doc: TheoryOfChangeDocument = {
            title: 'guide model',
            ...(hasPeriod ? { period: { start: day(start), end: day(end) } } : {}),
            nodes: [...nodes, ...groups.flat()],
          };
          return { doc, options };
        });
      });
  });
