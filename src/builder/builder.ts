import type {
  AssumptionDocument,
  BoundaryPartnerDocument,
  DutyBearerDocument,
  EvidenceDocument,
  GoalDocument,
  IndicatorDocument,
  NodeDocument,
  ObjectiveDocument,
  RightsHolderDocument,
  TheoryOfChangeDocument,
} from '../document/types.js';
import type { Model } from '../model/model.js';
import { loadModel } from '../validate/load-model.js';
import { validate, type ValidateOptions, type ValidationResult } from '../validate/validate.js';

/** A contributes-to link whose target and assumptions must be ids declared earlier. */
export type TypedContribution<To extends string, Assumption extends string> =
  | To
  | {
      readonly to: To;
      readonly weight?: number;
      readonly assumptions?: readonly Assumption[];
      readonly note?: string;
      /** Findings that support or challenge the link. */
      readonly evidence?: readonly EvidenceDocument[];
    };

/** A measures link whose target must be a goal or objective declared earlier. */
export type TypedMeasures<To extends string> = To | { readonly to: To; readonly weight?: number };

/** Fields shared by {@link GoalFields} and {@link ObjectiveFields}: links typed by the ids declared so far. */
export type ResultFields<Doc, To extends string, Assumption extends string, Level extends string> = Omit<
  Doc,
  'kind' | 'id' | 'contributesTo' | 'level'
> & {
  readonly level?: Level;
  readonly contributesTo?: readonly TypedContribution<To, Assumption>[];
};

/** Fields of {@link ModelBuilder.goal}: a goal may contribute only to goals declared before it. */
export type GoalFields<Goal extends string, Assumption extends string, Level extends string> = ResultFields<
  GoalDocument,
  Goal,
  Assumption,
  Level
>;

/** Fields of {@link ModelBuilder.objective}: an objective contributes to goals or objectives declared before it. */
export type ObjectiveFields<Result extends string, Assumption extends string, Level extends string> = ResultFields<
  ObjectiveDocument,
  Result,
  Assumption,
  Level
>;

/** Fields of {@link ModelBuilder.dutyBearer}. */
export type DutyBearerFields<Result extends string> = Omit<DutyBearerDocument, 'kind' | 'id' | 'accountableFor'> & {
  readonly accountableFor?: readonly Result[];
};

/** Fields of {@link ModelBuilder.rightsHolder}. */
export type RightsHolderFields<Result extends string> = Omit<RightsHolderDocument, 'kind' | 'id' | 'benefitsFrom'> & {
  readonly benefitsFrom?: readonly Result[];
};

/** Fields of {@link ModelBuilder.boundaryPartner}. */
export type BoundaryPartnerFields<Result extends string> = Omit<BoundaryPartnerDocument, 'kind' | 'id' | 'engagedIn'> & {
  readonly engagedIn?: readonly Result[];
};

/** Fields of {@link ModelBuilder.indicator}. */
export type IndicatorFields<Result extends string> = Omit<IndicatorDocument, 'kind' | 'id' | 'measures'> & {
  readonly measures?: readonly TypedMeasures<Result>[];
};

/** Fields of {@link ModelBuilder.assumption}. */
export type AssumptionFields = Omit<AssumptionDocument, 'kind' | 'id'>;

/** Document fields other than `nodes`, for {@link theoryOfChange}. */
export type HeaderFields<Level extends string> = Omit<TheoryOfChangeDocument, 'nodes' | 'levels'> & {
  readonly levels?: readonly Level[];
};

/** An id not used yet: a repeated id is a compile-time error. */
export type NewId<Id extends string, Used extends string> = Id extends Used ? never : Id;

/**
 * Builds a theory of change in TypeScript. Each call returns a new builder
 * (builders are immutable), and the type remembers every id declared so far,
 * so a link to an id not declared yet, to a node of the wrong kind, or a
 * repeated id, is a compile-time error. Declare what a node points to before
 * the node: goals, then objectives top-down, then indicators and actors.
 * Start one with {@link theoryOfChange}.
 */
export class ModelBuilder<
  Goal extends string = never,
  Result extends string = never,
  Assumption extends string = never,
  Level extends string = never,
  Used extends string = never,
