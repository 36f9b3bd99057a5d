/**
 * The CLI loads only what the command at hand uses: `toc --version`, `toc
 * help` and a usage mistake load no library code and no dependency; each
 * command loads its own code and its own dependencies only. Checked on the
 * built CLI with a module-resolution hook (node --import … module.register)
 * that records every module URL the process resolves.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'toc-cli-lazy-'));
const water = join(root, 'examples/water.yaml');
const hooks = join(work, 'record-hooks.mjs');
const register = join(work, 'register.mjs');

/** The modules a run of `toc …` loaded, as paths relative to the package ('dist/…', 'node_modules/<name>'), and node: built-ins. */
async function loaded(...args: string[]): Promise<{ code: number; modules: ReadonlySet<string> }> {
  const log = join(work, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  const code = await promisify(execFile)('node', ['--import', pathToFileURL(register).href, cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, TOC_LOADED_LOG: log },
  }).then(
    () => 0,
    (e: { code: number }) => e.code,
  );
  const modules = new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url !== '')
      .map((url) => {
        if (url.startsWith('node:')) return url;
        const path = new URL(url).pathname;
        const dependency = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
        return dependency === null ? path.replace(`${root}/`, '').replace(/-[A-Z0-9]{8}\.js$/, '.js') : `node_modules/${dependency[1]}`;
      }),
  );
  return { code, modules };
}

const dependencies = (modules: ReadonlySet<string>): string[] => [...modules].filter((m) => m.startsWith('node_modules/')).sort();
const commandChunks = (modules: ReadonlySet<string>): string[] => [...modules].filter((m) => /^dist\/cli\/run-/.test(m)).sort();

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does).');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.TOC_LOADED_LOG, result.url + '\\n');
  return result;
}
`,
  );
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
});

describe('what each command loads', () => {
  it('the recording works: a validation loads the reader, the validator and their dependencies', async () => {
    const run = await loaded('validate', water);
    expect(run.code).toBe(0);
    expect(run.modules).toContain('dist/cli.js');
    expect(commandChunks(run.modules)).toEqual(['dist/cli/run-validate.js']);
    expect(dependencies(run.modules)).toContain('node_modules/js-yaml');
    // graphology only for toGraph(model), which no command calls.
    expect(dependencies(run.modules)).not.toContain('node_modules/graphology');
    // zod is bundled into the CLI's chunks (tsup.config.ts): one file, not zod's ~95 modules.
    expect(dependencies(run.modules)).not.toContain('node_modules/zod');
    expect(dependencies(run.modules)).not.toContain('node_modules/playwright-core');
  });

  for (const args of [['--version'], ['help'], ['--help'], ['help', 'render'], ['progress', '--help'], ['frobnicate'], ['validate', '--bogus', 'x.yaml']] as const) {
    it(`toc ${args.join(' ')}: no command code, no dependency`, async () => {
      const run = await loaded(...args);
      expect(commandChunks(run.modules)).toEqual([]);
      expect(dependencies(run.modules)).toEqual([]);
      expect([...run.modules].filter((m) => m.startsWith('dist/')).length).toBeLessThanOrEqual(4);
    });
  }

  it('toc schema: the schema (with the bundled zod) only', async () => {
    const run = await loaded('schema');
    expect(commandChunks(run.modules)).toEqual(['dist/cli/run-schema.js']);
    expect(dependencies(run.modules)).toEqual([]);
  });

  it('toc init: nothing but the starter', async () => {
    const run = await loaded('init');
    expect(commandChunks(run.modules)).toEqual(['dist/cli/run-init.js']);
    expect(dependencies(run.modules)).toEqual([]);
  });

  it('toc export iati: its own chunk and the XML builder, never the XML parser or the browser tooling', async () => {
    const run = await loaded('export', 'iati', water);
    expect(run.code).toBe(0);
    expect(commandChunks(run.modules)).toEqual(['dist/cli/run-export.js']);
    expect(dependencies(run.modules)).toContain('node_modules/fast-xml-builder');
    expect(dependencies(run.modules).filter((m) => /saxes|papaparse|excel|playwright|mermaid|graphology/.test(m))).toEqual([]);
  });

  it('toc mermaid and toc progress: never the browser tooling', async () => {
    for (const command of ['mermaid', 'progress']) {
      const run = await loaded(command, water);
      expect(run.code).toBe(0);
      expect(commandChunks(run.modules)).toEqual([`dist/cli/run-${command}.js`]);
      expect(dependencies(run.modules)).toContain('node_modules/js-yaml');
      expect(dependencies(run.modules).filter((m) => /playwright|mermaid|graphology|fast-xml-builder|saxes/.test(m))).toEqual([]);
    }
  });

  it('toc readings: a CSV loads the CSV reader and the YAML editor, never the XLSX libraries; the other commands load none of them', async () => {
    const csv = join(work, 'readings.csv');
    writeFileSync(csv, 'indicator,date,value\nworking-wells,2025-12-31,60\n');
    const run = await loaded('readings', 'add', water, csv, '--check');
    expect(run.code).toBe(0);
    expect(commandChunks(run.modules)).toEqual(['dist/cli/run-readings.js']);
    expect(dependencies(run.modules)).toEqual(expect.arrayContaining(['node_modules/papaparse', 'node_modules/yaml']));
    expect(dependencies(run.modules).filter((m) => /read-excel-file|write-excel-file|fflate/.test(m))).toEqual([]);
    const template = await loaded('readings', 'template', water);
    expect(template.code).toBe(0);
    expect(dependencies(template.modules).filter((m) => /read-excel-file|write-excel-file|fflate/.test(m))).toEqual([]);
    const workbook = await loaded('readings', 'template', water, '-o', join(work, 'template.xlsx'));
    expect(workbook.code).toBe(0);
    expect(dependencies(workbook.modules)).toContain('node_modules/write-excel-file');
    const validate = await loaded('validate', water);
    expect(dependencies(validate.modules).filter((m) => /papaparse|read-excel-file|write-excel-file|fflate/.test(m))).toEqual([]);
  });

  it('toc import iati: the XML reader (saxes) and the YAML writer, never the browser tooling', async () => {
    const run = await loaded('import', 'iati', join(root, 'test/iati/fixtures/standard-example.xml'), '-o', join(work, 'imported'));
    expect(run.code).toBe(0);
    expect(commandChunks(run.modules)).toEqual(['dist/cli/run-import.js']);
    expect(dependencies(run.modules)).toContain('node_modules/saxes');
    expect(dependencies(run.modules)).toContain('node_modules/yaml');
    expect(dependencies(run.modules).filter((m) => /playwright|mermaid|graphology|fast-xml-builder|papaparse|excel/.test(m))).toEqual([]);
  });
});
