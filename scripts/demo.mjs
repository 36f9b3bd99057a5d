// The main job: the Anti-Slavery International 2015–2020 strategy, validated,
// rolled up as of the strategy's end, drawn and reported. Run with `npm run demo`.
//   node scripts/demo.mjs [--as-of DATE] [--out DIR] [--update-docs]
// --update-docs also refreshes the pictures the README and the guides show.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { accountability, formatDiagnostics, progressOf, progressSeries, rollUp } from '../dist/index.js';
import { toMermaid } from '../dist/mermaid.js';
import { CHROMIUM_HINT, readModelFile, renderMermaid } from '../dist/node.js';
import { formatProgressTable, toMarkdownReport } from '../dist/report.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'as-of': { type: 'string' }, out: { type: 'string' }, 'update-docs': { type: 'boolean' } } });
const example = join(root, 'examples/anti-slavery-international/asi.yaml');
const out = resolve(values.out ?? join(root, 'out/asi'));

const result = await readModelFile(example);
if (!result.ok) {
  console.error(formatDiagnostics(result.diagnostics));
  process.exit(1);
}
const { model } = result;
const warnings = result.diagnostics.length;
console.log(`✔ ${relative(root, example)} is valid (${model.nodes.length} nodes, ${model.relations.length} relations${warnings === 0 ? '' : `, ${warnings} warnings`}).\n`);

/** A share as a percentage with at most one decimal, or "no data". */
const percent = (value) => (value === null ? 'no data' : `${Number((value * 100).toFixed(1))}%`);

const asOf = values['as-of'] ?? model.document.period?.end ?? '2020-12-31';
const report = rollUp(model, { asOf });
console.log(formatProgressTable(model, report));

const years = ['2015-12-31', '2016-12-31', '2017-12-31', '2018-12-31', '2019-12-31', '2020-12-31'];
const series = progressSeries(model, years);
const tracked = ['strategic-priority', ...model.children('strategic-priority')];
console.log(`\nYear-end progress: ${years.map((d) => d.slice(0, 4)).join('   ')}`);
for (const id of tracked) {
  const node = model.node(id);
  const label = `${node?.ref ?? ''} ${node?.title ?? id}`.trim();
  const cells = series.reports.map((r) => percent(progressOf(r, id)?.progress ?? null).padStart(6));
  console.log(`  ${cells.join(' ')}  ${label.length > 60 ? `${label.slice(0, 59)}…` : label}`);
}

console.log('\nDuty bearers and what they are accountable for:');
for (const duty of accountability(model, report)) {
  const items = duty.results.map((r) => `${model.node(r.id)?.ref ?? r.id} ${percent(r.progress)}`).join(', ');
  console.log(`  ${duty.title} (${duty.actorType}): ${items}; worst status ${duty.worstStatus.replace('-', ' ')}`);
}

await mkdir(out, { recursive: true });
const diagram = toMermaid(model, report, { group: 'key-objective' });
const written = [];
const write = async (name, content) => {
  const path = join(out, name);
  await writeFile(path, content);
  written.push(relative(process.cwd(), path));
  return path;
};
await write('asi.mmd', diagram);
await write('asi-report.md', toMarkdownReport(model, report, { group: 'key-objective' }));

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
console.log(`\nWrote:\n${written.map((w) => `  ${w}`).join('\n')}`);
if (!rendered.ok) console.log(`\nNo SVG: ${rendered.message}${rendered.reason === 'no-chromium' ? '' : `\n${CHROMIUM_HINT}`}`);
