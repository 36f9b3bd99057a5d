/**
 * fast-check arbitraries of VALID theory-of-change documents: random DAGs of
 * goals and objectives with levels, indicators of every measure kind with
 * baselines, targets and observations, duty bearers, rights holders and
 * assumptions on links. Every document `validDocument` produces validates
 * without errors (warnings are allowed), and has no `undefined`-valued keys, so
 * it can be compared strictly with what the model gives back. Targets come
 * after the baseline, and readings and assessments of one list have distinct
 * dates. `orderFreeDocument` adds readings that share a date, some of which
 * contradict each other (so some of its documents have errors).
 */
import fc from 'fast-check';
import type {
  BoundaryPartnerDocument,
  ActorType,
  AssessmentDocument,
  AssumptionDocument,
  ContributionRef,
  DutyBearerDocument,
  IndicatorDocument,
  IndicatorValue,
  JsonValue,
  Measure,
  MeasuresRef,
  Meta,
  NodeDocument,
  ReadingDocument,
  RightsHolderDocument,
  TheoryOfChangeDocument,
} from '../../src/index.js';

export const ACTOR_TYPES: readonly ActorType[] = [
  'state',
  'law-enforcement',
  'judiciary',
  'business',
  'international',
  'civil-society',
  'community',
  'other',
];

const text = fc.string({ maxLength: 10 });
const nonEmpty = fc.string({ minLength: 1, maxLength: 10 });
/** Ids of any printable characters, quotes and backslashes included. */
const idText = fc.string({ minLength: 1, maxLength: 6 });

/** A real calendar date between 1990 and 2044. */
export const isoDate: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 20_000 })
  .map((day) => new Date(Date.UTC(1990, 0, 1 + day)).toISOString().slice(0, 10));

const weight = fc.double({ min: 0.001, max: 1000, noNaN: true });

function hasProtoKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some((key) => key === '__proto__' || hasProtoKey((value as Record<string, unknown>)[key]));
}

/** Free-form meta. `__proto__` keys are left out: validate rejects them, as parsing would lose them. */
export const meta: fc.Arbitrary<Meta> = fc
  // fast-check types JSON objects with optional keys; the values it generates never hold `undefined`.
  .dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>, { maxKeys: 3, noNullPrototype: true })
  .filter((m) => !hasProtoKey(m));

const opts = { noNullPrototype: true } as const;

const commonFields = {
  description: text,
  ref: text,
  tags: fc.array(text, { maxLength: 3 }),
  meta,
};

/** A measure with the values and ratings that fit it. */
interface MeasureCase {
  readonly measure: Measure;
  readonly value: fc.Arbitrary<IndicatorValue>;
  readonly qualitative: boolean;
  readonly numeric: boolean;
}

const measureCase: fc.Arbitrary<MeasureCase> = fc.oneof(
  fc.constant<MeasureCase>({
    measure: { kind: 'number' },
    value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    qualitative: false,
    numeric: true,
  }),
  fc.constant<MeasureCase>({
    measure: { kind: 'percentage' },
    value: fc.double({ min: 0, max: 100, noNaN: true }),
    qualitative: false,
    numeric: false,
  }),
  fc.constant<MeasureCase>({ measure: { kind: 'boolean' }, value: fc.boolean(), qualitative: false, numeric: false }),
  fc.uniqueArray(nonEmpty, { minLength: 2, maxLength: 5 }).map<MeasureCase>((levels) => ({
    measure: { kind: 'scale', levels },
    value: fc.constantFrom(...levels),
    qualitative: false,
    numeric: false,
  })),
  fc
    .uniqueArray(
      fc.record({ id: idText, grade: fc.constantFrom('expect' as const, 'like' as const, 'love' as const), title: nonEmpty }, opts),
      { minLength: 1, maxLength: 4, selector: (m) => m.id },
    )
    .map<MeasureCase>((markers) => ({
      measure: { kind: 'markers', markers },
      value: fc.subarray(markers.map((m) => m.id)),
      qualitative: false,
      numeric: false,
    })),
  fc.constant<MeasureCase>({ measure: { kind: 'qualitative' }, value: text, qualitative: true, numeric: false }),
);

