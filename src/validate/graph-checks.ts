import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { nodeLabel } from '../diagnostics/describe.js';
import type { NodeKind } from '../document/types.js';
import { suggestion } from '../diagnostics/did-you-mean.js';
import { checkIndicator } from './check-indicator.js';
import { assessmentContent, checkSameDate, showAssessment } from './check-same-date.js';
import { findCycles } from './find-cycles.js';
import type { LooseNode } from './loose-node.js';

/** Unknown references that get a "did you mean": finding one looks at every id, so only the first few do. */
const MAX_SUGGESTIONS = 100;

/** An id declared by any node, valid or not, with the kind it claims. @internal */
export interface DeclaredId {
  readonly id: string;
  readonly kind: string | undefined;
  readonly index: number;
}

/** What the graph pass needs. @internal */
export interface GraphCheckInput {
  /** Level names; `undefined` entries are unusable ones, already reported by the schema. */
  readonly levels: readonly (string | undefined)[] | undefined;
  readonly period: { readonly start: string; readonly end: string } | undefined;
  readonly nodes: readonly LooseNode[];
  readonly declared: readonly DeclaredId[];
}

const RESULT_KINDS: readonly NodeKind[] = ['goal', 'objective'];
const GOAL_KINDS: readonly NodeKind[] = ['goal'];
const ASSUMPTION_KINDS: readonly NodeKind[] = ['assumption'];

/** A set of strings for the few references of one node: a list while short (no hashing), a `Set` beyond. */
class SmallSet {
  readonly #list: string[] = [];
  readonly #set: Set<string> | undefined;

  constructor(size: number) {
    this.#set = size > 8 ? new Set() : undefined;
  }

  has(value: string): boolean {
    return this.#set === undefined ? this.#list.includes(value) : this.#set.has(value);
  }

  add(value: string): void {
    if (this.#set === undefined) this.#list.push(value);
    else this.#set.add(value);
  }
}

/**
 * The checks that need the whole graph: duplicate ids, references, relation
 * kinds, levels, cycles and the structural warnings. Runs on the nodes that
 * passed the structural checks, so both kinds of problem are reported together.
 * @internal
 */
export function graphChecks(input: GraphCheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: Diagnostic['code'], severity: Diagnostic['severity'], path: DocumentPath, ids: readonly string[], message: string): void => {
    out.push({ code, severity, path, ids, message });
  };

  // Levels and period.
  const levelIndex = new Map<string, number>();
  input.levels?.forEach((level, i) => {
    if (level === undefined) return;
    if (levelIndex.has(level)) push('duplicate-level', 'error', ['levels', i], [], `The level "${level}" is listed twice.`);
    else levelIndex.set(level, i);
  });
  if (input.period !== undefined && input.period.end < input.period.start) {
    push('invalid-period', 'error', ['period'], [], `The period ends (${input.period.end}) before it starts (${input.period.start}).`);
  }

  // Ids: the first node to declare an id owns it.
  const owner = new Map<string, DeclaredId>();
  const owns = new Uint8Array(input.declared.length);
  for (let k = 0; k < input.declared.length; k++) {
    const declared = input.declared[k] as DeclaredId;
    const first = owner.get(declared.id);
    if (first === undefined) {
      owner.set(declared.id, declared);
      owns[k] = 1;
    } else {
      push(
        'duplicate-id',
        'error',
        ['nodes', declared.index, 'id'],
        [declared.id],
        `Nodes ${first.index + 1} and ${declared.index + 1} both have the id "${declared.id}"; every node needs its own id.`,
      );
    }
  }

  // Graph positions for the valid owners of their ids, kept on the owners' entries (one lookup finds both).
  // By the document index of the owning node: -1 when that node is not placed.
  let size = 0;
  for (const declared of input.declared) size = Math.max(size, declared.index + 1);
  const graphIndex = new Int32Array(size).fill(-1);
  const placed: LooseNode[] = [];
  const selfOf = new Int32Array(input.nodes.length).fill(-1);
  // Nodes and declared ids both come in document order, and every node declares its id: walk them together.
  let k = 0;
  for (let j = 0; j < input.nodes.length; j++) {
    const p = input.nodes[j] as LooseNode;
    while (k < input.declared.length && ((input.declared[k] as DeclaredId).index < p.index || (input.declared[k] as DeclaredId).id !== p.id)) k++;
    const owned = k < input.declared.length && (input.declared[k] as DeclaredId).index === p.index ? owns[k] === 1 : owner.get(p.id)?.index === p.index;
    if (owned) {
      graphIndex[p.index] = placed.length;
      selfOf[j] = placed.length;
      placed.push(p);
    }
  }
  /** The graph position of the node that owns an id, if it is placed. */
  const placedOf = (declared: DeclaredId | undefined): number | undefined => {
    const at = declared === undefined ? -1 : (graphIndex[declared.index] ?? -1);
    return at === -1 ? undefined : at;
  };
  const placedIndex = (id: string): number | undefined => placedOf(owner.get(id));
  const up: number[][] = placed.map(() => []);
  const down: number[][] = placed.map(() => []);
  const measured = new Uint8Array(placed.length);
  const usedAssumptions = new Set<string>();
  let suggested = 0;

