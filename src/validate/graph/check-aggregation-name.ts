import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { AGGREGATION_CODE } from '../../model/model-index.js';
import type { LooseNode } from '../loose-node.js';
import { report } from './report.js';

const BUILT_IN = Object.keys(AGGREGATION_CODE);

/**
 * The `unknown-aggregation` diagnostic of a goal or objective at document
 * position `index` whose `aggregation` names a function that is neither built
 * in nor among `registered`; `undefined` when the name is known. Shared by
 * {@link validate} and the roll-up, which throws it.
 * @internal
 */
export function unknownAggregation(kind: string, id: string, index: number, name: string, registered: Iterable<string>): Diagnostic | undefined {
  if (BUILT_IN.includes(name)) return undefined;
  const names = [...registered];
  if (names.includes(name)) return undefined;
  const guess = didYouMean(name, [...BUILT_IN, ...names]);
  const known = names.length === 0 ? 'no function is registered' : `the registered functions are ${[...names].sort().map((n) => JSON.stringify(n)).join(', ')}`;
  return {
    code: 'unknown-aggregation',
    severity: 'error',
    path: ['nodes', index, 'aggregation'],
    ids: [id],
    message:
      `${nodeLabel(kind, id)} names the aggregation ${JSON.stringify(name)}, which is neither built in (weighted-mean, weakest-link) nor registered: ${known}.` +
      (guess === undefined ? '' : ` Did you mean ${JSON.stringify(guess)}?`) +
      ' Register the function (the roll-up option "functions", or the CLI option --aggregations ./module.mjs).',
  };
}

/** Reports a goal's or objective's `aggregation` that is neither built in nor in `registered`. @internal */
export function checkAggregationName(node: LooseNode, registered: ReadonlySet<string> | undefined, out: Diagnostic[]): void {
  const valid = node.valid;
  if ((valid?.kind !== 'goal' && valid?.kind !== 'objective') || valid.aggregation === undefined) return;
  const found = unknownAggregation(node.kind, node.id, node.index, valid.aggregation, registered ?? []);
  if (found !== undefined) report(out, found.code, found.severity, found.path, found.ids, found.message);
}
