/**
 * Options of {@link toMermaid} and {@link toMarkdownReport}.
 *
 * @module
 */
import type { ProgressReportData } from '../progress/types.js';

/**
 * The direction the diagram flows in: `BT` bottom to top (preconditions below,
 * the goal on top: the usual way to read a theory of change), `TB` top to
 * bottom, `LR` left to right, `RL` right to left.
 */
export type FlowDirection = 'BT' | 'TB' | 'LR' | 'RL';

/**
 * How nodes are grouped in Mermaid subgraphs:
 * - `none`: no grouping;
 * - `level`: one subgraph per level of the document's `levels`, holding the
 *   goals and objectives of that level;
 * - `key-objective`: one subgraph per key objective (an objective that
 *   contributes directly to a goal), holding it, the objectives below it
 *   (one below several key objectives joins the first in reading order, by `ref` as people number them) and the
 *   indicators, duty bearers and assumptions that link only into that group.
 */
export type Grouping = 'none' | 'level' | 'key-objective';

/**
 * One of your own subgraphs, for {@link MermaidOptions.group}: its title and
 * the ids of the nodes drawn inside it. Plain data: `memberGroups` of a
 * coalition gives a list of these, one per member.
 *
 * @example
 * ```ts
 * const groups: NodeGroup[] = [{ title: 'Advocacy', ids: ['ko1', 'so1-1'] }, { title: 'Research', ids: ['ko2'] }];
 * toMermaid(model, undefined, { group: groups });
 * ```
 */
export interface NodeGroup {
  /** The subgraph's title, shown as written (escaped) on one line: Mermaid widens the subgraph to fit it, whereas a title on several lines would cover the nodes below it. */
  readonly title: string;
  /** Ids of the model's nodes to draw inside the subgraph. */
  readonly ids: readonly string[];
}

/**
 * Which way to walk from {@link MermaidOptions.focus}: `below` (what contributes
 * to it), `above` (what it contributes to) or `both`.
 */
export type FocusDirection = 'below' | 'above' | 'both';

/**
 * Options of {@link toMermaid} (and of the diagram in {@link "theory-of-change/report"!toMarkdownReport}),
 * all optional: `toMermaid(model)` alone gives a bottom-up diagram of the
 * goals, objectives, duty bearers and rights holders. The progress report is
 * the functions' own argument, before the options.
 *
 * @example
 * ```ts
 * toMermaid(model, undefined, { focus: 'ko1', depth: 1, direction: 'LR', wrap: 24 });
 * ```
 */
export interface MermaidOptions {
  /** Flow direction. Default `'BT'` (bottom-up: from preconditions to the goal). */
  readonly direction?: FlowDirection;
  /**
   * Subgraph grouping: a {@link Grouping}, or your own subgraphs, a list of
   * {@link NodeGroup}s. Default `'none'`.
   *
   * With your own subgraphs, one subgraph per group that has a node drawn, in
   * the order of the list (a group with nothing drawn is left out):
   * - each node listed in one group is drawn inside it (an actor drawn in
   *   several places: each of its copies);
   * - a node listed in two groups or more, or in none, is drawn outside them
   *   all; an indicator, duty bearer, rights holder, boundary partner or
   *   assumption listed nowhere joins a group when everything it links to is in
   *   that group, as with `'key-objective'`;
   * - an id that is not a node of the model throws an Error; one the diagram
   *   does not draw (see {@link MermaidOptions.focus}) is ignored.
   *
   * Each subgraph's id is `u` and seven characters from `[0-9a-z]` derived from
   * its title (a second group with the same title adds `_2`, and so on), so it
   * never clashes with a node id or the legend and stays the same when other
   * groups are added. The same model and groups give byte-identical text
   * whatever the order of the nodes in the document (or of the ids in a group).
   */
  readonly group?: Grouping | readonly NodeGroup[];
  /**
   * Whether indicators are drawn, each linked to what it measures. Default
   * `false`: a diagram of the causal chain stays readable; {@link "theory-of-change/report"!toMarkdownReport}
   * lists the indicators in a table.
   */
  readonly indicators?: boolean;
  /** Whether duty bearers are drawn, each linked to what it is accountable for. Default `true`. */
  readonly dutyBearers?: boolean;
  /** Whether rights holders are drawn, each linked to what benefits them. Default `true`. */
  readonly rightsHolders?: boolean;
  /** Whether boundary partners are drawn, each linked to what it is engaged in. Default `true`. */
  readonly boundaryPartners?: boolean;
  /**
   * Whether assumptions are drawn as nodes, on the links they qualify: a
   * contributes-to link resting on assumptions runs through them
   * (`contributor --- assumption --> result`; links to the same result resting
   * on the same assumptions share those nodes). Default `false`: links resting
   * on a failing assumption are marked either way (see
   * {@link MermaidOptions.markFailingAssumptions}).
   */
  readonly assumptions?: boolean;
  /**
   * Whether contributes-to links resting on an assumption whose status is
   * `fails` (or that the progress report lists as failing) are drawn red and
   * dashed with the label "⚠ assumption fails". Default `true`.
   */
  readonly markFailingAssumptions?: boolean;
  /** Whether contributes-to links with a weight other than 1 are labelled with it. Default `false`. */
  readonly weights?: boolean;
  /**
   * Id of a goal or objective to centre the diagram on: only it and what lies
   * below and/or above it (see {@link MermaidOptions.focusDirection}) are drawn,
   * with their indicators, actors and assumptions. Default: the whole model.
   */
  readonly focus?: string;
  /** Which way to walk from {@link MermaidOptions.focus}. Default `'below'`. */
  readonly focusDirection?: FocusDirection;
  /**
   * How many contributes-to steps to walk from the focus, or down from the top
   * of the chain when there is no focus (`0`: the focus, or the top, alone).
   * A non-negative integer. Default: no limit.
   */
  readonly depth?: number;
  /**
   * Wrap labels at spaces into lines of at most this many characters (a longer
   * word stays whole: nothing is cut), or `false` to keep each label on one
   * line. Newlines in titles always start a new line. Default `24` (about the 200 pixels Mermaid itself wraps at).
   */
  readonly wrap?: number | false;
  /**
   * Shorten titles longer than this many characters, at a space where possible,
   * ending them with "…"; or `false` to keep titles whole. The only option that
   * cuts text. Default `false`.
   */
  readonly maxTitleLength?: number | false;
  /**
   * With a progress report: whether to add a "Legend" subgraph with one node per
   * status. Default `true`.
   */
  readonly legend?: boolean;
}

