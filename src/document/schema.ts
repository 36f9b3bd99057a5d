import * as z from 'zod';
import { ISO_DURATION_PATTERN } from './durations.js';
import type { NodeDocument, TheoryOfChangeDocument } from './types.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './weights.js';

// The structure only. What each field means, as editors show it on hover, is
// written in json-schema.ts next to the path of the field: the descriptions are
// needed only for the JSON Schema, so validating a document does not carry them.

/** An id: non-empty text. */
const idText = z.string().min(1);
const text = z.string();
const nonEmptyText = z.string().min(1);
const isoDate = z.iso.date();
/** Weights are relative; this range keeps a node's arithmetic faithful (see the progress guide). */
const weight = z.number().min(MIN_WEIGHT).max(MAX_WEIGHT);
const meta = z.record(z.string(), z.json());
/** An age limit: an ISO 8601 duration of whole years, months, weeks and days, e.g. P18M. */
const duration = z.string().regex(new RegExp(ISO_DURATION_PATTERN));

const common = {
  id: idText,
  title: nonEmptyText,
  description: text.optional(),
  ref: text.optional(),
  tags: z.array(text).optional(),
  meta: meta.optional(),
};

/** A finding for or against an assumption or a link. */
const evidence = z.strictObject({
  summary: nonEmptyText,
  source: text.optional(),
  date: isoDate.optional(),
  stance: z.enum(['supports', 'challenges']).optional(),
  strength: z.enum(['weak', 'moderate', 'strong']).optional(),
});

const contributionRef = z.union([
  idText,
  z.strictObject({
    to: idText,
    weight: weight.optional(),
    assumptions: z.array(idText).optional(),
    note: text.optional(),
    evidence: z.array(evidence).optional(),
  }),
]);

const assessment = z.strictObject({
  progress: z.number().min(0).max(1),
  date: isoDate.optional(),
  by: text.optional(),
  note: text.optional(),
});

const result = {
  ...common,
  level: text.optional(),
  contributesTo: z.array(contributionRef).optional(),
  // A built-in name, or the name of a function registered in code (checked by validate against the names it is given).
  aggregation: z.union([z.enum(['weighted-mean', 'weakest-link']), nonEmptyText]).optional(),
  resultType: z.enum(['output', 'outcome', 'impact']).optional(),
  assessments: z.array(assessment).optional(),
};

const actorType = z.enum(['state', 'law-enforcement', 'judiciary', 'business', 'international', 'civil-society', 'community', 'other']);

const measure = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('number') }),
  z.strictObject({ kind: z.literal('percentage') }),
  z.strictObject({ kind: z.literal('boolean') }),
  z.strictObject({ kind: z.literal('scale'), levels: z.array(nonEmptyText).min(2) }),
  z.strictObject({
    kind: z.literal('markers'),
    markers: z.array(z.strictObject({ id: idText, grade: z.enum(['expect', 'like', 'love']), title: nonEmptyText, of: idText.optional() })).min(1),
    of: idText.optional(),
  }),
  z.strictObject({ kind: z.literal('qualitative') }),
]);

const indicatorValue = z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]);

