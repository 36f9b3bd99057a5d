import * as z from 'zod';
import type { NodeDocument, TheoryOfChangeDocument } from './types.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './weights.js';

// Every field carries a short description: editors (VS Code with the YAML extension) show it
// on hover and in completion, so it is written for the people who edit the files.

/** An id: non-empty text. Described at each use, since the same text means different things. */
const idText = z.string().min(1);
/** A node's own id. */
const nodeId = idText.describe('Unique id of this node in the document, e.g. "wells"; links to this node use it.');
/** A reference to another node of the document, described by what it must point at. */
const reference = (description: string) => idText.describe(description);
const text = z.string();
const nonEmptyText = z.string().min(1);
const isoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD.');
/** Weights are relative; this range keeps a node's arithmetic faithful (see the progress guide). */
const weight = z
  .number()
  .min(MIN_WEIGHT)
  .max(MAX_WEIGHT)
  .describe(
    'Relative weight of this link, from 0.000000001 (1e-9) to 1,000,000,000,000,000 (1e15); only the ratios between a node’s weights matter. Default 1.',
  );
const meta = z.record(z.string(), z.json()).describe('Free-form data (any JSON) for your own tools; the library keeps it but does not use it.');
const note = text.optional().describe('Anything a reader should know.');

const common = {
  id: nodeId,
  title: nonEmptyText.describe('Short human title, e.g. "Wells are maintained".'),
  description: text.optional().describe('Longer text, e.g. the strategy’s full sentence.'),
  ref: text.optional().describe('The organisation’s own numbering, e.g. "1.1" (quote it in YAML).'),
  tags: z
    .array(text.describe('A label.'))
    .optional()
    .describe('Free labels; "illustrative" marks figures that are not from a published source.'),
  meta: meta.optional(),
};

const resultReference = 'Id of the goal or objective contributed to.';
const contributionRef = z
  .union([
    reference(resultReference),
    z
      .strictObject({
        to: reference(resultReference),
        weight: weight.optional(),
        assumptions: z
          .array(reference('Id of an assumption this link rests on.'))
          .optional()
          .describe('Ids of the assumptions this link rests on; a failing one flags the link.'),
        note: text.optional().describe('Why this link holds.'),
      })
      .describe('A link with details: { to, weight, assumptions, note }.'),
  ])
  .describe('A goal or objective this node contributes to: its id, or { to, weight, assumptions, note }.');

const assessment = z
  .strictObject({
    progress: z.number().min(0).max(1).describe('Assessed progress, from 0 (baseline) to 1 (achieved).'),
    date: isoDate.optional().describe('From when the assessment applies, YYYY-MM-DD; before that date it is ignored.'),
    by: text.optional().describe('Who made the assessment.'),
    note: text.optional().describe('Why: what the assessment rests on.'),
  })
  .describe('A manual assessment that overrides the computed progress from its date on.');

const result = {
  ...common,
  level: text
    .optional()
    .describe('One of the document’s levels, e.g. "Outcome"; links must then run from a lower level to a higher one.'),
  contributesTo: z
    .array(contributionRef)
    .optional()
    .describe('The goals or objectives this node contributes to: ids, or { to, weight, assumptions, note }.'),
  aggregation: z
    .enum(['weighted-mean', 'weakest-link'])
    .optional()
    .describe('How progress below this node is combined: weighted-mean (default), or weakest-link (the lowest input, for necessary conditions).'),
  assessments: z
    .array(assessment)
    .optional()
    .describe('Manual assessments { progress, date, by, note }; each overrides the computed progress from its date on.'),
};

const actorTypes = ['state', 'law-enforcement', 'judiciary', 'business', 'international', 'civil-society', 'community', 'other'] as const;
const actorType = z.enum(actorTypes);
const actorTypeList = 'state, law-enforcement, judiciary, business, international, civil-society, community or other';

const measureKind = <const K extends string>(kind: K) =>
  z
    .literal(kind)
    .describe(
      'What sort of value the indicator records: number, percentage (0–100), boolean (yes/no), scale (ordered levels), markers (Outcome-Mapping progress markers) or qualitative (a finding with a rating).',
    );