  /** Checks one reference; returns the target's graph index when it is a valid node of an allowed kind. */
  const reference = (
    from: LooseNode,
    to: string,
    allowed: readonly NodeKind[],
    path: () => DocumentPath,
    relation: string,
  ): number | undefined => {
    const target = owner.get(to);
    if (target === undefined) {
      // Suggest an id of a kind the relation can reach, for the first few only: each looks at every id.
      const fitting = function* (): Generator<string> {
        for (const [id, declared] of owner) if (declared.kind !== undefined && (allowed as readonly string[]).includes(declared.kind)) yield id;
      };
      const hint = suggested++ < MAX_SUGGESTIONS ? suggestion(to, fitting()) : '';
      push('unknown-reference', 'error', path(), [from.id, to], `${nodeLabel(from.kind, from.id)} ${relation} "${to}", but no node has the id "${to}".${hint}`);
      return undefined;
    }
    if (target.kind === undefined || !(allowed as readonly string[]).includes(target.kind)) {
      if (target.kind !== undefined && isKnownKind(target.kind)) {
        push(
          'wrong-relation-kind',
          'error',
          path(),
          [from.id, to],
          `${nodeLabel(from.kind, from.id)} ${relation} ${nodeLabel(target.kind, to)}, but ${withArticle(kindName(from.kind))} can only link this way to ${allowed.map((k) => `${kindName(k)}s`).join(' or ')}.`,
        );
      }
      return undefined;
    }
    return placedOf(target);
  };

  const VERB: Readonly<Record<NodeKind, string>> = {
    goal: 'contributes to',
    objective: 'contributes to',
    indicator: 'measures',
    'duty-bearer': 'is accountable for',
    'rights-holder': 'benefits from',
    assumption: '',
  };
  for (let j = 0; j < input.nodes.length; j++) {
    const p = input.nodes[j] as LooseNode;
    // Labels and paths are made only for diagnostics: a valid document needs none.
    const label = (): string => nodeLabel(p.kind, p.id);
    const selfAt = selfOf[j] as number;
    const self = selfAt === -1 ? undefined : selfAt;
    if (p.level !== undefined && !levelIndex.has(p.level)) {
      push(
        'unknown-level',
        'error',
        ['nodes', p.index, 'level'],
        [p.id],
        levelIndex.size === 0
          ? `${label()} is at level "${p.level}", but the document lists no levels.`
          : `${label()} is at level "${p.level}", which is not one of the document's levels (${[...levelIndex.keys()].map((l) => `"${l}"`).join(', ')}).${suggestion(p.level, levelIndex.keys())}`,
      );
    }
    const allowed: readonly NodeKind[] = p.kind === 'goal' ? GOAL_KINDS : RESULT_KINDS;
    const seen = new SmallSet(p.refs.length);
    for (const ref of p.refs) {
      if (seen.has(ref.to)) {
        push('duplicate-relation', 'error', ref.path, [p.id, ref.to], `${label()} ${VERB[p.kind]} "${ref.to}" twice.`);
        continue;
      }
      seen.add(ref.to);
      const target = reference(p, ref.to, allowed, () => ref.path, VERB[p.kind]);
      if (target !== undefined && self !== undefined) {
        if (p.kind === 'indicator') measured[target] = 1;
        else if (p.kind === 'goal' || p.kind === 'objective') {
          up[self]?.push(target);
          down[target]?.push(self);
        }
      }
      if (ref.assumptions.length === 0) continue;
      const seenAssumptions = new SmallSet(ref.assumptions.length);
      for (const assumption of ref.assumptions) {
        usedAssumptions.add(assumption.id);
        if (seenAssumptions.has(assumption.id)) {
          push(
            'duplicate-relation',
            'error',
            assumption.path,
            [p.id, ref.to, assumption.id],
            `${label()} rests its link to "${ref.to}" on the assumption "${assumption.id}" twice.`,
          );
          continue;
        }
        seenAssumptions.add(assumption.id);
        reference(p, assumption.id, ASSUMPTION_KINDS, () => assumption.path, `rests its link to "${ref.to}" on`);
      }
    }
    if (p.valid?.kind === 'indicator') checkIndicator(p.valid, ['nodes', p.index], out, input.period?.end);
    if ((p.valid?.kind === 'goal' || p.valid?.kind === 'objective') && p.valid.assessments !== undefined) {
      const list = { label: label(), ids: [p.id], at: ['nodes', p.index, 'assessments'], noun: 'assessments', additive: false } as const;
      checkSameDate(p.valid.assessments, list, (a) => a.date, assessmentContent, showAssessment, out);
    }
    if (p.kind === 'indicator' && p.refs.length === 0) {
      push('indicator-unlinked', 'warning', ['nodes', p.index], [p.id], `${label()} measures nothing; link it to a goal or objective with "measures".`);
    }
    if (p.kind === 'duty-bearer' && p.refs.length === 0) {
      push('duty-bearer-unlinked', 'warning', ['nodes', p.index], [p.id], `${label()} is accountable for nothing; list the objectives that depend on it in "accountableFor".`);
    }
  }

