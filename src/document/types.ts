/**
 * The theory-of-change document format: plain JSON-compatible data that reads
 * well in YAML and diffs well in git. Dates are ISO calendar dates (`YYYY-MM-DD`).
 *
 * @module
 */

/** A calendar date written `YYYY-MM-DD`, e.g. `"2018-12-31"`. */
export type IsoDate = string;

/**
 * A length of time written as an ISO 8601 duration of whole years, months,
 * weeks and days, in that order: `P18M` (18 months), `P1Y6M`, `P2W`, `P90D`.
 * Times of day (`PT12H`) and fractions (`P1.5Y`) are not part of the format.
 */
export type IsoDuration = string;

/** Any JSON value, for free-form `meta`. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Free-form data a tool or team attaches to a node or the document. */
export type Meta = { readonly [key: string]: JsonValue };

/** Fields every node has. */
export interface NodeBase {
  /** Unique id within the document, used by every reference. */
  readonly id: string;
  /** Short human title. */
  readonly title: string;
  /** Longer explanation. */
  readonly description?: string;
  /** The organisation's own numbering, e.g. `"1.1"`. */
  readonly ref?: string;
  /** Free labels, e.g. `["illustrative"]`. */
  readonly tags?: readonly string[];
  /** Free-form data. */
  readonly meta?: Meta;
}

/**
 * A contributes-to link written on the contributing node: either the target id,
 * or an object with a weight and the assumptions the link rests on.
 *
 * @example
 * ```yaml
 * contributesTo:
 *   - ko1
 *   - { to: ko2, weight: 2, assumptions: [gov-willing] }
 * ```
 */
export type ContributionRef =
  | string
  | {
      /** Id of the objective or goal contributed to. */
      readonly to: string;
      /** Relative weight, from 10⁻⁹ to 10¹⁵. Default 1. */
      readonly weight?: number;
      /** Ids of the assumptions this link rests on. */
      readonly assumptions?: readonly string[];
      /** Why this link holds. */
      readonly note?: string;
      /** Findings (from evaluations, studies…) that support or challenge this link. */
      readonly evidence?: readonly EvidenceDocument[];
    };

/** A measures link written on an indicator: the target id, or `{ to, weight }`. */
export type MeasuresRef =
  | string
  | {
      /** Id of the objective or goal measured. */
      readonly to: string;
      /** Relative weight, from 10⁻⁹ to 10¹⁵. Default 1. */
      readonly weight?: number;
    };

/**
 * How a goal or objective combines what lies below it:
 * `weighted-mean` (default) or `weakest-link` (the minimum: for necessary conditions).
 */
export type AggregationName = 'weighted-mean' | 'weakest-link';

/**
 * What a goal's or objective's `aggregation` may say: a built-in
 * {@link AggregationName}, or the name of a function registered in code
 * (the `functions` option of the roll-up, or the CLI's `--aggregations` module),
 * e.g. `asi-bands`.
 */
export type AggregationRef = AggregationName | (string & Record<never, never>);

/** A manual assessment that overrides the computed progress of a goal or objective. */
export interface AssessmentDocument {
  /** Progress between 0 (baseline) and 1 (achieved). */
  readonly progress: number;
  /** From when the assessment applies; before that date it is ignored. */
  readonly date?: IsoDate;
  /** Who assessed. */
  readonly by?: string;
  /** Why. */
  readonly note?: string;
}

/**
 * Where a goal or objective sits in the results chain, in the IATI and
 * logframe vocabulary: an `output` (what the work delivers), an `outcome`
 * (the change it brings about) or an `impact` (the long-term change it
 * contributes to). Independent of the document's own `levels`.
 */
export type ResultType = 'output' | 'outcome' | 'impact';

/** Fields shared by goals and objectives (the results chain). */
export interface ResultBase extends NodeBase {
  /** Name of one of the document's `levels`. */
  readonly level?: string;
  /** Output, outcome or impact, whatever the level is called. */
  readonly resultType?: ResultType;
  /** What this node contributes to. */
  readonly contributesTo?: readonly ContributionRef[];
  /** How progress below this node is combined: a built-in name or a registered function's. Default: the model-wide default. */
  readonly aggregation?: AggregationRef;
  /** Manual assessments overriding the computed progress, by date. */
  readonly assessments?: readonly AssessmentDocument[];
}

/** The vision, impact or strategic priority at the top of a theory of change. */
export interface GoalDocument extends ResultBase {
  readonly kind: 'goal';
}

