import * as z from 'zod';
import type { NodeDocument, TheoryOfChangeDocument } from './types.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './weights.js';

const id = z.string().min(1).describe('An id defined by a node of this document.');
const text = z.string();
const isoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD.');
/** Weights are relative; this range keeps a node's arithmetic faithful (see the progress guide). */
const weight = z
  .number()
  .min(MIN_WEIGHT)
  .max(MAX_WEIGHT)
  .describe('Relative weight, from 0.000000001 (1e-9) to 1,000,000,000,000,000 (1e15). Default 1.');
const meta = z.record(z.string(), z.json()).describe('Free-form data.');

const common = {
  id,
  title: z.string().min(1).describe('Short human title.'),
  description: text.optional(),
  ref: text.optional().describe('The organisation’s own numbering, e.g. "1.1".'),
  tags: z.array(text).optional(),
  meta: meta.optional(),
};

const contributionRef = z.union([
  id,
  z.strictObject({
    to: id,
    weight: weight.optional(),
    assumptions: z.array(id).optional(),
    note: text.optional(),
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
  aggregation: z.enum(['weighted-mean', 'weakest-link']).optional(),
  assessments: z.array(assessment).optional(),
};

const actorType = z.enum(['state', 'law-enforcement', 'judiciary', 'business', 'international', 'civil-society', 'community', 'other']);

const measure = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('number') }),
  z.strictObject({ kind: z.literal('percentage') }),
  z.strictObject({ kind: z.literal('boolean') }),
  z.strictObject({ kind: z.literal('scale'), levels: z.array(z.string().min(1)).min(2) }),
  z.strictObject({
    kind: z.literal('markers'),
    markers: z
      .array(z.strictObject({ id, grade: z.enum(['expect', 'like', 'love']), title: z.string().min(1) }))
      .min(1),
  }),
  z.strictObject({ kind: z.literal('qualitative') }),
]);

const reading = z.strictObject({
  date: isoDate,
  value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]),
  rating: z.number().min(0).max(1).optional(),
  source: text.optional(),
  note: text.optional(),
});

const nodeSchemas = {
  goal: z.strictObject({ kind: z.literal('goal'), ...result }),
  objective: z.strictObject({ kind: z.literal('objective'), ...result }),
  'duty-bearer': z.strictObject({
    kind: z.literal('duty-bearer'),
    ...common,
    actorType,
    accountableFor: z.array(id).optional(),
  }),
  'rights-holder': z.strictObject({
    kind: z.literal('rights-holder'),
    ...common,
    actorType: actorType.optional(),
    benefitsFrom: z.array(id).optional(),
  }),
  indicator: z.strictObject({
    kind: z.literal('indicator'),
    ...common,
    measures: z.array(z.union([id, z.strictObject({ to: id, weight: weight.optional() })])).optional(),
    measure,
    unit: text.optional(),
    direction: z.enum(['increase', 'decrease']).optional(),
    combine: z.enum(['latest', 'cumulative']).optional(),
    baseline: reading.optional(),
    targets: z.array(reading).optional(),
    observations: z.array(reading).optional(),
    frameworks: z
      .array(z.strictObject({ framework: z.string().min(1), code: z.string().min(1), title: text.optional() }))
      .optional(),
    source: text.optional(),
    note: text.optional(),
  }),
  assumption: z.strictObject({
    kind: z.literal('assumption'),
    ...common,
    status: z.enum(['holds', 'uncertain', 'fails']),
    evidence: z
      .array(z.strictObject({ summary: z.string().min(1), source: text.optional(), date: isoDate.optional() }))
      .optional(),
  }),
} as const;

/** The node kinds a document may contain, in the order they are documented. */
export const NODE_KINDS = ['goal', 'objective', 'duty-bearer', 'rights-holder', 'indicator', 'assumption'] as const;

/**
 * zod schema of one node, discriminated on `kind`.
 *
 * @example
 * ```ts
 * NodeSchema.parse({ kind: 'goal', id: 'vision', title: 'A world free from slavery' });
 * ```
 */
export const NodeSchema: z.ZodType<NodeDocument> = z.discriminatedUnion('kind', [
  nodeSchemas.goal,
  nodeSchemas.objective,
  nodeSchemas['duty-bearer'],
  nodeSchemas['rights-holder'],
  nodeSchemas.indicator,
  nodeSchemas.assumption,
]);

const documentFields = {
  $schema: z.string().optional(),
  schemaVersion: z.literal(1).optional(),
  id: id.optional(),
  title: z.string().min(1),
  description: text.optional(),
  organisation: text.optional(),
  period: z.strictObject({ start: isoDate, end: isoDate }).optional(),
  levels: z.array(z.string().min(1)).optional(),
  meta: meta.optional(),
};

/**
 * zod schema of a whole theory-of-change document. Parsing with it checks the
 * structure only; use {@link validate} for the graph checks too.
 */
export const DocumentSchema: z.ZodType<TheoryOfChangeDocument> = z
  .strictObject({ ...documentFields, nodes: z.array(NodeSchema) })
  .describe('A theory of change: goals, objectives, duty bearers, indicators and assumptions.');

/** The document without its nodes, so that each node can be checked on its own. @internal */
export const DocumentHeaderSchema = z.strictObject({ ...documentFields, nodes: z.array(z.unknown()) });
