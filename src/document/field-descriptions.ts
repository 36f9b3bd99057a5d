// What each field of the document format means, as the JSON Schema tells
// editors (shown on hover and in completion), by the path of the field. Only
// toJsonSchema (json-schema.ts) reads these tables, so validating a document
// does not carry them. A field added to the zod schema needs its description
// here: the schema tests fail on a field without one, and toJsonSchema throws
// on a description of a field the schema does not have.

/** A table of descriptions: `key` is the path from where the table applies, `[]` an entry of a list, `|n` the n-th alternative of a union. */
export type Descriptions = { readonly [key: string]: string };

/** Puts `prefix` in front of every key of `table`. */
function under(prefix: string, table: Descriptions): Descriptions {
  return Object.fromEntries(Object.entries(table).map(([key, text]) => [key === '' ? prefix : `${prefix}.${key}`, text]));
}

const META = 'Free-form data (any JSON) for your own tools; the library keeps it but does not use it.';
const NOTE = 'Anything a reader should know.';
const WEIGHT =
  'Relative weight of this link, from 0.000000001 (1e-9) to 1,000,000,000,000,000 (1e15); only the ratios between a node’s weights matter. Default 1.';
const NODE_KIND = 'What sort of node this is: goal, objective, duty-bearer, rights-holder, indicator, assumption or boundary-partner.';
const MEASURE_KIND =
  'What sort of value the indicator records: number, percentage (0–100), boolean (yes/no), scale (ordered levels), markers (Outcome-Mapping progress markers) or qualitative (a finding with a rating).';
const ACTOR_TYPES = 'state, law-enforcement, judiciary, business, international, civil-society, community or other';
const CONTRIBUTED_TO = 'Id of the goal or objective contributed to.';
const MEASURED = 'Id of the goal or objective measured.';

/** A finding, wherever it is written (an assumption's evidence, a link's). */
const EVIDENCE: Descriptions = {
  '': 'A finding: { summary, source, date, stance, strength }. The order of findings carries no meaning: reports list them by date, undated ones last.',
  summary: 'What the finding says, e.g. "Collaborating with existing ILO programmes proved essential."',
  source: 'Where it comes from, e.g. the evaluation or study and its year.',
  date: 'When it was found or published, YYYY-MM-DD.',
  stance: 'Whether it supports or challenges the link or assumption; a finding without one is listed but not weighed.',
  strength: 'How strong it is: weak, moderate or strong (counted 1, 2 and 3 in the balance of evidence). Default: counted as weak.',
};

// Every field carries a short description: editors (VS Code with the YAML extension) show it
// on hover and in completion, so it is written for the people who edit the files.

const DOCUMENT: Descriptions = {
  '': 'A theory of change: goals, objectives, duty bearers, indicators and assumptions.',
  $schema: 'Where editors find the JSON Schema of this format, e.g. "./node_modules/theory-of-change/schema.json".',
  schemaVersion: 'Version of this document format: 1 (the default).',
  id: 'Id of this theory of change as a whole, e.g. "water-2024". Optional; it is not a node, and links do not use it.',
  title: 'Title of the theory of change, e.g. "Clean water for every village".',
  description: 'A longer description of the strategy.',
  organisation: 'The organisation whose theory of change this is.',
  period: 'The period the strategy covers, { start, end }; indicators without their own dates use it for their timelines.',
  'period.start': 'First day of the period, YYYY-MM-DD.',
  'period.end': 'Last day of the period, YYYY-MM-DD; not before the start.',
  levels: 'Level names, top first, e.g. [Impact, Outcome]; a node’s level must be one of them.',
  'levels[]': 'A level name, e.g. "Outcome".',
  maxReadingAge:
    'How old a reading (observation or assessment) may be at the as-of date before reports flag it as old, an ISO 8601 duration: P18M (18 months), P1Y6M, P2W, P90D. Old readings still count. Indicators may set their own.',
  meta: META,
  nodes: 'Every node: goals, objectives, duty bearers, rights holders, boundary partners, indicators and assumptions. Links are written on the node they start from.',
  'nodes[]': 'A node: a goal, objective, duty bearer, rights holder, boundary partner, indicator or assumption, as its kind says.',
};

