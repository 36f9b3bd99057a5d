import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/diagnostics/did-you-mean.js';

describe('didYouMean', () => {
  const cases: [string, readonly string[], string | undefined][] = [
    // One letter dropped, added, changed or two swapped.
    ['obervations', ['observations', 'targets', 'baseline'], 'observations'],
    ['impactt', ['impact', 'wells'], 'impact'],
    ['wellz', ['impact', 'wells'], 'wells'],
    ['objetcive', ['goal', 'objective', 'indicator'], 'objective'],
    // Case, hyphens, underscores and spaces cost nothing.
    ['Impact', ['impact'], 'impact'],
    ['duty_bearer', ['duty-bearer', 'rights-holder'], 'duty-bearer'],
    ['Duty Bearer', ['duty-bearer'], 'duty-bearer'],
    // A third of the letters may differ; more is not a typo.
    ['percent', ['number', 'percentage', 'boolean'], 'percentage'],
    ['ko9', ['ko1', 'g'], 'ko1'],
    ['xyz', ['impact', 'wells'], undefined],
    ['contributes', ['contributesTo', 'level'], 'contributesTo'],
    ['summary', ['title', 'level'], undefined],
    // Two equally close: no guess.
    ['ko9', ['ko1', 'ko2'], undefined],
    // Nothing to suggest.
    ['', ['a'], undefined],
    ['a', [], undefined],
  ];
  for (const [name, candidates, expected] of cases) {
    it(`${JSON.stringify(name)} among ${JSON.stringify(candidates)} → ${JSON.stringify(expected)}`, () => {
      expect(didYouMean(name, candidates)).toBe(expected);
    });
  }
});
