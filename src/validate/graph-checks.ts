import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkIndicator } from './check-indicator.js';
import { checkReadingSources } from './check-reading-sources.js';
import type { LooseNode } from './loose-node.js';
import { checkAggregationName } from './graph/check-aggregation-name.js';
import { checkActorOf } from './graph/check-actor-of.js';
import { checkAssessments } from './graph/check-assessments.js';
import { checkAssumptionEvidence } from './graph/check-assumption-evidence.js';
import { checkCycles } from './graph/check-cycles.js';
import { checkDuplicateIds } from './graph/check-duplicate-ids.js';
import { checkGoalReach, reachingGoals } from './graph/check-goal-reach.js';
import { checkLevelOrder } from './graph/check-level-order.js';
import { checkLevels } from './graph/check-levels.js';
import { checkLinks } from './graph/check-links.js';
import { checkNodeLevel } from './graph/check-node-level.js';
import { checkResultTypes } from './graph/check-result-types.js';
import { checkPeriod } from './graph/check-period.js';
import { checkUnlinked } from './graph/check-unlinked.js';
import { checkUnmeasured, markMeasured } from './graph/check-unmeasured.js';
import { checkUnusedAssumptions } from './graph/check-unused-assumptions.js';
import type { DeclaredId } from './graph/declared-id.js';
import { emptyLinks } from './graph/links.js';
import { Placement } from './graph/placement.js';
import { ReferenceChecker } from './graph/reference-checker.js';

/** What the graph pass needs. @internal */
export interface GraphCheckInput {
  /** Level names; `undefined` entries are unusable ones, already reported by the schema. */
  readonly levels: readonly (string | undefined)[] | undefined;
  readonly period: { readonly start: string; readonly end: string } | undefined;
  /** The nodes whose id and kind could be read, in document order. */
  readonly nodes: readonly LooseNode[];
  /** Every id declared, by valid nodes or not, in document order. */
  readonly declared: readonly DeclaredId[];
  /** The names of the aggregation functions registered in code (none by default). */
  readonly aggregationNames?: ReadonlySet<string>;
}

/**
 * The checks that need the whole graph: duplicate ids, references, relation
 * kinds, levels, cycles and the structural warnings. Runs on the nodes that
 * passed the structural checks, so both kinds of problem are reported together.
 * Each check is in its own file under `graph/`; this runs them in a fixed
 * order (the document's header, the ids, each node in document order, then
 * the whole graph), in time linear in the size of the document.
 * @internal
 */
export function graphChecks(input: GraphCheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const levelIndex = checkLevels(input.levels, out);
  checkPeriod(input.period, out);
  const owners = checkDuplicateIds(input.declared, out);

  // The nodes that own their ids become the graph; each node's links are checked and added to it.
  const placement = new Placement(input.nodes, input.declared, owners);
  const links = emptyLinks(placement.nodes.length);
  const references = new ReferenceChecker(owners, placement, out);
  for (let j = 0; j < input.nodes.length; j++) {
    const node = input.nodes[j] as LooseNode;
    const self = placement.selfOf[j] as number;
    checkNodeLevel(node, levelIndex, out);
    checkLinks(node, self === -1 ? undefined : self, references, links, out);
    if (node.valid?.kind === 'indicator') {
      checkIndicator(node.valid, ['nodes', node.index], out, input.period?.end, input.period?.start);
      checkReadingSources(node.valid, ['nodes', node.index], out);
      checkActorOf(node, references);
    }
    checkAssessments(node, out);
    checkAggregationName(node, input.aggregationNames, out);
    checkAssumptionEvidence(node, out);
    checkUnlinked(node, out);
  }
  checkUnusedAssumptions(input.nodes, links.usedAssumptions, out);

  // The whole graph.
  checkCycles(links.up, placement.nodes, out);
  markMeasured(links.up, links.measured);
  const reaches = reachingGoals(placement.nodes, links.down);
  placement.nodes.forEach((result, i) => {
    if (result.kind !== 'goal' && result.kind !== 'objective') return;
    checkUnmeasured(result, links.measured[i] === 1, out);
    checkGoalReach(result, reaches[i] === 1, out);
    checkLevelOrder(result, links.up[i] as number[], levelIndex, placement, out);
    checkResultTypes(result, links.up[i] as number[], placement, out);
  });
  return out;
}