const measure = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: measureKind('number') }).describe('Measure: any number, e.g. people reached.'),
    z.strictObject({ kind: measureKind('percentage') }).describe('Measure: a percentage from 0 to 100.'),
    z.strictObject({ kind: measureKind('boolean') }).describe('Measure: yes or no, written true or false.'),
    z
      .strictObject({
        kind: measureKind('scale'),
        levels: z
          .array(nonEmptyText.describe('A level name.'))
          .min(2)
          .describe('The scale’s levels, lowest first (at least two); readings give one of them.'),
      })
      .describe('Measure: one of the ordered levels listed in levels, lowest first.'),
    z
      .strictObject({
        kind: measureKind('markers'),
        markers: z
          .array(
            z
              .strictObject({
                id: idText.describe('Id of this marker, unique within the indicator; observations list the ids of the markers seen.'),
                grade: z
                  .enum(['expect', 'like', 'love'])
                  .describe('How ambitious the marker is: expect, like or love to see (counted 1, 2 and 3 by default).'),
                title: nonEmptyText.describe('The behaviour, e.g. "Ministry publishes annual prosecution data".'),
              })
              .describe('One progress marker: a behaviour the team expects, would like or would love to see.'),
          )
          .min(1)
          .describe('The Outcome-Mapping progress markers, [{ id, grade, title }]; observations list the ids of those seen.'),
      })
      .describe('Measure: Outcome-Mapping progress markers; readings list the ids of the markers seen.'),
    z.strictObject({ kind: measureKind('qualitative') }).describe('Measure: a finding (text) with a rating from 0 to 1.'),
  ])
  .describe(
    'What sort of value this indicator records: { kind: number }, { kind: percentage }, { kind: boolean }, { kind: scale, levels }, { kind: markers, markers } or { kind: qualitative }.',
  );

/** A dated value (baseline, target or observation), with descriptions for its use. */
const reading = (description: string, dateDescription: string) =>
  z
    .strictObject({
      date: isoDate.describe(dateDescription),
      value: z
        .union([z.number(), z.boolean(), z.string(), z.array(z.string())])
        .describe(
          'The value, as the measure expects it: a number, a percentage (0–100), true or false, a level name, a list of marker ids, or a finding (text).',
        ),
      rating: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe('For qualitative measures: a rating from 0 (baseline) to 1 (achieved).'),
      source: text.optional().describe('Where the value comes from.'),
      note,
    })
    .describe(description);

const nodeKind = <const K extends string>(kind: K) =>
  z
    .literal(kind)
    .describe('What sort of node this is: goal, objective, duty-bearer, rights-holder, indicator or assumption.');

