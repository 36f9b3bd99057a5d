/**
 * placeInFiles: diagnostics about a file's contents get the file, line and
 * column of what they point at, a coalition member's in the member's file;
 * a file that cannot be read leaves them unplaced. Lines and columns below are
 * counted by hand in the texts written.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { placeInFiles } from '../../src/node/place-in-files.js';

const dir = mkdtempSync(join(tmpdir(), 'toc-place-'));
const main = join(dir, 'coalition.yaml');
writeFileSync(main, 'title: Together\nmembers:\n  - file: a.yaml\n');
writeFileSync(join(dir, 'a.yaml'), 'title: A\nnodes:\n  - { kind: goal, id: g, title: G }\n  - kind: objective\n    id: o\n    title: O\n');

const warning = (path: Diagnostic['path'], file?: string): Diagnostic => ({
  code: 'iati-placeholder',
  severity: 'warning',
  path,
  ids: [],
  message: 'Something to look at.',
  ...(file === undefined ? {} : { file }),
});

describe('placeInFiles', () => {
  it('places each diagnostic in its own file, in the order given', async () => {
    const placed = await placeInFiles([warning(['nodes', 1], 'a.yaml'), warning(['members', 0]), warning(['nodes', 0], 'a.yaml')], main);
    expect(placed.map((d) => [d.file, d.position?.line, d.position?.column])).toEqual([
      [join(dir, 'a.yaml'), 4, 5],
      [main, 3, 5],
      [join(dir, 'a.yaml'), 3, 5],
    ]);
    expect(formatDiagnostics([placed[1] as Diagnostic])).toBe(`${main}:3:5: warning iati-placeholder at members[0]: Something to look at.`);
  });

  it('leaves the diagnostics of a file it cannot read unplaced, named after the file', async () => {
    const placed = await placeInFiles([warning(['nodes', 0], 'missing.yaml')], main);
    expect(placed).toEqual([{ ...warning(['nodes', 0]), file: join(dir, 'missing.yaml') }]);
  });

  it('does not change the diagnostics given', async () => {
    const given = [warning(['members', 0])];
    await placeInFiles(given, main);
    expect(given).toEqual([warning(['members', 0])]);
  });
});
