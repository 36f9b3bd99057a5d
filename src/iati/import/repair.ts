/**
 * Makes an imported document valid by leaving out what validation refuses: IATI allows what our
 * format does not (two targets of one indicator ending the same day with different values, a
 * target dated before the baseline, disaggregated values that exceed the total). Each error of
 * `validate` at a reading removes that reading's breakdown, or the reading, and names it by its
 * place in the file, with validation's own sentence for why. The rules stay those of `validate`:
 * nothing here repeats them.
 * @internal
 */
import type { Diagnostic, DocumentPath } from '../../diagnostics/diagnostic.js';
import type { IndicatorDocument, NodeDocument, ReadingDocument, TheoryOfChangeDocument } from '../../document/types.js';
import { validate } from '../../validate/validate.js';
import type { ActivityContext } from './activity-context.js';

type List = 'targets' | 'observations';

/** A document as imported, with what `validate` says of it (its last check, reused: not run again). @internal */
export interface Repaired {
  readonly document: TheoryOfChangeDocument;
  readonly validation: readonly Diagnostic[];
}

/** The document with every reading validation refuses left out (and reported), then the totals taken from parts reported. @internal */
export function repairReadings(document: TheoryOfChangeDocument, ctx: ActivityContext): Repaired {
  let current = document;
  let checked: { readonly of: TheoryOfChangeDocument; readonly diagnostics: readonly Diagnostic[] } | undefined;
  for (let round = 0; round <= ctx.origins.size; round++) {
    checked = { of: current, diagnostics: validate(current).diagnostics };
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) break;
    let changed = false;
    const seen = new Set<ReadingDocument>();
    for (const error of errors) {
      const found = readingAt(current, error.path);
      if (found === undefined || seen.has(found.reading)) continue;
      seen.add(found.reading);
      const origin = ctx.origins.get(found.reading);
      const partsOnly = found.inBreakdown && found.reading.value !== undefined;
      const of = `of indicator "${current.nodes[found.node]?.title ?? ''}"`;
      const what = origin === undefined ? 'a value' : partsOnly ? `the parts (${whatParts(found.reading)}) of ${origin.what} ${of}` : `${origin.what} ${of}`;
      const why = `${error.message.replace(/\.$/, '')}; ${partsOnly ? 'the value for the whole is kept' : 'it is left out'}`;
      if (origin !== undefined) {
        ctx.sink.report('iati-reading-left-out', origin.place, [origin.nodeId], `${ctx.label}: ${what} cannot be carried over as it stands. ${why}.`);
        ctx.sink.leaveOut(ctx.activity, origin.place, what, why);
      }
      current = replaceReading(current, found, partsOnly ? withoutBreakdown(found.reading, ctx) : undefined);
      changed = true;
    }
    if (!changed) break;
  }
  reportTotalsFromParts(current, ctx);
  return { document: current, validation: checked?.of === current ? checked.diagnostics : validate(current).diagnostics };
}

interface Found {
  readonly node: number;
  readonly list: List | 'baseline';
  readonly index: number;
  readonly reading: ReadingDocument;
  readonly inBreakdown: boolean;
}

/** The reading a diagnostic's path points into, if any. */
function readingAt(document: TheoryOfChangeDocument, path: DocumentPath): Found | undefined {
  const [nodes, n, list, index, next] = path;
  if (nodes !== 'nodes' || typeof n !== 'number') return undefined;
  const node = document.nodes[n];
  if (node?.kind !== 'indicator') return undefined;
  if (list === 'baseline' && node.baseline !== undefined) return { node: n, list, index: 0, reading: node.baseline, inBreakdown: index === 'breakdown' };
  if ((list === 'targets' || list === 'observations') && typeof index === 'number') {
    const reading = node[list]?.[index];
    return reading === undefined ? undefined : { node: n, list, index, reading, inBreakdown: next === 'breakdown' };
  }
  return undefined;
}

function replaceReading(document: TheoryOfChangeDocument, found: Found, replacement: ReadingDocument | undefined): TheoryOfChangeDocument {
  const node = document.nodes[found.node] as IndicatorDocument;
  let field: ReadingDocument | readonly ReadingDocument[] | undefined = replacement;
  if (found.list !== 'baseline') {
    const list = [...(node[found.list] ?? [])];
    if (replacement === undefined) list.splice(found.index, 1);
    else list[found.index] = replacement;
    field = list.length === 0 ? undefined : list;
  }
  // The node's fields in the order they were written, the changed one in its place.
  const updated = Object.fromEntries(Object.entries(node).flatMap(([key, v]) => (key !== found.list ? [[key, v]] : field === undefined ? [] : [[key, field]]))) as unknown as IndicatorDocument;
  const nodes: NodeDocument[] = [...document.nodes];
  nodes[found.node] = updated;
  return { ...document, nodes };
}

function withoutBreakdown(reading: ReadingDocument, ctx: ActivityContext): ReadingDocument {
  const { breakdown: _parts, ...rest } = reading;
  const origin = ctx.origins.get(reading);
  if (origin !== undefined) ctx.origins.set(rest, origin);
  return rest;
}

function whatParts(reading: ReadingDocument): string {
  return (reading.breakdown ?? []).map((p) => Object.entries(p.for).map(([d, c]) => `${d}: ${c}`).join(', ')).join('; ');
}

/** Reports the kept readings whose total is the sum of their parts (the file gave no overall value): one diagnostic per indicator. */
function reportTotalsFromParts(document: TheoryOfChangeDocument, ctx: ActivityContext): void {
  for (const node of document.nodes) {
    if (node.kind !== 'indicator') continue;
    const origins = [node.baseline, ...(node.targets ?? []), ...(node.observations ?? [])].flatMap((r) => {
      const origin = r === undefined ? undefined : ctx.origins.get(r);
      return origin?.fromParts === undefined ? [] : [origin];
    });
    const first = origins[0];
    if (first === undefined) continue;
    const parts = [...new Set(origins.map((o) => o.fromParts))].join(' / ');
    const said =
      origins.length === 1
        ? `${first.what} gives no value for the whole, only for ${parts}; since these are all the categories the indicator reports, its total is taken as their sum.`
        : `${origins.length} values give no value for the whole, only for ${parts} (${origins.map((o) => o.what).join('; ')}); since these are all the categories the indicator reports, each total is taken as the sum of its parts.`;
    ctx.sink.report('iati-total-from-parts', first.place, [first.nodeId], `${ctx.label}, indicator "${node.title}": ${said}`);
  }
}