/** An outcome the organisation works towards; one that contributes to another objective is its sub-objective. */
export interface ObjectiveDocument extends ResultBase {
  readonly kind: 'objective';
}

/** What sort of actor a duty bearer or rights holder is. */
export type ActorType =
  | 'state'
  | 'law-enforcement'
  | 'judiciary'
  | 'business'
  | 'international'
  | 'civil-society'
  | 'community'
  | 'other';

/**
 * An actor whose responsiveness and accountability the strategy seeks to change:
 * a national government, the judiciary, businesses, the international community…
 */
export interface DutyBearerDocument extends NodeBase {
  readonly kind: 'duty-bearer';
  /** What sort of actor this is. */
  readonly actorType: ActorType;
  /** Ids of the goals or objectives whose change depends on this duty bearer. */
  readonly accountableFor?: readonly string[];
}

/** People whose rights the strategy serves, e.g. people affected by or vulnerable to slavery. */
export interface RightsHolderDocument extends NodeBase {
  readonly kind: 'rights-holder';
  /** What sort of group this is. Default `community`. */
  readonly actorType?: ActorType;
  /** Ids of the goals or objectives meant to benefit them. */
  readonly benefitsFrom?: readonly string[];
}

/**
 * Outcome Mapping's boundary partner: an actor the programme works with
 * directly and hopes to influence, whose behaviour its progress markers
 * describe, e.g. a ministry's labour inspectorate or a business association.
 */
export interface BoundaryPartnerDocument extends NodeBase {
  readonly kind: 'boundary-partner';
  /** What sort of actor this is. */
  readonly actorType?: ActorType;
  /** Ids of the goals or objectives the programme engages this partner in. */
  readonly engagedIn?: readonly string[];
}

/** Outcome-Mapping progress marker grades, from the least to the most ambitious. */
export type MarkerGrade = 'expect' | 'like' | 'love';

/** One Outcome-Mapping progress marker: a behaviour the team expects, would like or would love to see. */
export interface ProgressMarker {
  /** Id unique within the indicator, used by observations. */
  readonly id: string;
  /** `expect`, `like` or `love` to see. */
  readonly grade: MarkerGrade;
  /** The behaviour, e.g. "Ministry publishes annual prosecution data". */
  readonly title: string;
  /** Id of the actor (boundary partner, duty bearer or rights holder) whose behaviour this is, when it differs from the measure's. */
  readonly of?: string;
}

/**
 * What an indicator measures, discriminated on `kind`:
 * - `number`: any finite number; `percentage`: 0–100;
 * - `boolean`: yes/no; `scale`: one of the ordered `levels` (lowest first);
 * - `markers`: the Outcome-Mapping progress markers observed;
 * - `qualitative`: a finding with a `rating` between 0 and 1.
 */
export type Measure =
  | { readonly kind: 'number' }
  | { readonly kind: 'percentage' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'scale'; readonly levels: readonly string[] }
  | {
      readonly kind: 'markers';
      readonly markers: readonly ProgressMarker[];
      /** Id of the actor (boundary partner, duty bearer or rights holder) whose behaviour the markers describe. */
      readonly of?: string;
    }
  | { readonly kind: 'qualitative' };

/**
 * A value as the indicator's measure expects it: a number (`number`, `percentage`),
 * a boolean (`boolean`), a level name (`scale`), marker ids (`markers`) or a finding (`qualitative`).
 */
export type IndicatorValue = number | boolean | string | readonly string[];

/** What sort of document a source is. */
export type SourceKind = 'survey' | 'administrative' | 'evaluation' | 'research' | 'media' | 'monitoring' | 'other';

/** A document a reading comes from, e.g. a survey report or an annual review. */
export interface SourceDocument {
  /** Its title, e.g. "Global Estimates of Modern Slavery 2022". */
  readonly title: string;
  /** Where to read it: an `http:` or `https:` address. */
  readonly url?: string;
  /** When it was published. */
  readonly date?: IsoDate;
  /** What sort of document it is. */
  readonly kind?: SourceKind;
}

/**
 * How sure a reading is: `illustrative` (not from a published source, e.g.
 * invented for a demonstration), `estimated` (the writer's own estimate) or
 * `provisional` (may still change).
 */
export type ReadingFlag = 'illustrative' | 'estimated' | 'provisional';