/** A reading's source documents: a title, and maybe a web address, a date and a kind. */
const sourceDocuments = fc.array(
  fc.record(
    {
      title: nonEmpty,
      url: fc.constantFrom('https://example.org/report.pdf', 'http://example.org/a?b=c#d'),
      date: isoDate,
      kind: fc.constantFrom('survey' as const, 'administrative' as const, 'evaluation' as const, 'research' as const, 'media' as const, 'monitoring' as const, 'other' as const),
    },
    { requiredKeys: ['title'], ...opts },
  ),
  { maxLength: 2 },
);
const readingFlags = fc.subarray(['illustrative' as const, 'estimated' as const, 'provisional' as const]);

function reading(c: MeasureCase, needsRating: boolean): fc.Arbitrary<ReadingDocument> {
  const rating = fc.double({ min: 0, max: 1, noNaN: true });
  if (c.qualitative) {
    return fc.record(
      { date: isoDate, value: c.value, rating, source: text, sources: sourceDocuments, flags: readingFlags, note: text },
      { requiredKeys: needsRating ? ['date', 'value', 'rating'] : ['date', 'value'], ...opts },
    );
  }
  return fc.record({ date: isoDate, value: c.value, source: text, sources: sourceDocuments, flags: readingFlags, note: text }, { requiredKeys: ['date', 'value'], ...opts });
}

function indicator(id: string, results: readonly string[]): fc.Arbitrary<IndicatorDocument> {
  const measures: fc.Arbitrary<MeasuresRef[]> = fc
    .subarray([...results])
    .chain((targets) =>
      fc.tuple(...targets.map((to) => fc.oneof(fc.constant<MeasuresRef>(to), fc.record({ to: fc.constant(to), weight }, { requiredKeys: ['to'], ...opts })))),
    );
  return measureCase.chain((c) =>
    fc.record(
      {
        kind: fc.constant('indicator' as const),
        id: fc.constant(id),
        title: nonEmpty,
        ...commonFields,
        measures,
        measure: fc.constant(c.measure),
        unit: text,
        direction: fc.constantFrom('increase' as const, 'decrease' as const),
        combine: c.numeric ? fc.constantFrom('latest' as const, 'cumulative' as const) : fc.constant('latest' as const),
        baseline: reading(c, false),
        // Distinct dates: two readings of one date must agree (`conflicting-readings`).
        targets: fc.uniqueArray(reading(c, false), { maxLength: 3, selector: (r) => r.date }),
        observations: fc.uniqueArray(reading(c, true), { maxLength: 3, selector: (r) => r.date }),
        frameworks: fc.array(fc.record({ framework: nonEmpty, code: nonEmpty, title: text }, { requiredKeys: ['framework', 'code'], ...opts }), {
          maxLength: 2,
        }),
        source: text,
        note: text,
      },
      { requiredKeys: ['kind', 'id', 'title', 'measure'], ...opts },
    ).map(targetsAfterBaseline),
  );
}

/** The indicator with its baseline moved before its first target if need be (a target on or before it is the error `target-before-baseline`). */
function targetsAfterBaseline(node: IndicatorDocument): IndicatorDocument {
  const first = (node.targets ?? []).reduce<string | undefined>((min, t) => (min === undefined || (t.date as string) < min ? (t.date as string) : min), undefined);
  if (node.baseline === undefined || first === undefined || (node.baseline.date as string) < first) return node;
  return { ...node, baseline: { ...node.baseline, date: dayBefore(first) } };
}

function result(
  kind: 'goal' | 'objective',
  id: string,
  targets: readonly string[],
  assumptions: readonly string[],
  levels: readonly string[] | undefined,
): fc.Arbitrary<NodeDocument> {
  const contribution = (to: string): fc.Arbitrary<ContributionRef> =>
    fc.oneof(
      fc.constant<ContributionRef>(to),
      fc.record(
        { to: fc.constant(to), weight, assumptions: fc.subarray([...assumptions]), note: text },
        { requiredKeys: ['to'], ...opts },
      ),
    );
  const contributesTo: fc.Arbitrary<ContributionRef[]> = fc.subarray([...targets]).chain((ts) => fc.tuple(...ts.map(contribution)));
  const level = levels === undefined || levels.length === 0 ? fc.constant(undefined) : fc.constantFrom(...levels);
  return fc
    .record(
      {
        kind: fc.constant(kind),
        id: fc.constant(id),
        title: nonEmpty,
        ...commonFields,
        level,
        contributesTo,
        aggregation: fc.constantFrom('weighted-mean' as const, 'weakest-link' as const),
        resultType: fc.constantFrom('output' as const, 'outcome' as const, 'impact' as const),
        // On distinct days, at most one undated: two on one day must agree (`conflicting-readings`).
        assessments: fc.uniqueArray(
          fc.record(
            { progress: fc.double({ min: 0, max: 1, noNaN: true }), date: isoDate, by: text, note: text },
            { requiredKeys: ['progress'], ...opts },
          ),
          { maxLength: 2, selector: (a) => a.date ?? '' },
        ),
      },
      { requiredKeys: ['kind', 'id', 'title'], ...opts },
    )
    .map((node) => {
      // `level` is drawn even when the document has no levels: drop it then.
      if (node.level !== undefined) return node as NodeDocument;
      const { level: _dropped, ...rest } = node;
      return rest as NodeDocument;
    });
}

