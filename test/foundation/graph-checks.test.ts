/** The graph pass (src/validate/graph-checks.ts) and its pieces in src/validate/graph/, called directly. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/index.js';
import { NodeSchema } from '../../src/document/schema.js';
import { graphChecks, type GraphCheckInput } from '../../src/validate/graph-checks.js';
import { looseNode, type LooseNode } from '../../src/validate/loose-node.js';
import { checkDuplicateIds } from '../../src/validate/graph/check-duplicate-ids.js';
import { reachingGoals } from '../../src/validate/graph/check-goal-reach.js';
import { checkLevelOrder } from '../../src/validate/graph/check-level-order.js';
import { markMeasured } from '../../src/validate/graph/check-unmeasured.js';
import type { DeclaredId } from '../../src/validate/graph/declared-id.js';
import { Placement } from '../../src/validate/graph/placement.js';
import { SmallSet } from '../../src/validate/graph/small-set.js';

type Raw = Record<string, unknown>;

/** The graph pass's input for raw nodes, read as `validate` reads them. */
function inputOf(nodes: readonly Raw[], header: { levels?: readonly string[]; period?: { start: string; end: string } } = {}): GraphCheckInput {
  const declared: DeclaredId[] = [];
  const loose: LooseNode[] = [];
  nodes.forEach((raw, index) => {
    if (typeof raw.id === 'string' && raw.id !== '') declared.push({ id: raw.id, kind: typeof raw.kind === 'string' ? raw.kind : undefined, index });
    const parsed = NodeSchema.safeParse(raw);
    const node = looseNode(raw, index, parsed.success ? parsed.data : undefined);
    if (node !== undefined) loose.push(node);
  });
  return { levels: header.levels, period: header.period, nodes: loose, declared };
}

const codeAndPath = (d: Diagnostic): string => `${d.code} ${d.path.join('.')}`;
const objective = (id: string, level: string | undefined, contributesTo: readonly unknown[]): Raw => ({ kind: 'objective', id, title: id, level, contributesTo });

describe('graphChecks', () => {
  it('reports the header, then the ids, then each node in document order, then the whole graph', () => {
    const input = inputOf(
      [
        { kind: 'goal', id: 'g', title: 'Goal', level: 'Impact' },
        objective('a', 'Outcome', ['g', 'g', 'missing', 'i']),
        objective('a', 'Nowhere', ['g']),
        { kind: 'indicator', id: 'i', title: 'Indicator', measure: { kind: 'boolean' }, measures: [] },
        { kind: 'duty-bearer', id: 'd', title: 'Ministry', accountableFor: [] },
        { kind: 'assumption', id: 's', title: 'Used twice on one link', status: 'holds' },
        objective('b', 'Outcome', [{ to: 'c', assumptions: ['s', 's', 'nope'] }]),
        objective('c', 'Outcome', ['b']),
        { kind: 'assumption', id: 'u', title: 'Unused', status: 'holds' },
      ],
      { levels: ['Impact', 'Outcome', 'Impact'], period: { start: '2024-01-01', end: '2023-12-31' } },
    );
    const out = graphChecks(input);
    expect(out.map(codeAndPath)).toEqual([
      'duplicate-level levels.2',
      'invalid-period period',
      'duplicate-id nodes.2.id',
      'duplicate-relation nodes.1.contributesTo.1',
      'unknown-reference nodes.1.contributesTo.2',
      'wrong-relation-kind nodes.1.contributesTo.3',
      'unknown-level nodes.2.level',
      'missing-target nodes.3',
      'indicator-unlinked nodes.3',
      'duty-bearer-unlinked nodes.4',
      'duplicate-relation nodes.6.contributesTo.0.assumptions.1',
      'unknown-reference nodes.6.contributesTo.0.assumptions.2',
      'assumption-unused nodes.8',
      'cycle nodes.6.contributesTo',
      'unmeasured-objective nodes.0',
      'unmeasured-objective nodes.1',
      'unmeasured-objective nodes.6',
      'goal-unreachable nodes.6',
      'level-order nodes.6.contributesTo.0.to',
      'unmeasured-objective nodes.7',
      'goal-unreachable nodes.7',
      'level-order nodes.7.contributesTo.0',
    ]);
    expect(out.find((d) => d.code === 'cycle')).toMatchObject({ ids: ['b', 'c'], message: 'Contributes-to links form a loop: "b" → "c" → "b". A result cannot, through others, contribute to itself.' });
    expect(out.find((d) => d.code === 'duplicate-id')?.message).toBe('Nodes 2 and 3 both have the id "a"; every node needs its own id.');
  });

  it('suggests an id for the first hundred unknown references only', () => {
    const nodes = [{ kind: 'goal', id: 'impact', title: 'Impact' }, ...Array.from({ length: 101 }, (_, k) => objective(`o${k}`, undefined, ['impcat']))];
    const unknown = graphChecks(inputOf(nodes)).filter((d) => d.code === 'unknown-reference');
    expect(unknown).toHaveLength(101);
    expect(unknown[0]?.message).toBe('Objective "o0" contributes to "impcat", but no node has the id "impcat". Did you mean "impact"?');
    expect(unknown.filter((d) => d.message.endsWith('Did you mean "impact"?'))).toHaveLength(100);
    expect(unknown[100]?.message).toBe('Objective "o100" contributes to "impcat", but no node has the id "impcat".');
  });

  it('checks the level order of a result with few and with many contributes-to links alike', () => {
    const levels = ['Impact', 'Outcome', 'Output', 'Activity'];
    for (const count of [3, 12]) {
      const targets = Array.from({ length: count }, (_, k) => objective(`t${k}`, k === 1 ? 'Output' : k === count - 1 ? 'Activity' : 'Outcome', []));
      const input = inputOf([...targets, objective('o', 'Output', [...targets.map((t) => t.id), 'not-there'])], { levels });
      const levelOrder = graphChecks(input).filter((d) => d.code === 'level-order');
      expect(levelOrder.map((d) => [d.path, d.ids])).toEqual([
        [['nodes', count, 'contributesTo', 1], ['o', 't1']],
        [['nodes', count, 'contributesTo', count - 1], ['o', `t${count - 1}`]],
      ]);
    }
  });
});