/**
 * One part of a reading: the value for one category of each dimension it
 * names, e.g. `{ for: { sex: female }, value: 120 }` or
 * `{ for: { sex: female, age: under-18 }, numerator: 30, denominator: 40 }`.
 */
export interface BreakdownEntry {
  /** The category of each dimension this part is for: `{ dimension: category }`. */
  readonly for: { readonly [dimension: string]: string };
  /** The part's value, as the measure expects it. */
  readonly value?: IndicatorValue;
  /** For `percentage` measures: the count the percentage is of (its value is 100 × numerator / denominator). */
  readonly numerator?: number;
  /** For `percentage` measures: the count the percentage is out of. */
  readonly denominator?: number;
  /** For `qualitative` measures: the part's rating between 0 and 1. */
  readonly rating?: number;
}

/** One category of each of some of an indicator's dimensions, e.g. `{ sex: 'female' }` or `{ sex: 'female', age: 'under-18' }`. */
export type CategoryFilter = { readonly [dimension: string]: string };

/** A reporting period: from `start` to `end`, both days included. */
export interface ReadingPeriod {
  /** Its first day. */
  readonly start: IsoDate;
  /** Its last day. */
  readonly end: IsoDate;
}

/**
 * A dated value: baseline, target or observation. It is dated by its `date`,
 * or, with a `period`, by the period's last day (see {@link readingDate}).
 */
export interface ReadingDocument {
  /** When the value held. Required unless `period` is given; with one, its last day. */
  readonly date?: IsoDate;
  /** The reporting period the value covers (both days included), as donors and IATI report it; the reading counts from its end. */
  readonly period?: ReadingPeriod;
  /**
   * The value, as the measure expects it. Required unless `numerator` and
   * `denominator` give it, or a `breakdown` of an additive measure covers every
   * combination of its categories (the value is then their sum).
   */
  readonly value?: IndicatorValue;
  /** For `percentage` measures: the count the percentage is of; with `denominator`, the value is 100 × numerator / denominator. */
  readonly numerator?: number;
  /** For `percentage` measures: the count the percentage is out of. */
  readonly denominator?: number;
  /** The value per category of the indicator's `dimensions`, alongside or instead of the total. */
  readonly breakdown?: readonly BreakdownEntry[];
  /** For `qualitative` measures: the rating between 0 (baseline) and 1 (achieved). */
  readonly rating?: number;
  /** Where the value comes from. */
  readonly source?: string;
  /** The documents the value comes from, each with its title, link, date and kind. */
  readonly sources?: readonly SourceDocument[];
  /** How sure the value is: illustrative, estimated or provisional. */
  readonly flags?: readonly ReadingFlag[];
  /** Anything a reader should know. */
  readonly note?: string;
}

/** A code in an external framework, e.g. `{ framework: "SDG", code: "8.7.1" }`. */
export interface FrameworkCode {
  /** The framework, e.g. `SDG`. */
  readonly framework: string;
  /** The code within it. */
  readonly code: string;
  /** Its name in that framework. */
  readonly title?: string;
}

/** How an indicator's observations combine over time: the `latest` value, or the `cumulative` sum. */
export type Combine = 'latest' | 'cumulative';

/**
 * What an indicator's targets are: `milestones` on the way to the final
 * (latest) target, or each the target for its own `per-period` (an annual
 * target, say), judged when its period has ended.
 */
export type TargetsAre = 'milestones' | 'per-period';

/** How change is observed. */
export interface IndicatorDocument extends NodeBase {
  readonly kind: 'indicator';
  /** The goals or objectives this indicator measures. */
  readonly measures?: readonly MeasuresRef[];
  /** What sort of value it records. */
  readonly measure: Measure;
  /** Unit of numeric values, e.g. `people`. */
  readonly unit?: string;
  /** Whether going up (`increase`, default) or down (`decrease`) is progress. */
  readonly direction?: 'increase' | 'decrease';
  /** How observations combine over time. Default `latest`. */
  readonly combine?: Combine;
  /**
   * The dimensions its readings may be broken down by, each with its
   * categories, e.g. `{ sex: [female, male], age: [under-18, adult] }`.
   */
  readonly dimensions?: { readonly [dimension: string]: readonly string[] };
  /** The starting point. */
  readonly baseline?: ReadingDocument;
  /** Dated targets (milestones); the last one is the final target. */
  readonly targets?: readonly ReadingDocument[];
  /** Whether the targets are `milestones` towards the final one (default) or each the target of its own period (`per-period`). */
  readonly targetsAre?: TargetsAre;
  /** Dated observations. */
  readonly observations?: readonly ReadingDocument[];
  /** Codes in external frameworks (e.g. SDG indicator 8.7.1). */
  readonly frameworks?: readonly FrameworkCode[];
  /** Where the data come from in general. */
  readonly source?: string;
  /** Anything a reader should know. */
  readonly note?: string;
  /**
   * How old a reading may be before it is flagged as old, an ISO 8601
   * duration such as `P18M` or `P2Y`; overrides the document's
   * `maxReadingAge` for this indicator.
   */
  readonly maxReadingAge?: IsoDuration;
}

