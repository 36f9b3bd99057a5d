// zod/mini, not classic zod: the same parser without the chained methods, so that an
// application's bundle carries about 70 kB less of zod (measured by the bench).
import * as z from 'zod/mini';
import { ISO_DURATION_PATTERN } from './durations.js';
import type { NodeDocument, TheoryOfChangeDocument } from './types.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './weights.js';

// The structure only. What each field means, as editors show it on hover, is
// written in json-schema.ts next to the path of the field: the descriptions are
// needed only for the JSON Schema, so validating a document does not carry them.

/** An id: non-empty text. */
const idText = z.string().check(z.minLength(1));
const text = z.string();
const nonEmptyText = z.string().check(z.minLength(1));
const isoDate = z.iso.date();
/** Weights are relative; this range keeps a node's arithmetic faithful (see the progress guide). */
const weight = z.number().check(z.minimum(MIN_WEIGHT), z.maximum(MAX_WEIGHT));
const meta = z.record(z.string(), z.json());
/** An age limit: an ISO 8601 duration of whole years, months, weeks and days, e.g. P18M. */
const duration = z.string().check(z.regex(new RegExp(ISO_DURATION_PATTERN)));

const common = {
  id: idText,
  title: nonEmptyText,
  description: z.optional(text),
  ref: z.optional(text),
  tags: z.optional(z.array(text)),
  meta: z.optional(meta),
};

/** A finding for or against an assumption or a link. */
const evidence = z.strictObject({
  summary: nonEmptyText,
  source: z.optional(text),
  date: z.optional(isoDate),
  stance: z.optional(z.enum(['supports', 'challenges'])),
  strength: z.optional(z.enum(['weak', 'moderate', 'strong'])),
});

const contributionRef = z.union([
  idText,
  z.strictObject({
    to: idText,
    weight: z.optional(weight),
    assumptions: z.optional(z.array(idText)),
    note: z.optional(text),
    evidence: z.optional(z.array(evidence)),
  }),
]);

const assessment = z.strictObject({
  progress: z.number().check(z.minimum(0), z.maximum(1)),
  date: z.optional(isoDate),
  by: z.optional(text),
  note: z.optional(text),
});

const result = {
  ...common,
  level: z.optional(text),
  contributesTo: z.optional(z.array(contributionRef)),
  // A built-in name, or the name of a function registered in code (checked by validate against the names it is given).
  aggregation: z.optional(z.union([z.enum(['weighted-mean', 'weakest-link']), nonEmptyText])),
  resultType: z.optional(z.enum(['output', 'outcome', 'impact'])),
  assessments: z.optional(z.array(assessment)),
};

const actorType = z.enum(['state', 'law-enforcement', 'judiciary', 'business', 'international', 'civil-society', 'community', 'other']);

const measure = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('number') }),
  z.strictObject({ kind: z.literal('percentage') }),
  z.strictObject({ kind: z.literal('boolean') }),
  z.strictObject({ kind: z.literal('scale'), levels: z.array(nonEmptyText).check(z.minLength(2)) }),
  z.strictObject({
    kind: z.literal('markers'),
    markers: z.array(z.strictObject({ id: idText, grade: z.enum(['expect', 'like', 'love']), title: nonEmptyText, of: z.optional(idText) })).check(z.minLength(1)),
    of: z.optional(idText),
  }),
  z.strictObject({ kind: z.literal('qualitative') }),
]);

const indicatorValue = z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]);

/** One part of a reading, for one category of each dimension it names. */
const breakdownEntry = z.strictObject({
  for: z.record(nonEmptyText, nonEmptyText),
  value: z.optional(indicatorValue),
  numerator: z.optional(z.number()),
  denominator: z.optional(z.number()),
  rating: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});

/** A document a reading comes from. Whether its url is http(s) is checked by validation, with a diagnostic of its own. */
const sourceDocument = z.strictObject({
  title: nonEmptyText,
  url: z.optional(text),
  date: z.optional(isoDate),
  kind: z.optional(z.enum(['survey', 'administrative', 'evaluation', 'research', 'media', 'monitoring', 'other'])),
});

