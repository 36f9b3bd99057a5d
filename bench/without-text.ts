/**
 * The core's size without its words: every string and template text longer
 * than 12 characters emptied (messages, hints, explanations), the code left as
 * it is. How much moving every message out of the core (a catalogue loaded
 * apart, as zod 4 mini's locales) could save at most.
 */
import { build, transform } from 'esbuild';
import ts from 'typescript';
import { gzipSync } from 'node:zlib';

/** Minified and gzipped size of `contents` (a module exporting from src/) bundled with its texts emptied. */
export async function sizeWithoutText(contents: string): Promise<{ readonly minified: number; readonly gzipped: number }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const source = (result.outputFiles[0] as { text: string }).text;
  const minified = (await transform(emptyTexts(source), { minify: true, format: 'esm', target: 'node20' })).code;
  return { minified: minified.length, gzipped: gzipSync(minified, { level: 9 }).length };
}

/** `source` with every text longer than 12 characters emptied, expressions in templates kept. */
function emptyTexts(source: string): string {
  const file = ts.createSourceFile('bundle.js', source, ts.ScriptTarget.Latest, true);
  const edits: [number, number, string][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.length > 12) {
      edits.push([node.getStart(), node.getEnd(), '""']);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = node.templateSpans.map((span) => '${' + source.slice(span.expression.getStart(), span.expression.getEnd()) + '}');
      edits.push([node.getStart(), node.getEnd(), '`' + parts.join('') + '`']);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