/** The fields every node has. */
const NODE: Descriptions = {
  kind: NODE_KIND,
  id: 'Unique id of this node in the document, e.g. "wells"; links to this node use it.',
  title: 'Short human title, e.g. "Wells are maintained".',
  description: 'Longer text, e.g. the strategy’s full sentence.',
  ref: 'The organisation’s own numbering, e.g. "1.1" (quote it in YAML).',
  tags: 'Free labels; "illustrative" marks figures that are not from a published source.',
  'tags[]': 'A label.',
  meta: META,
};

/** The fields of goals and objectives. */
const RESULT: Descriptions = {
  ...NODE,
  level: 'One of the document’s levels, e.g. "Outcome"; links must then run from a lower level to a higher one.',
  contributesTo: 'The goals or objectives this node contributes to: ids, or { to, weight, assumptions, note }.',
  'contributesTo[]': 'A goal or objective this node contributes to: its id, or { to, weight, assumptions, note }.',
  'contributesTo[]|0': CONTRIBUTED_TO,
  'contributesTo[]|1': 'A link with details: { to, weight, assumptions, note }.',
  'contributesTo[]|1.to': CONTRIBUTED_TO,
  'contributesTo[]|1.weight': WEIGHT,
  'contributesTo[]|1.assumptions': 'Ids of the assumptions this link rests on; a failing one flags the link.',
  'contributesTo[]|1.assumptions[]': 'Id of an assumption this link rests on.',
  'contributesTo[]|1.note': 'Why this link holds.',
  'contributesTo[]|1.evidence':
    'Findings about whether this link works: [{ summary, source, date, stance, strength }]; a link with only challenging evidence is flagged like one resting on a failing assumption.',
  ...under('contributesTo[]|1.evidence[]', EVIDENCE),
  aggregation:
    'How progress below this node is combined: weighted-mean (default), weakest-link (the lowest input, for necessary conditions), or the name of a function registered in code (e.g. asi-bands).',
  'aggregation|0': 'A built-in aggregation: weighted-mean or weakest-link.',
  'aggregation|1': 'The name of an aggregation function registered in code (the CLI loads them with --aggregations); an unknown name is an error.',
  resultType:
    'Where this sits in the results chain, in the IATI and logframe vocabulary: output (what the work delivers), outcome (the change it brings about) or impact (the long-term change); independent of the level names. Reports group by it.',
  assessments: 'Manual assessments { progress, date, by, note }; each overrides the computed progress from its date on.',
  'assessments[]': 'A manual assessment that overrides the computed progress from its date on.',
  'assessments[].progress': 'Assessed progress, from 0 (baseline) to 1 (achieved).',
  'assessments[].date': 'From when the assessment applies, YYYY-MM-DD; before that date it is ignored.',
  'assessments[].by': 'Who made the assessment.',
  'assessments[].note': 'Why: what the assessment rests on.',
};

