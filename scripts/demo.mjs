// The main job: the Anti-Slavery International 2015–2020 strategy, validated,
// rolled up as of the strategy's end, drawn and reported. Run with `npm run demo`.
//   node scripts/demo.mjs [--as-of DATE] [--out DIR] [--update-docs] [--no-build]
// It builds the library first, quietly (the build's output shows only if it fails);
// --no-build uses dist/ as it is. --update-docs also refreshes the pictures the README
// and the guides show.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { 'as-of': { type: 'string' }, out: { type: 'string' }, 'update-docs': { type: 'boolean' }, 'no-build': { type: 'boolean' } },
});

if (values['no-build'] !== true) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}${build.error === undefined ? '' : `${build.error.message}\n`}`);
    console.error('The build failed (its output is above).');
    process.exit(1);
  }
}

const { formatDiagnostics, progressSeries, rollUp } = await import('../dist/index.js');
const { toMermaid } = await import('../dist/mermaid.js');
const { CHROMIUM_HINT, placeInFiles, readModelFile, renderHtmlReport, renderMermaid } = await import('../dist/node.js');
const { formatDutyBearerTable, formatProgressTable, formatSeriesTable, toMarkdownReport } = await import('../dist/report.js');
const { toIati } = await import('../dist/iati.js');

const example = join(root, 'examples/anti-slavery-international/asi.yaml');
const out = resolve(values.out ?? join(root, 'out/asi'));
// The terminal's width when there is one, else 100, as `toc progress` does.
const width = process.stdout.isTTY && process.stdout.columns > 0 ? Math.max(process.stdout.columns, 40) : 100;

const result = await readModelFile(example);
if (!result.ok) {
  console.error(formatDiagnostics(result.diagnostics));
  process.exit(1);
}
const { model } = result;
const warnings = result.diagnostics.length;
console.log(`✔ ${relative(root, example)} is valid (${model.nodes.length} nodes, ${model.relations.length} relations${warnings === 0 ? '' : `, ${warnings} warnings`}).\n`);

const period = model.document.period ?? { start: '2015-01-01', end: '2020-12-31' };
const asOf = values['as-of'] ?? period.end;
const report = rollUp(model, { asOf });
console.log(formatProgressTable(model, report, { width }));

// The trend of the vision, the strategic priority and the key objectives at each year-end of the strategy.
const years = [];
for (let year = Number(period.start.slice(0, 4)); `${year}-12-31` <= asOf && `${year}-12-31` <= period.end; year++) years.push(`${year}-12-31`);
if (years.length > 0) console.log(`\n${formatSeriesTable(model, progressSeries(model, years), { width, depth: 2 })}`);

console.log(`\n${formatDutyBearerTable(model, report, { width })}`);

await mkdir(out, { recursive: true });
// Left to right, key objectives stacked 1, 2, 3, titles wrapped at 20: about 1,400 units wide, so text stays over 9 px high at README width (830 px).
const diagramOptions = { direction: 'LR', group: 'key-objective', wrap: 20 };
const diagram = toMermaid(model, report, diagramOptions);
const written = [];
const write = async (name, content) => {
  const path = join(out, name);
  await writeFile(path, content);
  written.push(relative(process.cwd(), path));
  return path;
};
await write('asi.mmd', diagram);
await write('asi-report.md', toMarkdownReport(model, report, { group: 'key-objective' }));
// The results as an IATI 2.03 activity. The organisation identifier is built from ASI's UK charity number
// (GB-CHC-1049160); this is an example export, not a claim that ASI publishes this activity to IATI.
const iati = toIati(model, { reportingOrg: { ref: 'GB-CHC-1049160', type: '21' } });
await write('asi-iati.xml', iati.xml);

const rendered = await renderMermaid(diagram, { png: true });
if (rendered.ok) {
  await write('asi.svg', rendered.svg);
  await write('asi.png', rendered.png);
  if (values['update-docs'] === true) {
    const images = join(root, 'docs/images');
    await mkdir(images, { recursive: true });
    await writeFile(join(images, 'asi-2020.png'), rendered.png);
    await writeFile(join(images, 'asi-2020.svg'), rendered.svg);
    written.push('docs/images/asi-2020.png', 'docs/images/asi-2020.svg');
  }
}
// The board report: one self-contained HTML page (the diagram drawn in Chromium when there is one) and its A4 PDF.
const board = await renderHtmlReport(model, report, { diagram: diagramOptions, pdf: rendered.ok });
await write('asi-report.html', board.html);
if (board.pdf !== undefined) await write('asi-report.pdf', board.pdf);
console.log(`\nWrote:\n${written.map((w) => `  ${w}`).join('\n')}`);
// Placed in the example's file, line and column, as `toc export iati` prints them.
if (iati.diagnostics.length > 0) console.log(`\nIATI export (asi-iati.xml):\n${formatDiagnostics(await placeInFiles(iati.diagnostics, relative(process.cwd(), example)))}`);
if (!rendered.ok) console.log(`\nNo SVG: ${rendered.message}${rendered.reason === 'no-chromium' ? '' : `\n${CHROMIUM_HINT}`}`);