> {
  readonly #header: HeaderFields<string>;
  readonly #previous: ModelBuilder<string, string, string, string, string> | undefined;
  readonly #node: NodeDocument | undefined;

  /** @internal Use {@link theoryOfChange}. */
  constructor(
    header: HeaderFields<string>,
    previous?: ModelBuilder<string, string, string, string, string>,
    node?: NodeDocument,
  ) {
    this.#header = header;
    this.#previous = previous;
    this.#node = node;
  }

  /** Adds an assumption, for links declared after it to rest on. */
  assumption<const Id extends string>(
    id: NewId<Id, Used>,
    fields: AssumptionFields,
  ): ModelBuilder<Goal, Result, Assumption | Id, Level, Used | Id> {
    return this.#add({ kind: 'assumption', id, ...fields });
  }

  /** Adds a goal: a vision, impact or strategic priority. */
  goal<const Id extends string>(
    id: NewId<Id, Used>,
    fields: GoalFields<Goal, Assumption, Level>,
  ): ModelBuilder<Goal | Id, Result | Id, Assumption, Level, Used | Id> {
    return this.#add({ kind: 'goal', id, ...fields } as GoalDocument);
  }

  /** Adds an objective; it may contribute to goals and objectives declared before it. */
  objective<const Id extends string>(
    id: NewId<Id, Used>,
    fields: ObjectiveFields<Result, Assumption, Level>,
  ): ModelBuilder<Goal, Result | Id, Assumption, Level, Used | Id> {
    return this.#add({ kind: 'objective', id, ...fields } as ObjectiveDocument);
  }

  /** Adds a duty bearer, accountable for goals or objectives declared before it. */
  dutyBearer<const Id extends string>(
    id: NewId<Id, Used>,
    fields: DutyBearerFields<Result>,
  ): ModelBuilder<Goal, Result, Assumption, Level, Used | Id> {
    return this.#add({ kind: 'duty-bearer', id, ...fields });
  }

  /** Adds a rights holder, benefiting from goals or objectives declared before it. */
  rightsHolder<const Id extends string>(
    id: NewId<Id, Used>,
    fields: RightsHolderFields<Result>,
  ): ModelBuilder<Goal, Result, Assumption, Level, Used | Id> {
    return this.#add({ kind: 'rights-holder', id, ...fields });
  }

  /**
   * Adds a boundary partner (Outcome Mapping: an actor the programme works
   * with directly), engaged in goals or objectives declared before it.
   * A markers indicator names it in its measure's `of`.
   */
  boundaryPartner<const Id extends string>(
    id: NewId<Id, Used>,
    fields: BoundaryPartnerFields<Result>,
  ): ModelBuilder<Goal, Result, Assumption, Level, Used | Id> {
    return this.#add({ kind: 'boundary-partner', id, ...fields });
  }

  /** Adds an indicator, measuring goals or objectives declared before it. */
  indicator<const Id extends string>(
    id: NewId<Id, Used>,
    fields: IndicatorFields<Result>,
  ): ModelBuilder<Goal, Result, Assumption, Level, Used | Id> {
    return this.#add({ kind: 'indicator', id, ...fields });
  }

  /** The document built so far, nodes in the order they were added. */
  toDocument(): TheoryOfChangeDocument {
    const nodes: NodeDocument[] = [];
    for (let b: ModelBuilder<string, string, string, string, string> | undefined = this; b !== undefined; b = b.#previous) {
      if (b.#node !== undefined) nodes.push(b.#node);
    }
    return { ...this.#header, nodes: nodes.reverse() };
  }

  /** Validates what was built; see {@link validate}. */
  validate(options?: ValidateOptions): ValidationResult {
    return validate(this.toDocument(), options);
  }

  /** The model, or a thrown {@link TheoryOfChangeError} with every diagnostic; see {@link loadModel}. */
  build(options?: ValidateOptions): Model {
    return loadModel(this.toDocument(), options);
  }

  #add<B>(node: NodeDocument): B {
    return new ModelBuilder(this.#header, this as ModelBuilder<string, string, string, string, string>, node) as B;
  }
}

/**
 * Starts a {@link ModelBuilder}. Name the levels here (top first) to have
 * `level` checked at compile time.
 *
 * @example
 * ```ts
 * const model = theoryOfChange({ title: 'Clean water', levels: ['Impact', 'Outcome'] })
 *   .goal('impact', { title: 'Every village has clean water', level: 'Impact' })
 *   .objective('wells', { title: 'Wells are maintained', level: 'Outcome', contributesTo: ['impact'] })
 *   .indicator('working-wells', {
 *     title: 'Share of wells working',
 *     measure: { kind: 'percentage' },
 *     measures: ['wells'],
 *     baseline: { date: '2024-01-01', value: 40 },
 *     targets: [{ date: '2026-12-31', value: 90 }],
 *   })
 *   .build();
 * ```
 */
export function theoryOfChange<const Level extends string = never>(
  header: HeaderFields<Level>,
): ModelBuilder<never, never, never, Level, never> {
  return new ModelBuilder(header);
}