/** A dated value: a baseline, target or observation. */
const reading = z.strictObject({
  date: z.optional(isoDate),
  period: z.optional(z.strictObject({ start: isoDate, end: isoDate })),
  value: z.optional(indicatorValue),
  numerator: z.optional(z.number()),
  denominator: z.optional(z.number()),
  breakdown: z.optional(z.array(breakdownEntry)),
  rating: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  source: z.optional(text),
  sources: z.optional(z.array(sourceDocument)),
  flags: z.optional(z.array(z.enum(['illustrative', 'estimated', 'provisional']))),
  note: z.optional(text),
});

const nodeSchemas = [
  z.strictObject({ kind: z.literal('goal'), ...result }),
  z.strictObject({ kind: z.literal('objective'), ...result }),
  z.strictObject({
    kind: z.literal('duty-bearer'),
    ...common,
    actorType,
    accountableFor: z.optional(z.array(idText)),
  }),
  z.strictObject({
    kind: z.literal('rights-holder'),
    ...common,
    actorType: z.optional(actorType),
    benefitsFrom: z.optional(z.array(idText)),
  }),
  z.strictObject({
    kind: z.literal('indicator'),
    ...common,
    measures: z.optional(z.array(z.union([idText, z.strictObject({ to: idText, weight: z.optional(weight) })]))),
    measure,
    unit: z.optional(text),
    direction: z.optional(z.enum(['increase', 'decrease'])),
    combine: z.optional(z.enum(['latest', 'cumulative'])),
    dimensions: z.optional(z.record(nonEmptyText, z.array(nonEmptyText).check(z.minLength(1)))),
    baseline: z.optional(reading),
    targets: z.optional(z.array(reading)),
    targetsAre: z.optional(z.enum(['milestones', 'per-period'])),
    observations: z.optional(z.array(reading)),
    frameworks: z.optional(z.array(z.strictObject({ framework: nonEmptyText, code: nonEmptyText, title: z.optional(text) }))),
    source: z.optional(text),
    note: z.optional(text),
    maxReadingAge: z.optional(duration),
  }),
  z.strictObject({
    kind: z.literal('assumption'),
    ...common,
    // Required unless there is evidence to argue it from (checked by validate: assumption-status-missing).
    status: z.optional(z.enum(['holds', 'uncertain', 'fails'])),
    evidence: z.optional(z.array(evidence)),
  }),
  z.strictObject({
    kind: z.literal('boundary-partner'),
    ...common,
    actorType: z.optional(actorType),
    engagedIn: z.optional(z.array(idText)),
  }),
] as const;

/** The node kinds a document may contain, in the order they are documented (boundary partners, added later, last). */
export const NODE_KINDS = ['goal', 'objective', 'duty-bearer', 'rights-holder', 'indicator', 'assumption', 'boundary-partner'] as const;

/**
 * zod schema of one node, discriminated on `kind` (a `zod/mini` schema: use
 * `parse`/`safeParse`, or nest it in your own zod schemas). It checks structure
 * only: the descriptions of its fields are in the JSON Schema ({@link toJsonSchema}).
 *
 * @example
 * ```ts
 * NodeSchema.parse({ kind: 'goal', id: 'vision', title: 'A world free from slavery' });
 * ```
 */
export const NodeSchema: z.ZodMiniType<NodeDocument> = z.discriminatedUnion('kind', nodeSchemas);

const documentFields = {
  $schema: z.optional(z.string()),
  schemaVersion: z.optional(z.literal(1)),
  id: z.optional(idText),
  title: nonEmptyText,
  description: z.optional(text),
  organisation: z.optional(text),
  period: z.optional(z.strictObject({ start: isoDate, end: isoDate })),
  levels: z.optional(z.array(nonEmptyText)),
  maxReadingAge: z.optional(duration),
  meta: z.optional(meta),
};

/**
 * zod schema of a whole theory-of-change document (`zod/mini`, as
 * {@link NodeSchema}). Parsing with it checks the structure only; use {@link validate} for the graph checks too, and
 * {@link toJsonSchema} for the JSON Schema with a description of every field.
 */
export const DocumentSchema: z.ZodMiniType<TheoryOfChangeDocument> = z.strictObject({ ...documentFields, nodes: z.array(NodeSchema) });

/** The document without its nodes, so that each node can be checked on its own. @internal */
export const DocumentHeaderSchema = z.strictObject({ ...documentFields, nodes: z.array(z.unknown()) });