/** Whether a finding `supports` or `challenges` the link or assumption it is written on. */
export type EvidenceStance = 'supports' | 'challenges';

/** How strong a finding is: `weak`, `moderate` or `strong` (counted 1, 2 and 3 in the balance of evidence). */
export type EvidenceStrength = 'weak' | 'moderate' | 'strong';

/**
 * A finding for or against an assumption or a contributes-to link, e.g.
 * from an evaluation.
 *
 * @example
 * ```yaml
 * evidence:
 *   - summary: Collaborating with existing ILO programmes proved essential.
 *     source: Final evaluation, 2019
 *     date: 2019-06-30
 *     stance: supports
 *     strength: strong
 * ```
 */
export interface EvidenceDocument {
  /** What the evidence says. */
  readonly summary: string;
  /** Where it comes from. */
  readonly source?: string;
  /** When it was found. */
  readonly date?: IsoDate;
  /** Whether it supports or challenges the link or assumption; a finding without one is listed but not weighed. */
  readonly stance?: EvidenceStance;
  /** How strong it is; a finding without one counts as weak. */
  readonly strength?: EvidenceStrength;
}

/** Whether an assumption `holds`, is `uncertain`, or `fails`. */
export type AssumptionStatus = 'holds' | 'uncertain' | 'fails';

/** A condition that must hold for a contributes-to link to work. */
export interface AssumptionDocument extends NodeBase {
  readonly kind: 'assumption';
  /** Current judgement. May be left out when there is evidence: it is then argued from the evidence (see the progress guide). */
  readonly status?: AssumptionStatus;
  /** What the judgement rests on. */
  readonly evidence?: readonly EvidenceDocument[];
}

/** Any node of a theory-of-change document, discriminated on `kind`. */
export type NodeDocument =
  | GoalDocument
  | ObjectiveDocument
  | DutyBearerDocument
  | RightsHolderDocument
  | BoundaryPartnerDocument
  | IndicatorDocument
  | AssumptionDocument;

/** The kinds of node. */
export type NodeKind = NodeDocument['kind'];

/** A goal or an objective: the nodes progress rolls up through. */
export type ResultDocument = GoalDocument | ObjectiveDocument;

/**
 * A whole theory of change.
 *
 * @example
 * ```yaml
 * title: Clean water for every village
 * levels: [Impact, Outcome]
 * nodes:
 *   - { kind: goal, id: impact, title: Every village has clean water, level: Impact }
 *   - kind: objective
 *     id: wells
 *     title: Wells are maintained
 *     level: Outcome
 *     contributesTo: [impact]
 * ```
 */
export interface TheoryOfChangeDocument {
  /** Where editors find the JSON Schema. */
  readonly $schema?: string;
  /** Version of this format. Default 1. */
  readonly schemaVersion?: 1;
  /** Id of the theory of change itself. */
  readonly id?: string;
  /** Its title. */
  readonly title: string;
  /** A longer description. */
  readonly description?: string;
  /** The organisation whose theory of change it is. */
  readonly organisation?: string;
  /** The period the strategy covers. */
  readonly period?: { readonly start: IsoDate; readonly end: IsoDate };
  /** Level names, top first, e.g. `[Vision, Strategic priority, Key objective, Sub-objective]`. */
  readonly levels?: readonly string[];
  /**
   * How old a reading (an observation, or a manual assessment) may be at the
   * as-of date before it is flagged as old, an ISO 8601 duration such as
   * `P18M` (18 months), `P1Y6M`, `P2W` or `P90D`. Old readings still count;
   * reports mark them and give each goal and objective its `recentCoverage`.
   */
  readonly maxReadingAge?: IsoDuration;
  /** Free-form data. */
  readonly meta?: Meta;
  /** All nodes. Relations are written on the node they start from. */
  readonly nodes: readonly NodeDocument[];
}
