/**
 * Malformed input of any shape never throws out of `validate` or `parseText`:
 * it always yields diagnostics with known codes, paths and messages. RUNS
 * cases per property: 10,000 under CI=true. fuzz-files.test.ts does the same
 * for files, through readModelFile and the CLI.
 * (test/foundation/fuzz.test.ts covers arbitrary JS values and loosely
 * document-shaped objects; these add frozen inputs, huge strings, deep junk,
 * prototype keys, and JSON and YAML text.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { parseText } from '../../src/node/index.js';
import { validDocument } from '../foundation/arbitraries.js';
import { anyJunk, hostileJsonText, mutate, mutation } from './malformed.js';
import { deepFreeze, diagnosticProblems, prototypesClean, resultProblems, RUNS } from './support.js';


describe('validate: never throws, always diagnostics with codes and paths', () => {
  it(`valid documents with fields deleted, swapped, retyped (huge strings, deep junk, NaN, prototype keys) or re-kinded, deep-frozen (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(validDocument, fc.array(mutation(anyJunk), { minLength: 1, maxLength: 4 }), (document, mutations) => {
        const input = deepFreeze(mutate(document, mutations));
        expect(resultProblems(validate(input))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`JSON text with __proto__, constructor and the format's own keys anywhere, via JSON.parse (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(hostileJsonText, fc.boolean(), (text, wrap) => {
        // Half the time inside a document with a title, so the nodes are checked too.
        const source = wrap ? `{"title":"T","nodes":[${text},${text}],"meta":${text}}` : text;
        const result = validate(JSON.parse(source) as unknown);
        expect(resultProblems(result)).toEqual([]);
        const parsed = parseText(source, 'hostile.json');
        if (parsed.ok) expect(resultProblems(validate(parsed.data))).toEqual([]);
        else expect(diagnosticProblems(parsed.diagnostic)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

/** YAML pieces: anchors, aliases, tags, directives, flow and block collections, special scalars. */
const YAML_TOKENS = [
  'title: ', 'nodes:', '\n', '  ', '- ', 'kind: goal', 'kind: indicator', 'id: g', 'id: __proto__', 'title: G', '__proto__: ', 'constructor: ',
  '{', '}', '[', ']', ', ', ': ', '? ', '&a ', '*a', '&b ', '*b', '<<: *a', '!!binary ', '!!timestamp ', '!!set ', '!foo ', '!!js/function ',
  '%YAML 1.1\n---\n', '---\n', '...\n', '"', "'", '#', '|', '>', '.nan', '.inf', '-.inf', '0x1F', '1_000', '~', '2019-02-30', '2024-01-01',
  '2019-02-03T10:00Z', 'yes', 'on', '-0', '1e400', '\t', '\r\n', '\ufeff', '\u0000', '\u00e9', '\ud800', '[[[[[[[[', ']]]]]]]]',
];

describe('parseText: never throws, plain words for what is unusable', () => {
  it(`YAML built from hostile pieces (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.string({ maxLength: 3 })), { maxLength: 40 }), (tokens) => {
        const parsed = parseText(tokens.join(''), 'hostile.yaml');
        if (parsed.ok) expect(resultProblems(validate(parsed.data))).toEqual([]);
        else {
          expect(parsed.diagnostic.code).toBe('invalid-syntax');
          expect(diagnosticProblems(parsed.diagnostic)).toEqual([]);
          expect(parsed.diagnostic.message).toMatch(/^hostile\.yaml (is not valid YAML or JSON|could not be read as YAML or JSON)/);
          // The parser's own words for its limits are replaced by plain ones.
          expect(parsed.diagnostic.message).not.toMatch(/resource exhaustion|call stack/i);
        }
        expect(prototypesClean()).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

