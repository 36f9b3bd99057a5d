import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests in four projects (CONTRIBUTING.md says when to run which):
 *
 * - `unit`: every test file not listed below. No build, no browser; under a
 *   minute on the shared 2-core machine (`npm run test:unit`). Its files share
 *   one module graph per environment (`isolate: false`, measured 114 s
 *   isolated against 51 s not), so a unit test file leaves no global state
 *   behind: it restores what it stubs (vi.unstubAllEnvs, the working folder).
 * - `fuzz-and-scale`: properties run hundreds to thousands of times (10,000
 *   cases each under CI=true) and models of 100,000+ nodes.
 * - `browser`: headless Chromium (Mermaid rendered in a page, SVG and PNG
 *   files, the parse entry in a page). Skipped with the reason printed when
 *   Chromium is missing, failing under CI=true.
 * - `built-cli`: the built `toc` binary (dist/cli.js) run as a process: exit
 *   codes and streams, what each command loads, hostile files in bounded memory.
 *
 * `npx vitest run` (in `npm test`, after the build) runs all four. Every
 * project but `unit` expects `npm run build` first. A test file named in no
 * list below is a unit test (a file named `*.browser.test.ts` is a browser
 * test); name a file in one list only.
 */
const FUZZ_AND_SCALE = [
  'test/foundation/fuzz.test.ts',
  'test/hardening/fuzz.test.ts',
  'test/hardening/fuzz-files.test.ts',
  'test/hardening/injection.test.ts',
  // Also runs the built CLI once (its last test).
  'test/hardening/prototype.test.ts',
  'test/hardening/scale-chain.test.ts',
  'test/hardening/scale-wide.test.ts',
  'test/performance/roll-up.test.ts',
  // Whole pipelines on hundreds of random documents; Mermaid's parser on every case.
  'test/hardening/determinism.test.ts',
  // Same-date readings swapped: every output (HTML and IATI XML too) compared.
  'test/hardening/same-date-readings.test.ts',
  'test/mermaid/property.test.ts',
];

const BROWSER = [
  'test/mermaid/browser.test.ts',
  'test/mermaid/browser-rule.test.ts',
  'test/hardening/browser.test.ts',
  'test/node/svg-files.test.ts',
  'test/reading/browser-bundle.test.ts',
  // `toc render` through the built binary.
  'test/cli/render.test.ts',
  // Any file named so: a new browser test needs no entry here.
  'test/**/*.browser.test.ts',
  'src/**/*.browser.test.ts',
];

const BUILT_CLI = ['test/cli/binary.test.ts', 'test/cli/lazy-commands.test.ts', 'test/hardening/cli.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          isolate: false,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...FUZZ_AND_SCALE, ...BROWSER, ...BUILT_CLI],
        },
      },
      { extends: true, test: { name: 'fuzz-and-scale', include: FUZZ_AND_SCALE } },
      { extends: true, test: { name: 'browser', include: BROWSER } },
      { extends: true, test: { name: 'built-cli', include: BUILT_CLI } },
    ],
  },
});