function dutyBearer(id: string, results: readonly string[]): fc.Arbitrary<DutyBearerDocument> {
  return fc.record(
    {
      kind: fc.constant('duty-bearer' as const),
      id: fc.constant(id),
      title: nonEmpty,
      ...commonFields,
      actorType: fc.constantFrom(...ACTOR_TYPES),
      accountableFor: fc.subarray([...results]),
    },
    { requiredKeys: ['kind', 'id', 'title', 'actorType'], ...opts },
  );
}

function rightsHolder(id: string, results: readonly string[]): fc.Arbitrary<RightsHolderDocument> {
  return fc.record(
    {
      kind: fc.constant('rights-holder' as const),
      id: fc.constant(id),
      title: nonEmpty,
      ...commonFields,
      actorType: fc.constantFrom(...ACTOR_TYPES),
      benefitsFrom: fc.subarray([...results]),
    },
    { requiredKeys: ['kind', 'id', 'title'], ...opts },
  );
}

function boundaryPartner(id: string, results: readonly string[]): fc.Arbitrary<BoundaryPartnerDocument> {
  return fc.record(
    {
      kind: fc.constant('boundary-partner' as const),
      id: fc.constant(id),
      title: nonEmpty,
      ...commonFields,
      actorType: fc.constantFrom(...ACTOR_TYPES),
      engagedIn: fc.subarray([...results]),
    },
    { requiredKeys: ['kind', 'id', 'title'], ...opts },
  );
}

function assumption(id: string): fc.Arbitrary<AssumptionDocument> {
  return fc.record(
    {
      kind: fc.constant('assumption' as const),
      id: fc.constant(id),
      title: nonEmpty,
      ...commonFields,
      status: fc.constantFrom('holds' as const, 'uncertain' as const, 'fails' as const),
      evidence: fc.array(fc.record({ summary: nonEmpty, source: text, date: isoDate }, { requiredKeys: ['summary'], ...opts }), { maxLength: 2 }),
    },
    { requiredKeys: ['kind', 'id', 'title', 'status'], ...opts },
  );
}

/** How many nodes of each kind a generated document has. */
const counts = fc.record({
  goals: fc.integer({ min: 1, max: 3 }),
  objectives: fc.integer({ min: 0, max: 7 }),
  indicators: fc.integer({ min: 0, max: 4 }),
  dutyBearers: fc.integer({ min: 0, max: 2 }),
  rightsHolders: fc.integer({ min: 0, max: 2 }),
  assumptions: fc.integer({ min: 0, max: 3 }),
  boundaryPartners: fc.integer({ min: 0, max: 2 }),
});

/** How many nodes of each kind a generated document has. */
interface KindCounts {
  readonly goals: number;
  readonly objectives: number;
  readonly indicators: number;
  readonly dutyBearers: number;
  readonly rightsHolders: number;
  readonly assumptions: number;
  readonly boundaryPartners?: number;
}

/** Unique ids for `n` nodes, split by kind, and the document's levels, if any. */
function idsByKind(n: KindCounts) {
  const total = n.goals + n.objectives + n.indicators + n.dutyBearers + n.rightsHolders + n.assumptions + (n.boundaryPartners ?? 0);
  return fc
    .record({
      ids: fc.uniqueArray(idText, { minLength: total, maxLength: total }),
      levels: fc.option(fc.uniqueArray(nonEmpty, { minLength: 1, maxLength: 4 }), { nil: undefined }),
    })
    .map(({ ids, levels }) => {
      let at = 0;
      const take = (k: number): string[] => ids.slice(at, (at += k));
      const goals = take(n.goals);
      const objectives = take(n.objectives);
      return {
        goals,
        objectives,
        indicators: take(n.indicators),
        dutyBearers: take(n.dutyBearers),
        rightsHolders: take(n.rightsHolders),
        assumptions: take(n.assumptions),
        boundaryPartners: take(n.boundaryPartners ?? 0),
        results: [...goals, ...objectives],
        levels,
      };
    });
}