/** A baseline, target or observation: `what` it is, and `when` its date means. */
function reading(what: string, when: string): Descriptions {
  return {
    '': what,
    date: `${when} Required unless period is given; with a period, its last day.`,
    period: 'The reporting period the value covers, { start, end } (both days included), e.g. a financial year; the reading is dated by its end, and date may then be left out.',
    'period.start': 'The period’s first day, YYYY-MM-DD.',
    'period.end': 'The period’s last day, YYYY-MM-DD; the reading counts from this day.',
    value:
      'The value, as the measure expects it: a number, a percentage (0–100), true or false, a level name, a list of marker ids, or a finding (text).',
    numerator: 'For percentages: the count the percentage is of, e.g. 30 of 40 people; with denominator it gives the value (100 × numerator / denominator) and adds up correctly across categories.',
    denominator: 'For percentages: the count the percentage is out of, e.g. the 40 of 30 out of 40 people (more than 0).',
    breakdown:
      'The value per category of the indicator’s dimensions: [{ for: { sex: female }, value }]. For numbers and numerator/denominator the parts must add up to the total; where they cover every category, the total may be left out.',
    'breakdown[]': 'One part: { for: { dimension: category }, value } (or numerator and denominator, or a rating).',
    'breakdown[].for': 'The category of each dimension this part is for, e.g. { sex: female } or { sex: female, age: under-18 }.',
    'breakdown[].value': 'The part’s value, as the measure expects it.',
    'breakdown[].numerator': 'For percentages: the count the part’s percentage is of.',
    'breakdown[].denominator': 'For percentages: the count the part’s percentage is out of.',
    'breakdown[].rating': 'For qualitative measures: the part’s rating from 0 to 1.',
    rating: 'For qualitative measures: a rating from 0 (baseline) to 1 (achieved).',
    source: 'Where the value comes from, in a few words; list the documents themselves in sources.',
    sources: 'The documents the value comes from: [{ title, url, date, kind }]; reports number and link them in the order written, so put the main one first.',
    'sources[]': 'A document the value comes from: { title, url, date, kind }.',
    'sources[].title': 'Its title, e.g. "Global Estimates of Modern Slavery 2022".',
    'sources[].url': 'Where to read it: an http:// or https:// address.',
    'sources[].date': 'When it was published, YYYY-MM-DD.',
    'sources[].kind': 'What sort of document it is: survey, administrative (records), evaluation, research, media, monitoring (your own) or other.',
    flags:
      'How sure the value is: illustrative (not from a published source), estimated (your own estimate), provisional (may still change). Reports and diagrams mark each.',
    'flags[]': 'A flag: illustrative, estimated or provisional.',
    note: NOTE,
  };
}

/**
 * The descriptions of the document, and of each node kind and each measure
 * kind, by the `kind` that picks it in its union.
 */
