/**
 * `diff` of two versions of a generated portfolio: the later version corrects
 * one reading in fifty indicators, re-weights every hundredth weighted link,
 * moves a target and retitles a few nodes, as a year's revision does.
 */
import type { IndicatorDocument, NodeDocument, TheoryOfChangeDocument } from '../src/index.js';

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