/**
 * A valid document. Goals come first in the causal order and contribute only
 * to earlier goals; objectives contribute to any earlier result: a random DAG.
 * The nodes are then written in a random order.
 */
export const validDocument: fc.Arbitrary<TheoryOfChangeDocument> = counts.chain((n) =>
  idsByKind(n).chain(({ goals, objectives, indicators, dutyBearers, rightsHolders, assumptions, boundaryPartners, results, levels }) => {
    const nodes: fc.Arbitrary<NodeDocument>[] = [
      ...boundaryPartners.map((id) => boundaryPartner(id, results)),
      ...goals.map((id, k) => result('goal', id, goals.slice(0, k), assumptions, levels)),
      ...objectives.map((id, k) => result('objective', id, results.slice(0, goals.length + k), assumptions, levels)),
      ...indicators.map((id) => indicator(id, results)),
      ...dutyBearers.map((id) => dutyBearer(id, results)),
      ...rightsHolders.map((id) => rightsHolder(id, results)),
      ...assumptions.map((id) => assumption(id)),
    ];
    const header = fc.record(
      {
        $schema: text,
        schemaVersion: fc.constant(1 as const),
        id: nonEmpty,
        description: text,
        organisation: text,
        period: fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
        meta,
      },
      { requiredKeys: [], ...opts },
    );
    return fc
      .tuple(header, nonEmpty, fc.tuple(...nodes))
      .chain(([h, title, list]) =>
        fc
          .shuffledSubarray(list, { minLength: list.length, maxLength: list.length })
          .map((shuffled): TheoryOfChangeDocument => ({ ...h, title, ...(levels === undefined ? {} : { levels }), nodes: shuffled })),
      );
  }),
);

/** A valid document, and the same document with its nodes in another order. */
export const validDocumentAndShuffle: fc.Arbitrary<[TheoryOfChangeDocument, TheoryOfChangeDocument]> = validDocument.chain((doc) =>
  fc
    .shuffledSubarray([...doc.nodes], { minLength: doc.nodes.length, maxLength: doc.nodes.length })
    .map((nodes): [TheoryOfChangeDocument, TheoryOfChangeDocument] => [doc, { ...doc, nodes }]),
);

// ---------------------------------------------------------------------------
// Documents rich in lists whose order means nothing, and in readings that share
// a date: for the tests that a report never depends on the order of a list.
// ---------------------------------------------------------------------------

