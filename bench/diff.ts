/**
 * `diff` of two versions of a generated portfolio: the later version corrects
 * one reading in fifty indicators, re-weights every hundredth weighted link,
 * moves a target and retitles a few nodes, as a year's revision does.
 */
import { diff } from '../src/diff/diff.js';
import { loadModel, type IndicatorDocument, type NodeDocument, type TheoryOfChangeDocument } from '../src/index.js';
import { generatePortfolio } from './generate.js';
import { ms, ratio, sideBySide, table } from './measure.js';

/** One less, or one more from 0: within the bounds of any measure. */
const nudge = (value: number): number => (value >= 1 ? value - 1 : value + 1);

/** The later version of `document`: a few hundredths of it changed, deterministically. */
export function variant(document: TheoryOfChangeDocument): TheoryOfChangeDocument {
  let indicator = 0;
  let node = 0;
  const nodes = document.nodes.map((n): NodeDocument => {
    node++;
    if (n.kind === 'indicator') {
      indicator++;
      const observations = n.observations;
      if (indicator % 50 === 0 && observations !== undefined && observations.length > 0 && typeof observations[0]?.value === 'number') {
        return { ...n, observations: [{ ...observations[0], value: nudge(observations[0].value) }, ...observations.slice(1)] } as IndicatorDocument;
      }
      if (indicator % 97 === 0 && n.targets !== undefined && n.targets.length > 0 && typeof n.targets[0]?.value === 'number') {
        return { ...n, targets: [{ ...n.targets[0], value: nudge(n.targets[0].value) }, ...n.targets.slice(1)] } as IndicatorDocument;
      }
      return n;
    }
    if ((n.kind === 'objective' || n.kind === 'goal') && node % 100 === 0 && Array.isArray(n.contributesTo) && n.contributesTo.length > 0) {
      const [first, ...rest] = n.contributesTo;
      const link = typeof first === 'string' ? { to: first, weight: 2 } : { ...first, weight: (first?.weight ?? 1) + 1 };
      return { ...n, contributesTo: [link, ...rest] } as NodeDocument;
    }
    if (node % 211 === 0) return { ...n, title: `${n.title} (revised)` };
    return n;
  });
  return { ...document, nodes };
}

/**
 * The diff section of the benchmark, as Markdown: `diff` of a portfolio and
 * its revision (models loaded outside the timing), against validating both
 * versions (`loadModel` of each), what any command on two files pays first.
 */
export function measureDiff(print: (text: string) => void, log: (text: string) => void, options: { readonly sizes: readonly number[]; readonly runs: number }): void {
  const rows: string[][] = [];
  for (const size of options.sizes) {
    log(`[${size}] diff…`);
    const before = JSON.parse(JSON.stringify(generatePortfolio(size, 1).document)) as TheoryOfChangeDocument;
    const after = JSON.parse(JSON.stringify(variant(before))) as TheoryOfChangeDocument;
    const copy = JSON.parse(JSON.stringify(before)) as TheoryOfChangeDocument;
    const a = loadModel(before);
    const b = loadModel(after);
    const c = loadModel(copy);
    const result = diff(a, b);
    if (result.equal || !diff(a, c).equal) throw new Error('diff bench: the revision should differ and the copy should not');
    const runs = size >= 100_000 ? Math.min(options.runs, 3) : options.runs;
    const [revision, same, validate] = sideBySide(runs, [() => diff(a, b), () => diff(a, c), () => [loadModel(before), loadModel(after)]]) as [number, number, number];
    const nodes = before.nodes.length.toLocaleString('en');
    rows.push([nodes, `a revision (${result.changes.length} changes, progress moved at ${result.progress.length} nodes)`, ms(revision), ms(validate), ratio(revision / validate), '≤ 1×', revision <= validate ? 'yes' : '**no**']);
    rows.push([nodes, 'an unchanged copy', ms(same), ms(validate), ratio(same / validate), '—', '']);
  }
  print('');
  print('## Diff');
  print('');
  print(
    `\`diff\` of a generated portfolio and a revision of it (\`bench/diff.ts\`: one reading corrected in fifty indicators, a target moved in one in ninety-seven, a link re-weighted and a title reworded here and there), and of the portfolio and an unchanged copy (parsed apart, so nothing is shared), both models loaded beforehand. ` +
      'The baseline is validating the two versions (`loadModel` of each), which any diff of two files pays first. Goal: the diff no slower than that.',
  );
  print('');
  print(table(['nodes', 'diff of', 'time', 'validating both', 'ratio', 'goal', 'met'], rows));
}
