/**
 * The CLI on hostile files: a folder, a dangling symbolic link, a link loop, a
 * device (/dev/zero, which never ends), a binary file, text that is not UTF-8 (Latin-1,
 * UTF-16), a YAML "billion laughs" bomb, lists nested too deeply, and a
 * 200 MiB file. Each fails with a clear message and exit code 2, never a stack
 * trace, in bounded memory: the CLI runs with a 256 MB heap and its peak
 * memory (resident set) is measured.
 * test/cli/cli.test.ts covers exit codes and messages for ordinary mistakes.
 */
import { execFile } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE } from './support.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'toc-hardening-cli-'));
const MB = 1024 * 1024;

/** Runs the CLI under a wrapper that reports its peak resident memory. */
const WRAPPER = join(work, 'measure.mjs');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size of the CLI's process, in bytes. */
  readonly maxRss: number;
}

async function toc(args: readonly string[], heapMb = 256): Promise<Run> {
  const run = (await promisify(execFile)(process.execPath, [`--max-old-space-size=${heapMb}`, WRAPPER, ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 16 * MB,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )) as { code: number; stdout: string; stderr: string };
  const match = /\nmaxrss (\d+)\n$/.exec(run.stderr);
  return { code: run.code, stdout: run.stdout, stderr: run.stderr.replace(/\n?maxrss \d+\n$/, ''), maxRss: Number(match?.[1] ?? Number.NaN) * 1024 };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

/** The contract for unusable input: exit 2, the message, no stack trace, memory well under the file sizes involved. */
function expectUnusable(run: Run, message: string, where: 'stdout' | 'stderr'): void {
  expect(run.code).toBe(2);
  expect(where === 'stdout' ? run.stdout : run.stderr).toContain(message);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_TRACE);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/unexpected failure|heap out of memory/i);
  expect(run.maxRss).toBeGreaterThan(10 * MB); // measured: NaN or 0 would mean the wrapper failed
  expect(run.maxRss).toBeLessThan(200 * MB);
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does).');
  // Reports the peak memory when the CLI exits; the CLI itself reads process.argv as usual.
  writeFileSync(
    WRAPPER,
    `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));\nprocess.argv.splice(1, 1, ${JSON.stringify(CLI)});\nawait import(${JSON.stringify(new URL(`file://${CLI}`).href)});\n`,
  );
});

describe('files that cannot be read', () => {
  it('a folder', async () => {
    const dir = join(work, 'folder.yaml');
    mkdirSync(dir);
    expectUnusable(await toc(['validate', dir]), `${dir} could not be read (it is a folder, not a file: EISDIR).`, 'stdout');
    expectUnusable(await toc(['progress', dir]), `toc: ${dir} could not be read (it is a folder, not a file: EISDIR).`, 'stderr');
  });

  it('a dangling symbolic link, and a loop of links', async () => {
    const dangling = join(work, 'dangling.yaml');
    symlinkSync(join(work, 'nowhere.yaml'), dangling);
    expectUnusable(await toc(['mermaid', dangling]), `toc: ${dangling} could not be read (no such file: ENOENT).`, 'stderr');
    const a = join(work, 'loop-a.yaml');
    const b = join(work, 'loop-b.yaml');
    symlinkSync(b, a);
    symlinkSync(a, b);
    expectUnusable(await toc(['validate', a]), `${a} could not be read (too many symbolic links: ELOOP).`, 'stdout');
  });

  it('a device that never ends (/dev/zero) is refused as a device, not read', async () => {
    expectUnusable(await toc(['validate', '/dev/zero']), '/dev/zero could not be read: it is a device, not a file. Save the document to a file and read that.', 'stdout');
  });
});