/** The day before an ISO date, as an ISO date. */
function dayBefore(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Tags, now and then `illustrative`, the one tag the exports act on. */
const richTags = fc.array(fc.oneof(text, fc.constant('illustrative')), { maxLength: 3 });

const richCommonFields = { ...commonFields, tags: richTags };

/** A value of the measure that differs from `value`, so that two readings on one date contradict each other. */
function otherValue(measure: Measure, value: IndicatorValue): IndicatorValue {
  switch (measure.kind) {
    case 'number':
      return (value as number) + 1;
    case 'percentage':
      return (value as number) < 50 ? (value as number) + 1 : (value as number) - 1;
    case 'boolean':
      return !(value as boolean);
    case 'scale':
      return measure.levels[(measure.levels.indexOf(value as string) + 1) % measure.levels.length] as string;
    case 'markers': {
      // Toggle the first marker: another set whatever the order.
      const first = (measure.markers[0] as { id: string }).id;
      const listed = value as readonly string[];
      return listed.includes(first) ? listed.filter((m) => m !== first) : [first, ...listed];
    }
    case 'qualitative':
      return `${value as string} (revised)`;
  }
}

/** The same value written differently where the measure allows it: marker ids in the reverse order. */
function sameValue(value: IndicatorValue): IndicatorValue {
  return Array.isArray(value) ? [...(value as readonly string[])].reverse() : value;
}

/**
 * What to add to a list of readings of one indicator on the date of one of
 * them: a duplicate (the same value and rating; another source or note, or
 * none, or the very same), a contradiction (another value, rating or both),
 * or, for a cumulative indicator, more readings (other values, other
 * sources), as two partners reporting. Up to two of these on one date.
 */
type Repeat = 'duplicate' | 'conflict' | 'more';

function repeatKinds(conflicts: boolean, cumulative: boolean): fc.Arbitrary<Repeat[]> {
  const options: fc.WeightedArbitrary<Repeat>[] = [{ weight: 3, arbitrary: fc.constant('duplicate' as const) }];
  if (cumulative) options.push({ weight: 5, arbitrary: fc.constant('more' as const) });
  if (conflicts) options.push({ weight: 2, arbitrary: fc.constant('conflict' as const) });
  return fc.array(fc.oneof(...options), { maxLength: 2 });
}

/** `list` (readings with distinct dates) with readings added on the date of one of them, as `repeats` say. */
function repeated(
  c: MeasureCase,
  list: readonly ReadingDocument[],
  repeats: readonly Repeat[],
  pick: number,
  extra: fc.Arbitrary<readonly ReadingDocument[]>,
): fc.Arbitrary<ReadingDocument[]> {
  const anchor = list[pick % Math.max(1, list.length)];
  if (repeats.length === 0 || anchor === undefined) return fc.constant([...list]);
  const step = fc.tuple(extra, fc.array(text, { minLength: 3, maxLength: 3 }), fc.nat(3));
  return fc.array(step, { minLength: repeats.length, maxLength: repeats.length }).map((steps) => {
    const out = [...list];
    repeats.forEach((repeat, r) => {
      const [more, sources, variant] = steps[r] as [readonly ReadingDocument[], string[], number];
      if (repeat === 'duplicate') {
        // Identical but perhaps for source and note: the warning `duplicate-reading`.
        const { source: _s, note: _n, ...rest } = anchor;
        const same = { ...rest, value: sameValue(anchor.value as IndicatorValue) };
        if (variant === 0) out.push({ ...same, source: `${sources[0] as string}*` });
        else if (variant === 1) out.push({ ...same, ...(anchor.source === undefined ? {} : { source: anchor.source }), note: `${sources[1] as string}+` });
        else if (variant === 2) out.push(same);
        else out.push({ ...anchor });
      } else if (repeat === 'conflict') {
        // Another value, or for a finding another text, another rating or both.
        const rating = anchor.rating === undefined ? {} : { rating: anchor.rating < 0.5 ? anchor.rating + 0.25 : anchor.rating - 0.25 };
        const onlyRating = c.qualitative && anchor.rating !== undefined && variant === 1;
        const onlyValue = c.qualitative && variant === 2;
        out.push({ ...anchor, ...(onlyRating ? {} : { value: otherValue(c.measure, anchor.value as IndicatorValue) }), ...(onlyValue ? {} : rating), source: `${sources[2] as string}!` });
      } else {
        // Cumulative: other values from other sources, all on the anchor's date.
        more.forEach((reading, k) => out.push({ ...reading, date: anchor.date, source: `${sources[k] as string}#${k}` }));
      }
    });
    return out;
  });
}

/** Numbers whose sums depend on the order they are added in (0.1 + 0.2 + 0.3 is not 0.3 + 0.2 + 0.1). */
const awkwardNumber = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0.1, 0.2, 0.3, 0.7, 1e-7, 123_456.789, 999_999.999),
);

