/**
 * Hostile files found by trying (issue #12), each refused quickly with plain
 * words and a place: a named pipe nobody writes to (it used to block `toc
 * validate` forever), a device, nesting bombs in JSON and YAML (millions of
 * `[`, refused at the 1,001st level before anything that deep is built),
 * `!!merge` and other tags outside the core schema, a "billion laughs"
 * alias bomb, and lists or maps used as keys.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readModelFile } from '../../src/node/index.js';
import { parseText } from '../../src/parse/index.js';

const work = mkdtempSync(join(tmpdir(), 'toc-hostile-files-'));

/** Resolves with the promise's value, or rejects after `ms` (the old behaviour was to wait forever). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('files that are not files', () => {
  it('a named pipe with no writer is refused at once, by readModelFile and by toc validate', async () => {
    const fifo = join(work, 'strategy.yaml');
    execFileSync('mkfifo', [fifo]);
    const result = await within(readModelFile(fifo), 10_000);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['unreadable-file', `${fifo} could not be read: it is a named pipe (FIFO), not a file. Save the document to a file and read that.`],
    ]);
    let out = '';
    const code = await within(main(['validate', fifo], { out: (t) => (out += t), err: (t) => (out += t) }), 10_000);
    expect(code).toBe(2);
    expect(out).toContain('it is a named pipe (FIFO), not a file');
  });

  it('a device is refused without reading it', async () => {
    const result = await within(readModelFile('/dev/zero'), 10_000);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['/dev/zero could not be read: it is a device, not a file. Save the document to a file and read that.']);
  });
});

describe('nesting bombs are refused before they are built', () => {
  it('4 MB of [ as JSON, and as a .json file', async () => {
    const text = '['.repeat(4_000_000);
    const parsed = parseText(text, 'deep.json');
    expect(parsed.ok === false && [parsed.diagnostic.message, parsed.diagnostic.position]).toEqual([
      'deep.json is not valid YAML or JSON at line 1, column 1001: it nests lists or maps more than 1,000 levels deep; a theory of change needs only a few levels.',
      { line: 1, column: 1001 },
    ]);
    const path = join(work, 'deep.json');
    writeFileSync(path, text);
    expect((await readModelFile(path)).diagnostics.map((d) => [d.code, d.position])).toEqual([['invalid-syntax', { line: 1, column: 1001 }]]);
  });

  it('1 MB of unclosed [[[ as YAML, and nested block lists and maps', () => {
    const flow = parseText('['.repeat(1_000_000), 'deep.yaml');
    expect(flow.ok === false && flow.diagnostic.message).toContain('at line 1, column 1001: it nests lists or maps more than 1,000 levels deep');
    const block = Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}- `).join('\n');
    const refused = parseText(`${block}x\n`, 'block.yaml');
    expect(refused.ok === false && refused.diagnostic.message).toContain('more than 1,000 levels deep');
    // 900 levels are read (validation then reports past 256).
    const ok = parseText(`${'{a: '.repeat(900)}1${'}'.repeat(900)}`, 'ok.yaml');
    expect(ok.ok).toBe(true);
  });
});

describe('YAML that would not stay plain data', () => {
  it('!!merge <<: *anchor does not merge: it is refused, by name and place', () => {
    const parsed = parseText('base: &base { title: T }\nnode:\n  !!merge <<: *base\n  id: x\n', 'merge.yaml');
    expect(parsed.ok === false && parsed.diagnostic.message).toBe(
      'merge.yaml is not valid YAML or JSON at line 3, column 3: the tag !!merge is not supported: "<<" merge keys are not read here ("<<" is an ordinary key). Write the merged keys out.',
    );
    // Untagged, << is an ordinary key holding the aliased map.
    const plain = parseText('base: &base { title: T }\nnode:\n  <<: *base\n  id: x\n', 'plain.yaml');
    expect(plain.ok && plain.data).toEqual({ base: { title: 'T' }, node: { '<<': { title: 'T' }, id: 'x' } });
  });

  it('a billion laughs is refused; a file using a few anchors many times is read', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const bomb = parseText(lines.join('\n'), 'lol.yaml');
    expect(bomb.ok === false && bomb.diagnostic.message).toContain('lol.yaml is not valid YAML or JSON at line 2, column 8: its aliases (*name) repeat content');
    // 5,000 uses of one small anchored list (what a YAML writer emits for a shared list) stay well within the limit.
    const shared = `levels: &l [a, b, c, d, e]\nnodes:\n${'  - { kind: indicator, levels: *l }\n'.repeat(5000)}`;
    const read = parseText(shared, 'shared.yaml');
    expect(read.ok && (read.data as { nodes: unknown[] }).nodes).toHaveLength(5000);
  });

  it('lists or maps used as keys are refused (they would turn into "[object Object]")', () => {
    for (const text of ['[a, b]: 1\n', '? { a: 1 }\n: 2\n', '? title:\n']) {
      const parsed = parseText(text, 'keys.yaml');
      expect(parsed.ok === false && parsed.diagnostic.message).toContain('a list or map is used as a key');
    }
  });
});

describe('what is not a complex key', () => {
  it('a map or list value followed by a key that starts with ":" on the next line is read', () => {
    const parsed = parseText('meta:\n  "": {}\n  :!: 0\n  list: []\n  :x: 1\n  m:\n    "": ""\n  :y: []\n', 'colons.yaml');
    expect(parsed.ok && parsed.data).toEqual({ meta: { '': {}, ':!': 0, list: [], ':x': 1, m: { '': '' }, ':y': [] } });
  });
});