describe('files that are not UTF-8 text', () => {
  it('a binary file', async () => {
    const png = file('image.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expectUnusable(
      await toc(['validate', png]),
      `${png} is not valid YAML or JSON: it is not UTF-8 text (the byte 0x89 at line 1, column 1 is not valid UTF-8). Is it a binary file, or saved in another encoding such as Latin-1 or Windows-1252? Save it as UTF-8.`,
      'stdout',
    );
  });

  it('Latin-1 text (no NUL, just one byte that is not UTF-8) is refused, not read with U+FFFD in its place', async () => {
    const latin1 = file('latin1.yaml', Uint8Array.from([...new TextEncoder().encode('title: Water\nnodes:\n  - { kind: goal, id: g, title: Caf'), 0xe9, ...new TextEncoder().encode(' }\n')]));
    expectUnusable(
      await toc(['progress', latin1]),
      `toc: ${latin1} is not valid YAML or JSON: it is not UTF-8 text (the byte 0xE9 at line 3, column 36 is not valid UTF-8).`,
      'stderr',
    );
  });

  it('UTF-16 text', async () => {
    const text = '\ufefftitle: T\nnodes: []\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[1] = 0xfe;
    const utf16 = file('utf16.yaml', bytes);
    expectUnusable(await toc(['validate', utf16]), `${utf16} is not valid YAML or JSON: it is UTF-16 text, not UTF-8. Save it as UTF-8.`, 'stdout');
  });
});

describe('files built to exhaust memory or the stack', () => {
  it('a billion-laughs alias bomb: refused in plain words, in bounded memory', async () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    }
    const bomb = file('bomb.yaml', `${lines.join('\n')}\n`);
    const run = await toc(['validate', bomb]);
    expectUnusable(
      run,
      `${bomb} is not valid YAML or JSON at line 2, column 8: its aliases (*name) repeat content to 490,329,055 values, from 91 written, which no theory of change needs (is it a "billion laughs" file?). Write the repeated parts out, or use fewer aliases.`,
      'stdout',
    );
    expect(run.stdout).not.toMatch(/resource exhaustion/);
  });

  it('lists nested 100,000 deep: refused in plain words, not a stack overflow', async () => {
    const deep = file('deep.yaml', `title: T\nnodes: []\nmeta: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const run = await toc(['mermaid', deep]);
    expectUnusable(run, `toc: ${deep} is not valid YAML or JSON at line 3, column 1007: it nests lists or maps more than 1,000 levels deep; a theory of change needs only a few levels.`, 'stderr');
    expect(run.stderr).not.toMatch(/call stack/i);
  });

  it('nesting the parser reads, but deeper than 256 levels: a diagnostic, exit 1', async () => {
    const deep = file('deep-meta.yaml', `title: T\nnodes:\n  - { kind: goal, id: g, title: G }\nmeta: ${'['.repeat(300)}${']'.repeat(300)}\n`);
    const run = await toc(['validate', deep]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error invalid-value at meta: The document: "meta" nests more than 256 levels deep.');
  });

  it('a 200 MiB file is refused before it is read, and the limit can be raised', async () => {
    // A sparse file: 200 MiB long, next to nothing on disk.
    const big = join(work, 'big.yaml');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * MB);
    closeSync(fd);
    const run = await toc(['validate', big]);
    expectUnusable(
      run,
      `${big} could not be read: it is 200 MiB, larger than 16 MiB, the limit for a theory-of-change file. If it really is that big, raise the limit: the maxFileSize option of readModelFile, or --max-file-size MiB for toc.`,
      'stdout',
    );
    // Raised: a 2 MiB file (a valid document padded with a comment) is refused at 1 MiB and read at 3.
    const padded = file('padded.yaml', `title: T\nnodes:\n  - { kind: goal, id: g, title: G }\n#${'x'.repeat(2 * MB)}\n`);
    expectUnusable(await toc(['progress', '--max-file-size', '1', padded]), `toc: ${padded} could not be read: it is 2 MiB, larger than 1 MiB`, 'stderr');
    const read = await toc(['validate', '--max-file-size', '3', padded]);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain(`${padded}: valid, 1 warning`);
    expectUnusable(await toc(['validate', '--max-file-size', 'lots', padded]), 'toc: --max-file-size must be a number of mebibytes (MiB), at least 0.001 (about 1 KB), such as 64; not "lots".', 'stderr');
  });
});