/** One part of a reading, for one category of each dimension it names. */
const breakdownEntry = z.strictObject({
  for: z.record(nonEmptyText, nonEmptyText),
  value: indicatorValue.optional(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  rating: z.number().min(0).max(1).optional(),
});

/** A document a reading comes from. Whether its url is http(s) is checked by validation, with a diagnostic of its own. */
const sourceDocument = z.strictObject({
  title: nonEmptyText,
  url: text.optional(),
  date: isoDate.optional(),
  kind: z.enum(['survey', 'administrative', 'evaluation', 'research', 'media', 'monitoring', 'other']).optional(),
});

/** A dated value: a baseline, target or observation. */
const reading = z.strictObject({
  date: isoDate.optional(),
  period: z.strictObject({ start: isoDate, end: isoDate }).optional(),
  value: indicatorValue.optional(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  breakdown: z.array(breakdownEntry).optional(),
  rating: z.number().min(0).max(1).optional(),
  source: text.optional(),
  sources: z.array(sourceDocument).optional(),
  flags: z.array(z.enum(['illustrative', 'estimated', 'provisional'])).optional(),
  note: text.optional(),
});

const nodeSchemas = [
  z.strictObject({ kind: z.literal('goal'), ...result }),
  z.strictObject({ kind: z.literal('objective'), ...result }),
  z.strictObject({
    kind: z.literal('duty-bearer'),
    ...common,
    actorType,
    accountableFor: z.array(idText).optional(),
  }),
  z.strictObject({
    kind: z.literal('rights-holder'),
    ...common,
    actorType: actorType.optional(),
    benefitsFrom: z.array(idText).optional(),
  }),
  z.strictObject({
    kind: z.literal('indicator'),
    ...common,
    measures: z.array(z.union([idText, z.strictObject({ to: idText, weight: weight.optional() })])).optional(),
    measure,
    unit: text.optional(),
    direction: z.enum(['increase', 'decrease']).optional(),
    combine: z.enum(['latest', 'cumulative']).optional(),
    dimensions: z.record(nonEmptyText, z.array(nonEmptyText).min(1)).optional(),
    baseline: reading.optional(),
    targets: z.array(reading).optional(),
    targetsAre: z.enum(['milestones', 'per-period']).optional(),
    observations: z.array(reading).optional(),
    frameworks: z.array(z.strictObject({ framework: nonEmptyText, code: nonEmptyText, title: text.optional() })).optional(),
    source: text.optional(),
    note: text.optional(),
    maxReadingAge: duration.optional(),
  }),
  z.strictObject({
    kind: z.literal('assumption'),
    ...common,
    // Required unless there is evidence to argue it from (checked by validate: assumption-status-missing).
    status: z.enum(['holds', 'uncertain', 'fails']).optional(),
    evidence: z.array(evidence).optional(),
  }),
  z.strictObject({
    kind: z.literal('boundary-partner'),
    ...common,
    actorType: actorType.optional(),
    engagedIn: z.array(idText).optional(),
  }),
] as const;

/** The node kinds a document may contain, in the order they are documented (boundary partners, added later, last). */
export const NODE_KINDS = ['goal', 'objective', 'duty-bearer', 'rights-holder', 'indicator', 'assumption', 'boundary-partner'] as const;

/**
 * zod schema of one node, discriminated on `kind`. It checks structure only:
 * the descriptions of its fields are in the JSON Schema ({@link toJsonSchema}).
 *
 * @example
 * ```ts
 * NodeSchema.parse({ kind: 'goal', id: 'vision', title: 'A world free from slavery' });
 * ```
 */
export const NodeSchema: z.ZodType<NodeDocument> = z.discriminatedUnion('kind', nodeSchemas);

const documentFields = {
  $schema: z.string().optional(),
  schemaVersion: z.literal(1).optional(),
  id: idText.optional(),
  title: nonEmptyText,
  description: text.optional(),
  organisation: text.optional(),
  period: z.strictObject({ start: isoDate, end: isoDate }).optional(),
  levels: z.array(nonEmptyText).optional(),
  maxReadingAge: duration.optional(),
  meta: meta.optional(),
};

/**
 * zod schema of a whole theory-of-change document. Parsing with it checks the
 * structure only; use {@link validate} for the graph checks too, and
 * {@link toJsonSchema} for the JSON Schema with a description of every field.
 */
export const DocumentSchema: z.ZodType<TheoryOfChangeDocument> = z.strictObject({ ...documentFields, nodes: z.array(NodeSchema) });

/** The document without its nodes, so that each node can be checked on its own. @internal */
export const DocumentHeaderSchema = z.strictObject({ ...documentFields, nodes: z.array(z.unknown()) });
