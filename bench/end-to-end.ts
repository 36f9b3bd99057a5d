/**
 * End-to-end rows of `npm run bench`: the `toc` command on generated files,
 * JSON and YAML, each run in a fresh `node` process as a user runs it, timed
 * from spawn to exit, with the process's peak memory (maximum resident set
 * size, reported by the process itself on exit through a preloaded module).
 * Baselines, in fresh processes too: `node` reading the JSON file and calling
 * `JSON.parse` (the floor for anything that reads the file), and `node`
 * reading the YAML file with js-yaml's `load` (the fastest YAML parse alone).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import type { TheoryOfChangeDocument } from '../src/index.js';
import { median } from './measure.js';

const DIR = '.tmp/bench/e2e';
const RSS = `${DIR}/peak-memory.mjs`;
/**
 * The built CLI: dist/cli.js, or `BENCH_CLI` (a copy of dist/ elsewhere, so
 * that a build running beside the benchmark, which empties dist/, cannot break it).
 */
export const CLI = process.env.BENCH_CLI ?? 'dist/cli.js';

/** One measured command: median wall time (ms) and peak resident memory (bytes) over the runs. */
export interface ProcessMeasure {
  readonly ms: number;
  readonly rss: number;
}

/** Whether the built CLI is there (`npm run build`). */
export function cliBuilt(): boolean {
  return existsSync(CLI);
}

/** Runs `node args…` `runs` times; median time and the largest peak memory seen. Throws when it fails. */
export function measureProcess(args: readonly string[], runs: number, okCodes: readonly number[] = [0]): ProcessMeasure {
  if (!existsSync(RSS)) {
    mkdirSync(DIR, { recursive: true });
    // VmHWM (Linux) is the peak of this process's own address space, new at exec; maxRSS can carry a larger figure from
    // before the exec (seen after the 100k in-process rows: every child, even `node -e 0`, at 157–165 MB).
    writeFileSync(
      RSS,
      "import { readFileSync, writeFileSync } from 'node:fs';\n" +
        "const hwm = () => { try { const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8')); return m === null ? undefined : Number(m[1]); } catch { return undefined; } };\n" +
        "process.on('exit', () => writeFileSync(process.env.TOC_BENCH_RSS, String((hwm() ?? process.resourceUsage().maxRSS) * 1024)));\n",
    );
  }
  const times: number[] = [];
  let rss = 0;
  for (let run = 0; run < runs; run++) {
    const out = `${DIR}/rss-${process.pid}.txt`;
    rmSync(out, { force: true });
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', `./${RSS}`, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TOC_BENCH_RSS: out }, maxBuffer: 1 << 26 });
    times.push(performance.now() - start);
    if (!okCodes.includes(result.status ?? -1)) throw new Error(`node ${args.join(' ')} exited ${String(result.status)}: ${String(result.stderr).slice(0, 500)}`);
    rss = Math.max(rss, Number(readFileSync(out, 'utf8')));
  }
  return { ms: median(times), rss };
}

/** Writes the document as JSON (two-space indented) and YAML (block style, no anchors); returns the paths. */
export function writeFiles(document: TheoryOfChangeDocument, size: number): { readonly json: string; readonly yaml: string } {
  mkdirSync(DIR, { recursive: true });
  const json = `${DIR}/portfolio-${size}.json`;
  const yaml = `${DIR}/portfolio-${size}.yaml`;
  writeFileSync(json, `${JSON.stringify(document, null, 2)}\n`);
  writeFileSync(yaml, dump(document, { noRefs: true, lineWidth: -1 }));
  return { json, yaml };
}

/** Size of a file in bytes. */
export function fileSize(path: string): number {
  return statSync(path).size;
}

/** The commands timed on each file. */
export const COMMANDS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: '`toc validate`', args: ['validate'] },
  { name: '`toc progress --json`', args: ['progress', '--json', '--as-of', '2020-12-31'] },
  { name: '`toc mermaid`', args: ['mermaid', '--as-of', '2020-12-31'] },
];

/** `toc COMMAND FILE`, with the size limit raised above the file's size. */
export function tocArgs(command: readonly string[], file: string): string[] {
  const mib = Math.ceil(fileSize(file) / 2 ** 20) + 1;
  return [CLI, ...command, file, '--max-file-size', String(mib)];
}

/** The floor: node reading the file and parsing it with JSON.parse. */
export function jsonFloorArgs(file: string): string[] {
  return ['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
}

/** The fastest YAML parse alone: node reading the file and parsing it with js-yaml's load (core schema). */
export function yamlParseArgs(file: string): string[] {
  return ['-e', `const y = require('js-yaml'); y.load(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'), { schema: y.CORE_SCHEMA })`];
}
