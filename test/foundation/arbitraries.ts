/**
 * fast-check arbitraries of VALID theory-of-change documents: random DAGs of
 * goals and objectives with levels, indicators of every measure kind with
 * baselines, targets and observations, duty bearers, rights holders and
 * assumptions on links. Every document they produce validates without errors
 * (warnings are allowed), and has no `undefined`-valued keys, so it can be
 * compared strictly with what the model gives back.
 */
import fc from 'fast-check';
import type {
  ActorType,
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

function reading(c: MeasureCase, needsRating: boolean): fc.Arbitrary<ReadingDocument> {
  const rating = fc.double({ min: 0, max: 1, noNaN: true });
  if (c.qualitative) {
    return fc.record(
      { date: isoDate, value: c.value, rating, source: text, note: text },
      { requiredKeys: needsRating ? ['date', 'value', 'rating'] : ['date', 'value'], ...opts },
    );
  }
  return fc.record({ date: isoDate, value: c.value, source: text, note: text }, { requiredKeys: ['date', 'value'], ...opts });
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
        targets: fc.array(reading(c, false), { maxLength: 3 }),
        observations: fc.array(reading(c, true), { maxLength: 3 }),
        frameworks: fc.array(fc.record({ framework: nonEmpty, code: nonEmpty, title: text }, { requiredKeys: ['framework', 'code'], ...opts }), {
          maxLength: 2,
        }),
        source: text,
        note: text,
      },
      { requiredKeys: ['kind', 'id', 'title', 'measure'], ...opts },
    ),
  );
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
        assessments: fc.array(
          fc.record(
            { progress: fc.double({ min: 0, max: 1, noNaN: true }), date: isoDate, by: text, note: text },
            { requiredKeys: ['progress'], ...opts },
          ),
          { maxLength: 2 },
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
});

/**
 * A valid document. Goals come first in the causal order and contribute only
 * to earlier goals; objectives contribute to any earlier result: a random DAG.
 * The nodes are then written in a random order.
 */
export const validDocument: fc.Arbitrary<TheoryOfChangeDocument> = counts.chain((n) => {
  const total = n.goals + n.objectives + n.indicators + n.dutyBearers + n.rightsHolders + n.assumptions;
  return fc
    .record({
      ids: fc.uniqueArray(idText, { minLength: total, maxLength: total }),
      levels: fc.option(fc.uniqueArray(nonEmpty, { minLength: 1, maxLength: 4 }), { nil: undefined }),
    })
    .chain(({ ids, levels }) => {
      let at = 0;
      const take = (k: number): string[] => ids.slice(at, (at += k));
      const goals = take(n.goals);
      const objectives = take(n.objectives);
      const indicators = take(n.indicators);
      const dutyBearers = take(n.dutyBearers);
      const rightsHolders = take(n.rightsHolders);
      const assumptions = take(n.assumptions);
      const results = [...goals, ...objectives];
      const nodes: fc.Arbitrary<NodeDocument>[] = [
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
    });
});

/** A valid document, and the same document with its nodes in another order. */
export const validDocumentAndShuffle: fc.Arbitrary<[TheoryOfChangeDocument, TheoryOfChangeDocument]> = validDocument.chain((doc) =>
  fc
    .shuffledSubarray([...doc.nodes], { minLength: doc.nodes.length, maxLength: doc.nodes.length })
    .map((nodes): [TheoryOfChangeDocument, TheoryOfChangeDocument] => [doc, { ...doc, nodes }]),
);