function richIndicator(id: string, results: readonly string[], conflicts: boolean): fc.Arbitrary<IndicatorDocument> {
  const measures: fc.Arbitrary<MeasuresRef[]> = fc
    .subarray([...results])
    .chain((targets) =>
      fc.tuple(...targets.map((to) => fc.oneof(fc.constant<MeasuresRef>(to), fc.record({ to: fc.constant(to), weight }, { requiredKeys: ['to'], ...opts })))),
    );
  return measureCase.chain((c) => {
    const combine = c.numeric ? fc.constantFrom('latest' as const, 'cumulative' as const) : fc.constant('latest' as const);
    return fc
      .record(
        {
          node: fc.record(
            {
              kind: fc.constant('indicator' as const),
              id: fc.constant(id),
              title: nonEmpty,
              ...richCommonFields,
              measures,
              measure: fc.constant(c.measure),
              unit: text,
              direction: fc.constantFrom('increase' as const, 'decrease' as const),
              frameworks: fc.array(fc.record({ framework: nonEmpty, code: nonEmpty, title: text }, { requiredKeys: ['framework', 'code'], ...opts }), {
                maxLength: 3,
              }),
              source: text,
              note: text,
            },
            { requiredKeys: ['kind', 'id', 'title', 'measure'], ...opts },
          ),
          combine,
          baseline: fc.option(reading(c, false), { nil: undefined }),
          // Distinct dates: readings share a date only where a repeat puts them.
          targets: fc.uniqueArray(reading(c, false), { maxLength: 3, selector: (r) => r.date }),
          observations: fc.uniqueArray(reading(c, true), { maxLength: 4, selector: (r) => r.date }),
          extraObservation: reading(c, true),
          pick: fc.tuple(fc.nat(), fc.nat()),
        },
        opts,
      )
      .chain(({ node, combine: how, baseline: base, targets, observations, extraObservation, pick }) => {
        // Every target after the baseline (a target on or before it is the error `target-before-baseline`).
        const firstTarget = targets.reduce<string | undefined>((min, t) => (min === undefined || (t.date as string) < min ? (t.date as string) : min), undefined);
        const baseline = base !== undefined && firstTarget !== undefined && (base.date as string) >= firstTarget ? { ...base, date: dayBefore(firstTarget) } : base;
        const cumulative = how === 'cumulative';
        const seen = observations.length > 0 ? observations : [extraObservation];
        const moreReadings = fc.array(cumulative ? reading(c, true).chain((r) => awkwardNumber.map((value) => ({ ...r, value }))) : reading(c, true), {
          minLength: 1,
          maxLength: 3,
        });
        return fc
          .tuple(repeatKinds(conflicts, cumulative), repeatKinds(conflicts, false))
          .chain(([observationRepeat, targetRepeat]) =>
            fc.tuple(
              repeated(c, seen, observationRepeat, pick[0], moreReadings),
              repeated(c, targets, targetRepeat, pick[1], fc.constant([])),
            ),
          )
          .map(([obs, ts]): IndicatorDocument => {
            const out: Record<string, unknown> = { ...node };
            if (c.numeric) out.combine = how;
            if (baseline !== undefined) out.baseline = baseline;
            if (ts.length > 0) out.targets = ts;
            out.observations = obs;
            return out as unknown as IndicatorDocument;
          });
      });
  });
}

const assessmentArb = fc.record(
  { progress: fc.double({ min: 0, max: 1, noNaN: true }), date: isoDate, by: text, note: text },
  { requiredKeys: ['progress', 'date'], ...opts },
);

function richResult(
  kind: 'goal' | 'objective',
  id: string,
  targets: readonly string[],
  assumptions: readonly string[],
  levels: readonly string[] | undefined,
  conflicts: boolean,
): fc.Arbitrary<NodeDocument> {
  const contribution = (to: string): fc.Arbitrary<ContributionRef> =>
    fc.oneof(
      fc.constant<ContributionRef>(to),
      fc.record({ to: fc.constant(to), weight, assumptions: fc.subarray([...assumptions]), note: text }, { requiredKeys: ['to'], ...opts }),
    );
  const contributesTo: fc.Arbitrary<ContributionRef[]> = fc.subarray([...targets]).chain((ts) => fc.tuple(...ts.map(contribution)));
  const level = levels === undefined || levels.length === 0 ? fc.constant(undefined) : fc.constantFrom(...levels);
  // Dated assessments on distinct days, perhaps one undated, then perhaps a
  // second on the day of one of them (or a second undated one): identical
  // (`duplicate-reading`) or, in a document with conflicts, different.
  const assessments = fc
    .record({
      dated: fc.uniqueArray(assessmentArb, { maxLength: 2, selector: (a) => a.date }),
      undated: fc.option(assessmentArb.map(({ date: _d, ...rest }) => rest), { nil: undefined }),
      repeats: fc.array(
        fc.oneof(
          { weight: 3, arbitrary: fc.constant('duplicate' as const) },
          { weight: conflicts ? 2 : 0, arbitrary: fc.constant('conflict' as const) },
        ),
        { maxLength: 2 },
      ),
      variant: fc.nat(2),
      pick: fc.nat(),
    })
    .map(({ dated, undated, repeats, variant, pick }) => {
      const list: AssessmentDocument[] = [...dated, ...(undated === undefined ? [] : [undated])];
      const anchor = list[pick % Math.max(1, list.length)];
      if (anchor === undefined) return list;
      for (const repeat of repeats) {
        if (repeat === 'duplicate') list.push({ ...anchor });
        // Differing in progress, in who assessed, or in the note: a contradiction all the same.
        else if (variant === 0) list.push({ ...anchor, progress: anchor.progress < 0.5 ? anchor.progress + 0.25 : anchor.progress - 0.25 });
        else if (variant === 1) list.push({ ...anchor, by: `${anchor.by ?? ''}+` });
        else list.push({ ...anchor, note: `${anchor.note ?? ''}+` });
      }
      return list;
    });
  return fc
    .record(
      {
        kind: fc.constant(kind),
        id: fc.constant(id),
        title: nonEmpty,
        ...richCommonFields,
        level,
        contributesTo,
        aggregation: fc.constantFrom('weighted-mean' as const, 'weakest-link' as const),
        assessments,
      },
      { requiredKeys: ['kind', 'id', 'title'], ...opts },
    )
    .map((node) => {
      if (node.level !== undefined) return node as NodeDocument;
      const { level: _dropped, ...rest } = node;
      return rest as NodeDocument;
    });
}

