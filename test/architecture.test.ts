import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const all = files(src);
const imports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => (m[1] ?? m[2]) as string);
const isNodeOnly = (file: string): boolean => /^(node|cli)\//.test(relative(src, file));
/** src/parse: reading text, browser-safe; the only part besides the Node entries that may import the YAML libraries. */
const isParse = (file: string): boolean => /^parse\//.test(relative(src, file));

describe('architecture', () => {
  // DOM and Node globals are ruled out by `tsc -p tsconfig.core.json` (ES2022 only, no @types/node), run by `npm run typecheck`.
  it('keeps the core pure: no Node built-ins, file system, YAML, Mermaid or browser imports', () => {
    const offences: string[] = [];
    for (const file of all.filter((f) => !isNodeOnly(f) && !isParse(f))) {
      for (const spec of imports(file)) {
        if (/^(node:|fs$|path$|yaml$|js-yaml$|mermaid|playwright|jsdom)/.test(spec)) offences.push(`${relative(src, file)} imports ${spec}`);
        if (spec.startsWith('.') && /\/(node|cli|parse)\//.test(`/${relative(src, resolve(dirname(file), spec))}`)) {
          offences.push(`${relative(src, file)} imports ${spec}, outside the core`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('keeps text parsing browser-safe: src/parse imports the YAML libraries and the core, nothing Node-only', () => {
    const offences: string[] = [];
    const parse = all.filter(isParse);
    expect(parse.map((f) => relative(src, f))).toContain('parse/index.ts');
    for (const file of parse) {
      for (const spec of imports(file)) {
        if (!spec.startsWith('.') && !/^(yaml|js-yaml)$/.test(spec)) offences.push(`${relative(src, file)} imports ${spec}`);
        if (spec.startsWith('.') && /\/(node|cli)\//.test(`/${relative(src, resolve(dirname(file), spec))}`)) {
          offences.push(`${relative(src, file)} imports the Node-only ${spec}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map<string, string[]>();
    for (const file of all) {
      graph.set(
        file,
        imports(file)
          .filter((s) => s.startsWith('.'))
          .map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts')),
      );
    }
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    for (const start of graph.keys()) {
      const stack: { file: string; next: number }[] = [{ file: start, next: 0 }];
      const path: string[] = [];
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as { file: string; next: number };
        if (top.next === 0) {
          if (state.get(top.file) === 'done') {
            stack.pop();
            continue;
          }
          state.set(top.file, 'open');
          path.push(top.file);
        }
        const deps = graph.get(top.file) ?? [];
        if (top.next < deps.length) {
          const dep = deps[top.next++] as string;
          if (state.get(dep) === 'open') cycles.push([...path.slice(path.indexOf(dep)), dep].map((f) => relative(src, f)).join(' → '));
          else if (state.get(dep) !== 'done') stack.push({ file: dep, next: 0 });
        } else {
          state.set(top.file, 'done');
          path.pop();
          stack.pop();
        }
      }
    }
    expect(cycles).toEqual([]);
  });
});