  for (const p of input.nodes) {
    if (p.kind === 'assumption' && !usedAssumptions.has(p.id)) {
      push('assumption-unused', 'warning', ['nodes', p.index], [p.id], `${nodeLabel('assumption', p.id)} underpins no link; name it in a link's "assumptions" or remove it.`);
    }
  }

  // Cycles in contributes-to.
  for (const cycle of findCycles(up)) {
    const ids = cycle.map((i) => (placed[i] as LooseNode).id);
    const first = placed[cycle[0] as number] as LooseNode;
    const loop = ids.map((id) => `"${id}"`).join(' → ');
    push(
      'cycle',
      'error',
      ['nodes', first.index, 'contributesTo'],
      ids.slice(0, -1),
      `Contributes-to links form a loop: ${loop}. A result cannot, through others, contribute to itself.`,
    );
  }

  // Unmeasured results: no indicator at or below.
  const queue: number[] = [];
  measured.forEach((m, i) => {
    if (m === 1) queue.push(i);
  });
  for (let head = 0; head < queue.length; head++) {
    for (const parent of up[queue[head] as number] as number[]) {
      if (measured[parent] === 0) {
        measured[parent] = 1;
        queue.push(parent);
      }
    }
  }
  // Objectives reaching no goal.
  const reaches = new Uint8Array(placed.length);
  const goals: number[] = [];
  placed.forEach((p, i) => {
    if (p.kind === 'goal') {
      reaches[i] = 1;
      goals.push(i);
    }
  });
  for (let head = 0; head < goals.length; head++) {
    for (const child of down[goals[head] as number] as number[]) {
      if (reaches[child] === 0) {
        reaches[child] = 1;
        goals.push(child);
      }
    }
  }
  placed.forEach((p, i) => {
    const { index } = p;
    if (p.kind !== 'goal' && p.kind !== 'objective') return;
    const label = (): string => nodeLabel(p.kind, p.id);
    if (measured[i] === 0) {
      push('unmeasured-objective', 'warning', ['nodes', index], [p.id], `${label()} has no indicator measuring it or anything that contributes to it, so its progress cannot be known.`);
    }
    if (p.kind === 'objective' && reaches[i] === 0) {
      push('goal-unreachable', 'warning', ['nodes', index], [p.id], `${label()} contributes to no goal, directly or through other objectives.`);
    }
    const from = p.level === undefined ? undefined : levelIndex.get(p.level);
    if (from === undefined) return;
    for (const ref of p.refs) {
      const t = placedIndex(ref.to);
      const target = t === undefined ? undefined : placed[t];
      if (target === undefined || (up[i] as number[]).indexOf(t as number) === -1) continue;
      const toIndex = target.level === undefined ? undefined : levelIndex.get(target.level);
      if (toIndex !== undefined && toIndex >= from) {
        push(
          'level-order',
          'warning',
          ref.path,
          [p.id, target.id],
          `${label()} (level "${p.level}") contributes to ${nodeLabel(target.kind, target.id)} (level "${target.level}"), but links must run from a lower level to a higher one.`,
        );
      }
    }
  });
  return out;
}

function isKnownKind(kind: string): kind is NodeKind {
  return ['goal', 'objective', 'duty-bearer', 'rights-holder', 'indicator', 'assumption'].includes(kind);
}

function kindName(kind: NodeKind): string {
  return kind.replace('-', ' ');
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