export const DESCRIPTIONS: { readonly [place: string]: Descriptions } = {
  document: DOCUMENT,
  goal: { '': 'A goal: the vision, impact or strategic priority at the top of the theory of change.', ...RESULT },
  objective: { '': 'An objective: an outcome worked towards; one that contributes to another objective is its sub-objective.', ...RESULT },
  'duty-bearer': {
    '': 'A duty bearer: an actor whose responsiveness and accountability the strategy seeks to change.',
    ...NODE,
    actorType: `What sort of actor this is: ${ACTOR_TYPES}.`,
    accountableFor: 'Ids of the goals or objectives whose change depends on this duty bearer.',
    'accountableFor[]': 'Id of a goal or objective whose change depends on this duty bearer.',
  },
  'rights-holder': {
    '': 'A rights holder: people affected by or vulnerable to the problem, whose rights the strategy serves.',
    ...NODE,
    actorType: `What sort of group this is: ${ACTOR_TYPES}. Default community.`,
    benefitsFrom: 'Ids of the goals or objectives meant to benefit these people.',
    'benefitsFrom[]': 'Id of a goal or objective meant to benefit these people.',
  },
  'boundary-partner': {
    '': 'A boundary partner (Outcome Mapping): an actor the programme works with directly and hopes to influence, whose behaviour its progress markers describe.',
    ...NODE,
    actorType: `What sort of actor this is: ${ACTOR_TYPES}.`,
    engagedIn: 'Ids of the goals or objectives the programme engages this partner in.',
    'engagedIn[]': 'Id of a goal or objective the programme engages this partner in.',
  },
  indicator: {
    '': 'An indicator: how change is observed, with a baseline, targets and observations.',
    ...NODE,
    measures: 'The goals or objectives this indicator measures: ids, or { to, weight }.',
    'measures[]': 'A goal or objective this indicator measures: its id, or { to, weight }.',
    'measures[]|0': MEASURED,
    'measures[]|1': 'A link with a weight: { to, weight }.',
    'measures[]|1.to': MEASURED,
    'measures[]|1.weight': WEIGHT,
    measure:
      'What sort of value this indicator records: { kind: number }, { kind: percentage }, { kind: boolean }, { kind: scale, levels }, { kind: markers, markers } or { kind: qualitative }.',
    unit: 'Unit of the numbers, e.g. people or countries.',
    direction: 'Whether going up (increase, the default) or going down (decrease) is progress.',
    combine: 'How observations combine over time: latest (default) takes the latest value; cumulative (numbers only) adds them up.',
    dimensions:
      'What readings may be broken down by, each dimension with its categories, e.g. { sex: [female, male], age: [under-18, adult] }; readings then give a breakdown.',
    ...under('baseline', reading('The starting point: { date, value, source, note }.', 'When the baseline value held, YYYY-MM-DD.')),
    targets: 'Dated targets; the latest is the final target, earlier ones are milestones.',
    ...under('targets[]', reading('A target: { date, value, note }.', 'When the value should be reached, YYYY-MM-DD.')),
    targetsAre:
      'What the targets are: milestones (default) on the way to the final, latest target; or per-period, each the target for its own period (an annual target), judged when that period has ended.',
    observations: 'Dated observations { date, value, source, note }; qualitative findings also need a rating from 0 to 1.',
    ...under('observations[]', reading('An observation: { date, value, source, note }.', 'When the value was observed, YYYY-MM-DD.')),
    frameworks: 'Codes of this indicator in external frameworks, e.g. [{ framework: SDG, code: "8.7.1" }].',
    'frameworks[]': 'A code in an external framework: { framework, code, title }.',
    'frameworks[].framework': 'The framework, e.g. SDG.',
    'frameworks[].code': 'The code within the framework, e.g. "8.7.1" (quote it in YAML).',
    'frameworks[].title': 'The indicator’s name in that framework.',
    source: 'Where the data come from in general.',
    note: NOTE,
    maxReadingAge:
      'How old this indicator’s latest reading may be before reports flag it as old, an ISO 8601 duration: P18M (18 months), P2Y, P90D; overrides the document’s maxReadingAge.',
  },
  assumption: {
    '': 'An assumption: a condition a link needs; links name it in their assumptions.',
    ...NODE,
    status:
      'Current judgement: holds, uncertain or fails; links resting on a failing assumption are flagged. May be left out when there is evidence: it is then argued from the evidence.',
    evidence: 'What the judgement rests on: [{ summary, source, date, stance, strength }].',
    ...under('evidence[]', EVIDENCE),
  },
  number: { '': 'Measure: any number, e.g. people reached.', kind: MEASURE_KIND },
  percentage: { '': 'Measure: a percentage from 0 to 100.', kind: MEASURE_KIND },
  boolean: { '': 'Measure: yes or no, written true or false.', kind: MEASURE_KIND },
  scale: {
    '': 'Measure: one of the ordered levels listed in levels, lowest first.',
    kind: MEASURE_KIND,
    levels: 'The scale’s levels, lowest first (at least two); readings give one of them.',
    'levels[]': 'A level name.',
  },
  markers: {
    '': 'Measure: Outcome-Mapping progress markers; readings list the ids of the markers seen.',
    kind: MEASURE_KIND,
    markers: 'The Outcome-Mapping progress markers, [{ id, grade, title, of }]; observations list the ids of those seen.',
    of: 'Id of the actor (boundary partner, duty bearer or rights holder) whose behaviour the markers describe.',
    'markers[]': 'One progress marker: a behaviour the team expects, would like or would love to see.',
    'markers[].id': 'Id of this marker, unique within the indicator; observations list the ids of the markers seen.',
    'markers[].grade': 'How ambitious the marker is: expect, like or love to see (counted 1, 2 and 3 by default).',
    'markers[].title': 'The behaviour, e.g. "Ministry publishes annual prosecution data".',
    'markers[].of': 'Id of the actor (boundary partner, duty bearer or rights holder) whose behaviour this marker describes, when it is not the one the markers describe as a whole.',
  },
  qualitative: { '': 'Measure: a finding (text) with a rating from 0 to 1.', kind: MEASURE_KIND },
};

/**
 * Optional fields whose description belongs to the value itself rather than
 * to "this field may be left out": their description comes after the value's
 * keywords instead of before them, as in every required field.
 */
export const DESCRIBED_INSIDE: ReadonlySet<string> = new Set(['weight', 'meta', 'baseline']);