describe('graph pieces', () => {
  it('places the first node to declare an id, not the later ones', () => {
    const { nodes, declared } = inputOf([objective('x', undefined, []), objective('y', undefined, []), objective('x', undefined, []), objective('z', undefined, [])]);
    const out: Diagnostic[] = [];
    const owners = checkDuplicateIds(declared, out);
    expect([...owners.owns]).toEqual([1, 1, 0, 1]);
    expect(out.map(codeAndPath)).toEqual(['duplicate-id nodes.2.id']);
    const placement = new Placement(nodes, declared, owners);
    expect(placement.nodes.map((n) => n.index)).toEqual([0, 1, 3]);
    expect([...placement.selfOf]).toEqual([0, 1, -1, 2]);
    expect([placement.ofId('x'), placement.ofId('z'), placement.ofId('w')]).toEqual([0, 2, undefined]);
  });

  it('marks measured results up the contributes-to links, and the results that reach a goal down them', () => {
    // 0 goal ← 1 ← 2, 3 → 1; 4 stands alone (contributes to nothing); an indicator measures 2 and 4.
    const up = [[], [0], [1], [1], []];
    const down = [[1], [2, 3], [], [], []];
    const measured = Uint8Array.from([0, 0, 1, 0, 1]);
    markMeasured(up, measured);
    expect([...measured]).toEqual([1, 1, 1, 0, 1]);
    const placed = ['goal', 'objective', 'objective', 'objective', 'objective'].map((kind, index) => ({ id: `n${index}`, kind, index, level: undefined, refs: [], valid: undefined }) as LooseNode);
    expect([...reachingGoals(placed, down)]).toEqual([1, 1, 1, 1, 0]);
  });

  it('finds level-order problems only among links in the graph', () => {
    const input = inputOf([objective('high', 'Outcome', []), objective('low', 'Outcome', ['high'])], { levels: ['Impact', 'Outcome'] });
    const out: Diagnostic[] = [];
    const owners = checkDuplicateIds(input.declared, out);
    const placement = new Placement(input.nodes, input.declared, owners);
    const levelIndex = new Map([['Impact', 0], ['Outcome', 1]]);
    checkLevelOrder(input.nodes[1] as LooseNode, [], levelIndex, placement, out);
    expect(out).toEqual([]);
    checkLevelOrder(input.nodes[1] as LooseNode, [0], levelIndex, placement, out);
    expect(out.map(codeAndPath)).toEqual(['level-order nodes.1.contributesTo.0']);
  });

  it('keeps a small set as a list and a large one as a Set, with the same answers', () => {
    for (const size of [3, 20]) {
      const set = new SmallSet(size);
      for (let k = 0; k < size; k++) set.add(`v${k}`);
      expect([set.has('v0'), set.has(`v${size - 1}`), set.has(`v${size}`), set.has('')]).toEqual([true, true, false, false]);
    }
  });
});
