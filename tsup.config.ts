import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: a pure core and the Node-only helpers, ESM and CJS, sharing chunks.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    splitting: true,
    shims: true,
    target: 'node20',
    external: ['playwright-core', 'mermaid'],
  },
  {
    // The `toc` command-line tool.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    external: ['playwright-core', 'mermaid'],
  },
]);