const nodeSchemas = {
  goal: z
    .strictObject({ kind: nodeKind('goal'), ...result })
    .describe('A goal: the vision, impact or strategic priority at the top of the theory of change.'),
  objective: z
    .strictObject({ kind: nodeKind('objective'), ...result })
    .describe('An objective: an outcome worked towards; one that contributes to another objective is its sub-objective.'),
  'duty-bearer': z
    .strictObject({
      kind: nodeKind('duty-bearer'),
      ...common,
      actorType: actorType.describe(`What sort of actor this is: ${actorTypeList}.`),
      accountableFor: z
        .array(reference('Id of a goal or objective whose change depends on this duty bearer.'))
        .optional()
        .describe('Ids of the goals or objectives whose change depends on this duty bearer.'),
    })
    .describe('A duty bearer: an actor whose responsiveness and accountability the strategy seeks to change.'),
  'rights-holder': z
    .strictObject({
      kind: nodeKind('rights-holder'),
      ...common,
      actorType: actorType.optional().describe(`What sort of group this is: ${actorTypeList}. Default community.`),
      benefitsFrom: z
        .array(reference('Id of a goal or objective meant to benefit these people.'))
        .optional()
        .describe('Ids of the goals or objectives meant to benefit these people.'),
    })
    .describe('A rights holder: people affected by or vulnerable to the problem, whose rights the strategy serves.'),
  indicator: z
    .strictObject({
      kind: nodeKind('indicator'),
      ...common,
      measures: z
        .array(
          z
            .union([
              reference('Id of the goal or objective measured.'),
              z
                .strictObject({ to: reference('Id of the goal or objective measured.'), weight: weight.optional() })
                .describe('A link with a weight: { to, weight }.'),
            ])
            .describe('A goal or objective this indicator measures: its id, or { to, weight }.'),
        )
        .optional()
        .describe('The goals or objectives this indicator measures: ids, or { to, weight }.'),
      measure,
      unit: text.optional().describe('Unit of the numbers, e.g. people or countries.'),
      direction: z
        .enum(['increase', 'decrease'])
        .optional()
        .describe('Whether going up (increase, the default) or going down (decrease) is progress.'),
      combine: z
        .enum(['latest', 'cumulative'])
        .optional()
        .describe('How observations combine over time: latest (default) takes the latest value; cumulative (numbers only) adds them up.'),
      baseline: reading('The starting point: { date, value, source, note }.', 'When the baseline value held, YYYY-MM-DD.').optional(),
      targets: z
        .array(reading('A target: { date, value, note }.', 'When the value should be reached, YYYY-MM-DD.'))
        .optional()
        .describe('Dated targets; the latest is the final target, earlier ones are milestones.'),
      observations: z
        .array(reading('An observation: { date, value, source, note }.', 'When the value was observed, YYYY-MM-DD.'))
        .optional()
        .describe('Dated observations { date, value, source, note }; qualitative findings also need a rating from 0 to 1.'),
      frameworks: z
        .array(
          z
            .strictObject({
              framework: nonEmptyText.describe('The framework, e.g. SDG.'),
              code: nonEmptyText.describe('The code within the framework, e.g. "8.7.1" (quote it in YAML).'),
              title: text.optional().describe('The indicator’s name in that framework.'),
            })
            .describe('A code in an external framework: { framework, code, title }.'),
        )
        .optional()
        .describe('Codes of this indicator in external frameworks, e.g. [{ framework: SDG, code: "8.7.1" }].'),
      source: text.optional().describe('Where the data come from in general.'),
      note,
    })
    .describe('An indicator: how change is observed, with a baseline, targets and observations.'),
  assumption: z
    .strictObject({
      kind: nodeKind('assumption'),
      ...common,
      status: z
        .enum(['holds', 'uncertain', 'fails'])
        .describe('Current judgement: holds, uncertain or fails; links resting on a failing assumption are flagged.'),
      evidence: z
        .array(
          z
            .strictObject({
              summary: nonEmptyText.describe('What the evidence says.'),
              source: text.optional().describe('Where it comes from.'),
              date: isoDate.optional().describe('When it was found, YYYY-MM-DD.'),
            })
            .describe('A piece of evidence: { summary, source, date }.'),
        )
        .optional()
        .describe('What the judgement rests on: [{ summary, source, date }].'),
    })
    .describe('An assumption: a condition a link needs; links name it in their assumptions.'),
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
export const NodeSchema: z.ZodType<NodeDocument> = z
  .discriminatedUnion('kind', [
    nodeSchemas.goal,
    nodeSchemas.objective,
    nodeSchemas['duty-bearer'],
    nodeSchemas['rights-holder'],
    nodeSchemas.indicator,
    nodeSchemas.assumption,
  ])
  .describe('A node: a goal, objective, duty bearer, rights holder, indicator or assumption, as its kind says.');

const documentFields = {
  $schema: z
    .string()
    .optional()
    .describe('Where editors find the JSON Schema of this format, e.g. "./node_modules/theory-of-change/schema.json".'),
  schemaVersion: z.literal(1).optional().describe('Version of this document format: 1 (the default).'),
  id: idText
    .optional()
    .describe('Id of this theory of change as a whole, e.g. "water-2024". Optional; it is not a node, and links do not use it.'),
  title: nonEmptyText.describe('Title of the theory of change, e.g. "Clean water for every village".'),
  description: text.optional().describe('A longer description of the strategy.'),
  organisation: text.optional().describe('The organisation whose theory of change this is.'),
  period: z
    .strictObject({
      start: isoDate.describe('First day of the period, YYYY-MM-DD.'),
      end: isoDate.describe('Last day of the period, YYYY-MM-DD; not before the start.'),
    })
    .optional()
    .describe('The period the strategy covers, { start, end }; indicators without their own dates use it for their timelines.'),
  levels: z
    .array(nonEmptyText.describe('A level name, e.g. "Outcome".'))
    .optional()
    .describe('Level names, top first, e.g. [Impact, Outcome]; a node’s level must be one of them.'),
  meta: meta.optional(),
};

const nodes = 'Every node: goals, objectives, duty bearers, rights holders, indicators and assumptions. Links are written on the node they start from.';

/**
 * zod schema of a whole theory-of-change document. Parsing with it checks the
 * structure only; use {@link validate} for the graph checks too.
 */
export const DocumentSchema: z.ZodType<TheoryOfChangeDocument> = z
  .strictObject({ ...documentFields, nodes: z.array(NodeSchema).describe(nodes) })
  .describe('A theory of change: goals, objectives, duty bearers, indicators and assumptions.');

/** The document without its nodes, so that each node can be checked on its own. @internal */
export const DocumentHeaderSchema = z.strictObject({ ...documentFields, nodes: z.array(z.unknown()).describe(nodes) });