function richAssumption(id: string): fc.Arbitrary<AssumptionDocument> {
  return fc.record(
    {
      kind: fc.constant('assumption' as const),
      id: fc.constant(id),
      title: nonEmpty,
      ...richCommonFields,
      status: fc.constantFrom('holds' as const, 'uncertain' as const, 'fails' as const),
      evidence: fc.array(fc.record({ summary: nonEmpty, source: text, date: isoDate }, { requiredKeys: ['summary'], ...opts }), { maxLength: 3 }),
    },
    { requiredKeys: ['kind', 'id', 'title', 'status'], ...opts },
  );
}

/**
 * A document full of lists whose order carries no meaning, for the tests that
 * nothing depends on the order they are written in: nodes, links (with their
 * assumptions), tags, frameworks, evidence, targets, observations, assessments,
 * progress markers and the marker ids in each reading, and readings that share
 * a date: duplicates (identical but for source and note: the warning
 * `duplicate-reading`), several observations of a cumulative indicator on one
 * date (other values, other sources), two assessments of one day or two
 * undated ones. In about a third of the documents some of these readings
 * contradict each other (another value or rating on the same date: the error
 * `conflicting-readings`); the others are valid under the rules of
 * docs/guides/progress.md (every target dated after the baseline, weights
 * from 0.001 to 1000), warnings aside.
 */
export const orderFreeDocument: fc.Arbitrary<TheoryOfChangeDocument> = fc
  .record({
    counts: fc.record({
      goals: fc.integer({ min: 1, max: 3 }),
      objectives: fc.integer({ min: 0, max: 6 }),
      indicators: fc.integer({ min: 1, max: 5 }),
      dutyBearers: fc.integer({ min: 0, max: 2 }),
      rightsHolders: fc.integer({ min: 0, max: 2 }),
      assumptions: fc.integer({ min: 0, max: 3 }),
    }),
    conflicts: fc.nat(2).map((k) => k === 0),
  })
  .chain(({ counts: n, conflicts }) =>
    idsByKind(n).chain(({ goals, objectives, indicators, dutyBearers, rightsHolders, assumptions, results, levels }) => {
      const nodes: fc.Arbitrary<NodeDocument>[] = [
        ...goals.map((id, k) => richResult('goal', id, goals.slice(0, k), assumptions, levels, conflicts)),
        ...objectives.map((id, k) => richResult('objective', id, results.slice(0, goals.length + k), assumptions, levels, conflicts)),
        ...indicators.map((id) => richIndicator(id, results, conflicts)),
        ...dutyBearers.map((id) => dutyBearer(id, results)),
        ...rightsHolders.map((id) => rightsHolder(id, results)),
        ...assumptions.map((id) => richAssumption(id)),
      ];
      const header = fc.record(
        {
          period: fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
        },
        { requiredKeys: [], ...opts },
      );
      return fc
        .tuple(header, nonEmpty, fc.tuple(...nodes))
        .map(([h, title, list]): TheoryOfChangeDocument => ({ ...h, title, ...(levels === undefined ? {} : { levels }), nodes: list }));
    }),
  );
