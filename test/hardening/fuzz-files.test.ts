/**
 * Files of any content never make `readModelFile` or the CLI throw: the
 * loader gives one diagnostic for an unusable file (invalid UTF-8 refused,
 * never decoded to U+FFFD) or a validation result, and every command exits
 * 0, 1 or 2 with plain words, never a stack trace or an "unexpected failure".
 * RUNS cases: 10,000 under CI=true. Each case writes one file and reads it
 * both ways; the CLI runs in-process (its `main`), as the `toc` binary does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readModelFile } from '../../src/node/index.js';
import { validDocument } from '../foundation/arbitraries.js';
import { jsonJunk, mutate, mutation } from './malformed.js';
import { allDiagnosticProblems, resultProblems, RUNS, STACK_TRACE } from './support.js';

const work = mkdtempSync(join(tmpdir(), 'toc-hardening-fuzz-'));

/** File contents: any bytes, text in other encodings, or a mutated document as JSON or YAML. */
const fileContent: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
  // Latin-1: text in an encoding that is not UTF-8.
  fc.string({ maxLength: 60 }).map((s) => Uint8Array.from(Array.from(`title: ${s}é\nnodes: []\n`, (c) => (c.codePointAt(0) as number) & 0xff))),
  // UTF-16 (little-endian, with its byte-order mark).
  fc.string({ maxLength: 60 }).map((s) => {
    const text = `\ufefftitle: ${s}\nnodes: []\n`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    return bytes;
  }),
  fc
    .tuple(validDocument, fc.array(mutation(jsonJunk), { maxLength: 3 }), fc.boolean())
    .map(([document, mutations, asYaml]) => {
      const changed = mutate(document, mutations);
      return new TextEncoder().encode(asYaml ? stringify(changed) : JSON.stringify(changed));
    }),
);

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const COMMANDS: readonly (readonly string[])[] = [
  ['validate'],
  ['validate', '--json', '--strict'],
  ['progress', '--as-of', '2024-06-30'],
  ['progress', '--json', '--as-of', '2024-06-30'],
  ['mermaid', '--as-of', '2024-06-30', '--indicators', '--assumptions'],
  ['mermaid', '--markdown', '--group', 'key-objective'],
];

describe('files of any content', () => {
  it(`readModelFile: one diagnostic for an unusable file, or a validation result; the CLI: exit 0, 1 or 2 with plain words (${RUNS} cases)`, async () => {
    const path = join(work, 'any.yaml');
    await fc.assert(
      fc.asyncProperty(fileContent, fc.constantFrom(...COMMANDS), async (bytes, command) => {
        writeFileSync(path, bytes);

        const result = await readModelFile(path);
        if ('unusable' in result) {
          expect(result.diagnostics).toHaveLength(1);
          expect(['invalid-syntax', 'unreadable-file']).toContain(result.diagnostics[0]?.code);
          expect(allDiagnosticProblems(result.diagnostics)).toEqual([]);
          // Invalid UTF-8 is refused, never decoded into U+FFFD.
          if (!isUtf8(bytes)) expect(result.diagnostics[0]?.message).toMatch(/it is not UTF-8 text|it is UTF-16 text/);
        } else expect(resultProblems(result)).toEqual([]);

        let out = '';
        let err = '';
        const code = await main([...command, path], { out: (t) => (out += t), err: (t) => (err += t) });
        expect([0, 1, 2]).toContain(code);
        // The CLI agrees with the loader: 2 exactly for an unusable file, 0 for a valid one (unless --strict meets a warning).
        expect(code === 2).toBe('unusable' in result);
        if (result.ok && !command.includes('--strict')) expect(code).toBe(0);
        if (!result.ok && !('unusable' in result)) expect(code).toBe(1);
        expect(err).not.toContain('unexpected failure');
        expect(`${out}${err}`).not.toMatch(STACK_TRACE);
        if (command[0] !== 'validate') {
          // Unusable or invalid input: `toc: …` on stderr, and nothing half-written on stdout.
          if (code !== 0) {
            expect(err.startsWith('toc: ') || err.includes('\ntoc: ')).toBe(true);
            expect(out).toBe('');
          } else expect(out.length).toBeGreaterThan(0);
        } else if (command.includes('--json')) {
          const reports = JSON.parse(out) as { unusable: boolean }[];
          expect(reports).toHaveLength(1);
          expect(reports[0]?.unusable).toBe(code === 2);
        } else expect(out.startsWith(`${path}: `)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 180_000); // 10,000 files through the CLI in-process: about 40 s on a quiet 2-core machine, more under load
});