/** {@link MermaidOptions} with every default applied, and the report drawn, if any. @internal */
export interface ResolvedMermaidOptions {
  readonly report: ProgressReportData | undefined;
  readonly direction: FlowDirection;
  readonly group: Grouping | readonly NodeGroup[];
  readonly indicators: boolean;
  readonly dutyBearers: boolean;
  readonly rightsHolders: boolean;
  readonly boundaryPartners: boolean;
  readonly assumptions: boolean;
  readonly markFailingAssumptions: boolean;
  readonly weights: boolean;
  readonly focus: string | undefined;
  readonly focusDirection: FocusDirection;
  readonly depth: number;
  readonly wrap: number | false;
  readonly maxTitleLength: number | false;
  readonly legend: boolean;
}

const DIRECTIONS: readonly FlowDirection[] = ['BT', 'TB', 'LR', 'RL'];
const GROUPINGS: readonly Grouping[] = ['none', 'level', 'key-objective'];
const FOCUS_DIRECTIONS: readonly FocusDirection[] = ['below', 'above', 'both'];

/**
 * Applies the defaults and checks the values a type cannot check.
 * @throws RangeError on an unknown direction or grouping, a negative or
 *   fractional depth, or a wrap width or title length below 1.
 * @internal
 */
export function resolveMermaidOptions(options: MermaidOptions = {}, report?: ProgressReportData): ResolvedMermaidOptions {
  const direction = options.direction ?? 'BT';
  const group = options.group ?? 'none';
  const focusDirection = options.focusDirection ?? 'below';
  const depth = options.depth ?? Number.POSITIVE_INFINITY;
  const wrap = options.wrap ?? 24;
  const maxTitleLength = options.maxTitleLength ?? false;
  if (!DIRECTIONS.includes(direction)) fail(`direction must be one of ${DIRECTIONS.join(', ')}`);
  if (Array.isArray(group)) {
    if (!group.every(isNodeGroup)) fail('group must be one of none, level, key-objective or a list of { title, ids } with a string title and a list of string ids');
  } else if (!GROUPINGS.includes(group as Grouping)) fail(`group must be one of ${GROUPINGS.join(', ')}, or a list of { title, ids }`);
  if (!FOCUS_DIRECTIONS.includes(focusDirection)) fail(`focusDirection must be one of ${FOCUS_DIRECTIONS.join(', ')}`);
  if (depth !== Number.POSITIVE_INFINITY && !(Number.isInteger(depth) && depth >= 0)) {
    fail('depth must be a non-negative integer');
  }
  if (wrap !== false && !(Number.isInteger(wrap) && wrap >= 1)) fail('wrap must be false or an integer of at least 1');
  if (maxTitleLength !== false && !(Number.isInteger(maxTitleLength) && maxTitleLength >= 2)) {
    fail('maxTitleLength must be false or an integer of at least 2');
  }
  return {
    report,
    direction,
    // A copy of your own groups: changing the list afterwards changes no diagram.
    group: Array.isArray(group) ? group.map((g: NodeGroup) => ({ title: g.title, ids: [...g.ids] })) : group,
    indicators: options.indicators ?? false,
    dutyBearers: options.dutyBearers ?? true,
    rightsHolders: options.rightsHolders ?? true,
    boundaryPartners: options.boundaryPartners ?? true,
    assumptions: options.assumptions ?? false,
    markFailingAssumptions: options.markFailingAssumptions ?? true,
    weights: options.weights ?? false,
    focus: options.focus,
    focusDirection,
    depth,
    wrap,
    maxTitleLength,
    legend: options.legend ?? true,
  };
}

function isNodeGroup(value: unknown): value is NodeGroup {
  if (typeof value !== 'object' || value === null) return false;
  const { title, ids } = value as { readonly title?: unknown; readonly ids?: unknown };
  return typeof title === 'string' && Array.isArray(ids) && ids.every((id) => typeof id === 'string');
}

function fail(message: string): never {
  throw new RangeError(`theory-of-change: toMermaid: ${message}.`);
}
