/**
 * `npm run bench`: the library against baselines, measured side by side in one
 * process, reported as ratios (absolute times on a shared machine mean little).
 * Options: `--sizes=1000,10000` (default 1k, 10k, 100k, and 1M when the machine
 * has 16 GB or more), `--quick` (fewer runs), `--iati-only` (only the IATI XML
 * section), `--iati-activities=270` (the size of its generated file, ≈ 110 kB of XML each),
 * `--diff-only` (only the diff section, at 10k and 100k), `--coalition-only` (only the coalition
 * section: two members of 10k nodes each, or of the smallest of `--sizes` under 10k).
 */
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { DocumentSchema, createProgressTracker, loadModel, progressSeries, rollUp, type IndicatorDocument, type ProgressReport, type ReadingDocument, type TheoryOfChangeDocument } from '../src/index.js';
import { toMermaid } from '../src/mermaid/index.js';
import { Model } from '../src/model/model.js';
import { generatePortfolio } from './generate.js';
import { measureCoalition } from './coalition.js';
import { measureDiff } from './diff.js';
import { measureIati } from './iati.js';
import { CLI, cliBuilt, COMMANDS, fileSize, jsonFloorArgs, measureProcess, tocArgs, writeFiles, yamlParseArgs } from './end-to-end.js';
import { bytes, median, ms, ratio, settledHeap, sideBySide, table, time } from './measure.js';
import { sizeWithoutText } from './without-text.js';
import { buildGraph, prepareReference, referenceRollUp, rollUpGraph, statusName, type Numbers } from './reference.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));
const quick = args.has('quick');
/** `--e2e-only`: only the start-up and end-to-end rows (they need `npm run build`). */
const e2eOnly = args.has('e2e-only');
/** `--size-only`: only the bundle sizes (the core's goal: under 15 kB gzipped). */
const sizeOnly = args.has('size-only');
/** `--iati-only`: only the IATI XML reader and writer, on a generated file of `--iati-activities` activities (default 270, ≈ 30 MB). */
const iatiOnly = args.has('iati-only');
/** `--diff-only`: only the diff section, at the sizes of 10k and 100k among `--sizes`. */
const diffOnly = args.has('diff-only');
/** `--coalition-only`: only the coalition section. */
const coalitionOnly = args.has('coalition-only');
const iatiActivities = Number(args.get('iati-activities') ?? 270);
const bigEnough = totalmem() >= 16 * 2 ** 30;
const sizes = (args.get('sizes') ?? `1000,10000,100000${bigEnough ? ',1000000' : ''}`).split(',').map(Number);
const ASOF = '2020-12-31';
const SERIES = ['2015-12-31', '2016-12-31', '2017-12-31', '2018-12-31', '2019-12-31', '2020-12-31'];

/** Runs per size: fewer for big models, so the whole benchmark stays within minutes. */
function runsFor(size: number): number {
  if (size >= 1_000_000) return 1;
  if (quick) return 3;
  return size <= 10_000 ? 9 : 5;
}

/** A document as `JSON.parse` would give it: nothing shared between nodes. Node by node, so no giant string. */
function asParsedJson(document: TheoryOfChangeDocument): TheoryOfChangeDocument {
  const { nodes, ...header } = document;
  return { ...(JSON.parse(JSON.stringify(header)) as Omit<TheoryOfChangeDocument, 'nodes'>), nodes: nodes.map((n) => JSON.parse(JSON.stringify(n)) as TheoryOfChangeDocument['nodes'][number]) };
}

/** Same numbers within rounding, same status unless at a boundary: returns the ids that differ. */
function differences(report: ProgressReport, expected: (id: string) => Numbers | undefined): string[] {
  const bad: string[] = [];
  const close = (x: number | null, y: number): boolean => (x === null ? Number.isNaN(y) : Math.abs(x - y) < 1e-9);
  for (const e of [...report.results, ...report.indicators]) {
    const b = expected(e.id);
    if (b === undefined || !close(e.progress, b.progress) || !close(e.expected, b.expected) || !close(e.coverage, b.coverage)) {
      bad.push(e.id);
      continue;
    }
    if (e.status !== b.status) {
      const p = e.progress ?? Number.NaN;
      const shortfall = (e.expected ?? 1) - p;
      if (![Math.abs(p - 1), Math.abs(shortfall - 0.1), Math.abs(shortfall - 0.25)].some((d) => d < 1e-9)) bad.push(e.id);
    }
  }
  return bad;
}

interface Row {
  readonly measure: string;
  readonly library: number;
  readonly baseline: number;
  readonly baselineName: string;
  /** How the ratio reads: library / baseline ("times slower"), or baseline / library ("times faster"). */
  readonly ratio: number;
  readonly goal: string;
  readonly met: boolean | undefined;
}

interface SizeResult {
  readonly size: number;
  readonly nodes: number;
  readonly rows: Row[];
  /** Times by key, for the growth table. */
  readonly times: Map<string, number>;
  readonly notes: string[];
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function measureSize(size: number): SizeResult {
  const runs = runsFor(size);
  const rows: Row[] = [];
  const times = new Map<string, number>();
  const notes: string[] = [];
  log(`\n[${size}] generating…`);
  const huge = size >= 1_000_000;
  const { document, indicators } = (() => {
    const generated = generatePortfolio(size, 1);
    return { document: asParsedJson(generated.document), indicators: generated.indicators };
  })();
  const nodes = document.nodes.length;

  // 1. Load + validate, against zod's parse of the same document alone.
  log(`[${size}] load + validate (${runs} runs)…`);
  const [load, zod] = sideBySide(runs, [() => loadModel(document), () => DocumentSchema.parse(document)], !huge) as [number, number];
  rows.push({ measure: 'load + validate (`loadModel`)', library: load, baseline: zod, baselineName: 'zod `DocumentSchema.parse` alone', ratio: load / zod, goal: '≤ 3×', met: load / zod <= 3 });
  times.set('load', load);

  const model = loadModel(document);

  // 2. Full roll-up as of one date.
  log(`[${size}] roll-up…`);
  const reference = prepareReference(document);
  const report = rollUp(model, { asOf: ASOF });
  const ref = referenceRollUp(reference, ASOF);
  const position = new Map(reference.ids.map((id, i) => [id, i]));
  const refDiff = differences(report, (id) => {
    const i = position.get(id);
    return i === undefined ? undefined : { progress: ref.progress[i] as number, expected: ref.expected[i] as number, coverage: ref.coverage[i] as number, status: statusName(ref.status[i] as number) };
  });
  if (refDiff.length > 0) throw new Error(`The typed-array reference disagrees with rollUp on ${refDiff.length} nodes, e.g. ${refDiff.slice(0, 3).join(', ')}`);
  // The report's numbers (its entries are built on demand): checked against its entries first.
  const numbers = rollUp(model, { asOf: ASOF });
  const numbersDiff = differences(report, (id) => {
    const j = numbers.indexOf(id);
    return j === -1 ? undefined : { progress: numbers.progress[j] as number, expected: numbers.expected[j] as number, coverage: numbers.coverage[j] as number, status: numbers.status[j] as Numbers['status'] };
  });
  if (numbersDiff.length > 0) throw new Error(`rollUp's numbers disagree with its entries on ${numbersDiff.length} nodes, e.g. ${numbersDiff.slice(0, 3).join(', ')}`);
  const [warm, lean, single] = sideBySide(huge ? 3 : runs * 3, [() => rollUp(model, { asOf: ASOF }).indicators.length, () => rollUp(model, { asOf: ASOF }).progress.length, () => referenceRollUp(reference, ASOF)]) as [number, number, number];
  rows.push({ measure: 'roll-up, one date (`rollUp`: the numbers, entries left to build on demand)', library: lean, baseline: single, baselineName: 'single pass over typed arrays', ratio: lean / single, goal: '≤ 3×', met: lean / single <= 3 });
  rows.push({ measure: 'roll-up, one date (`rollUp`, every entry built: `report.results` and `.indicators` read)', library: warm, baseline: single, baselineName: 'single pass over typed arrays', ratio: warm / single, goal: '—', met: undefined });
  times.set('rollUp', warm);
  times.set('rollUpNumbers', lean); // the report's numbers alone (rollUpNumbers before the report gave its numbers first)
  // Cold: the first roll-up of a model, which also compiles it (models built outside the timing).
  const cold = median(
    Array.from({ length: runs }, () => {
      const fresh = new Model(model.document);
      return time(() => rollUp(fresh, { asOf: ASOF }).progress.length);
    }),
  );
  times.set('rollUpCold', cold);
  // The straightforward approach: build the graph, then sort and walk it (timed apart, so the graph is built once per run).
  const builds: number[] = [];
  const walks: number[] = [];
  let straight = new Map<string, Numbers>();
  for (let run = 0; run < runs; run++) {
    let graph: ReturnType<typeof buildGraph> | undefined;
    builds.push(time(() => (graph = buildGraph(document))));
    const built = graph as ReturnType<typeof buildGraph>;
    walks.push(time(() => (straight = rollUpGraph(built, document.period, ASOF))));
  }
  const graphWalk = median(walks);
  const graphology = median(builds) + graphWalk;
  const straightDiff = differences(report, (id) => straight.get(id));
  if (straightDiff.length > 0) throw new Error(`The graphology roll-up disagrees with rollUp on ${straightDiff.length} nodes, e.g. ${straightDiff.slice(0, 3).join(', ')}`);
  rows.push({ measure: 'roll-up, one date (`rollUp` numbers, model already compiled)', library: lean, baseline: graphWalk, baselineName: 'graphology-dag sort + walk of a graph already built', ratio: graphWalk / lean, goal: '≥ 20× faster', met: graphWalk / lean >= 20 });
  rows.push({ measure: 'roll-up, one date (`rollUp`, full report, model already compiled)', library: warm, baseline: graphWalk, baselineName: 'graphology-dag sort + walk of a graph already built', ratio: graphWalk / warm, goal: '—', met: undefined });
  rows.push({ measure: 'first roll-up of a model (`rollUp` numbers, compiles it)', library: cold, baseline: graphology, baselineName: 'graphology build + graphology-dag sort + walk', ratio: graphology / cold, goal: '≥ 20× faster', met: graphology / cold >= 20 });
  times.set('graphology', graphology);

  // 3. Incremental update: one new observation, against a full recompute.
  log(`[${size}] incremental updates…`);
  const tracker = createProgressTracker(model, { asOf: ASOF });
  const picks = indicators.filter((_, k) => k % Math.max(1, Math.floor(indicators.length / 61)) === 0).slice(0, 61);
  const updates: number[] = [];
  for (const id of picks) {
    const node = model.node(id) as IndicatorDocument;
    const last = node.observations?.[node.observations.length - 1] as ReadingDocument;
    const reading: ReadingDocument = { ...last, date: '2020-12-30', source: 'Dashboard' };
    let ok = false;
    updates.push(time(() => (ok = tracker.addObservation(id, reading).ok), false));
    if (!ok) throw new Error(`The tracker rejected a reading for ${id}`);
  }
  const incremental = median(updates);
  notes.push(`one new observation: median ${ms(incremental)}, mean ${ms(updates.reduce((a, b) => a + b, 0) / updates.length)} over ${updates.length} updates (timed as they come, without a collection before each: the mean includes the garbage collections the updates cause)`);
  rows.push({ measure: 'one new observation (`createProgressTracker`)', library: incremental, baseline: warm, baselineName: 'full `rollUp` again', ratio: warm / incremental, goal: size >= 100_000 ? '≥ 100× faster' : '—', met: size >= 100_000 ? warm / incremental >= 100 : undefined });
  times.set('incremental', incremental);
  if (size <= 100_000) {
    // What the public API offers without the tracker: a new model from the changed document, rolled up.
    const changed = tracker.document();
    const reload = median(Array.from({ length: size >= 100_000 ? 1 : 3 }, () => time(() => rollUp(loadModel(changed), { asOf: ASOF }))));
    rows.push({ measure: 'one new observation (`createProgressTracker`)', library: incremental, baseline: reload, baselineName: '`loadModel` of the changed document, then `rollUp`', ratio: reload / incremental, goal: '—', met: undefined });
    const full = rollUp(loadModel(tracker.document()), { asOf: ASOF });
    if (JSON.stringify(full) !== JSON.stringify(tracker.report())) throw new Error('The tracker report differs from a full roll-up of the model with the observations added');
    notes.push(`after ${picks.length} updates, the tracker's report was checked equal (as JSON) to a full roll-up of the model with the observations added`);
  }

  // 4. Series over six dates, against six single-date roll-ups.
  log(`[${size}] series…`);
  // A series builds every entry of its reports (to share the unchanged ones between dates): its baseline is six full reports, every entry read.
  const fullReport = (asOf: string): number => rollUp(model, { asOf }).indicators.length;
  const [series, six] = sideBySide(runs, [() => progressSeries(model, SERIES), () => SERIES.map(fullReport)], !huge) as [number, number];
  rows.push({ measure: 'series, six dates (`progressSeries`)', library: series, baseline: six, baselineName: 'six single-date `rollUp`, every entry read', ratio: series / six, goal: 'clearly < 1× (< 6 roll-ups)', met: series / six < 0.8 });
  times.set('series', series);
  const QUARTERS = ['2019-09-30', '2019-12-31', '2020-03-31', '2020-06-30', '2020-09-30', '2020-12-31'];
  if (size < 1_000_000) {
    const [quarterly, sixQuarters] = sideBySide(runs, [() => progressSeries(model, QUARTERS), () => QUARTERS.map(fullReport)]) as [number, number];
    rows.push({ measure: 'series, six quarter-ends', library: quarterly, baseline: sixQuarters, baselineName: 'six single-date `rollUp`, every entry read', ratio: quarterly / sixQuarters, goal: '—', met: undefined });
  }

  // 5. Mermaid export, against joining the same labels (not at 1M: no one draws a million-node diagram).
  if (huge) return { size, nodes, rows, times, notes };
  log(`[${size}] Mermaid…`);
  const relations = model.relations;
  const [mermaid, join] = sideBySide(size <= 10_000 ? runs * 3 : Math.max(3, runs - 2), [
    () => toMermaid(model, undefined, { indicators: true, assumptions: true }),
    () => [...model.nodes.map((n) => `  ${n.id}["${n.ref === undefined ? '' : `${n.ref} `}${n.title}"]`), ...relations.map((r) => `  ${r.from} --> ${r.to}`)].join('\n'),
  ]) as [number, number];
  rows.push({ measure: 'Mermaid export (`toMermaid`, every node)', library: mermaid, baseline: join, baselineName: 'joining the same labels and links', ratio: mermaid / join, goal: size === 1_000 ? '≤ 3×' : '—', met: size === 1_000 ? mermaid / join <= 3 : undefined });
  times.set('mermaid', mermaid);
  // The first export of a model works out and keeps what depends on the model alone (ids, encoded labels): timed on fresh models.
  const firstExport = median(
    Array.from({ length: size <= 10_000 ? runs * 3 : runs }, () => {
      const fresh = new Model(model.document);
      return time(() => toMermaid(fresh, undefined, { indicators: true, assumptions: true }));
    }),
  );
  rows.push({ measure: 'Mermaid export, first of a model (`toMermaid`, fills its caches)', library: firstExport, baseline: join, baselineName: 'joining the same labels and links', ratio: firstExport / join, goal: '—', met: undefined });
  times.set('mermaidFirst', firstExport);

  return { size, nodes, rows, times, notes };
}

/** 6. Heap held by a loaded model against the parsed document alone (own process state: run first). */
function measureMemory(size: number): { document: number; model: number; compiled: number; diagram: number } {
  const generated = generatePortfolio(size, 1).document;
  const h0 = settledHeap();
  let parsed: TheoryOfChangeDocument | undefined = asParsedJson(generated);
  const h1 = settledHeap();
  const model = loadModel(parsed);
  parsed = undefined;
  const h2 = settledHeap();
  rollUp(model, { asOf: ASOF });
  const h3 = settledHeap();
  toMermaid(model, undefined, { indicators: true, assumptions: true });
  const h4 = settledHeap();
  void model.title;
  return { document: h1 - h0, model: h2 - h0, compiled: h3 - h0, diagram: h4 - h0 };
}

/** The package's entries and their sources. */
const ENTRIES: Readonly<Record<string, string>> = {
  'theory-of-change': 'src/index.ts',
  'theory-of-change/mermaid': 'src/mermaid/index.ts',
  'theory-of-change/report': 'src/report/index.ts',
  'theory-of-change/parse': 'src/parse/index.ts',
  'theory-of-change/iati': 'src/iati/index.ts',
};

/** The core: what an application that validates, loads and rolls up ships of the library. Goal: under 15 kB gzipped. */
const CORE: Imported = { entry: 'theory-of-change', names: ['validate', 'loadModel', 'rollUp'] };

/** Some functions imported from one entry. */
interface Imported {
  readonly entry: string;
  readonly names: readonly string[];
}

/** What an application importing only some functions ships of the library (tree-shaken). */
const PICKS: readonly Imported[] = [
  { entry: 'theory-of-change', names: ['validate'] },
  CORE,
  { entry: 'theory-of-change', names: ['loadModel', 'createProgressTracker'] },
  { entry: 'theory-of-change/mermaid', names: ['toMermaid'] },
  { entry: 'theory-of-change/report', names: ['toMarkdownReport'] },
  { entry: 'theory-of-change/report', names: ['formatProgressTable'] },
];

/**
 * Minified and gzipped size of a whole entry, or of an application importing only some
 * functions from it: esbuild, tree-shaken (the package says `"sideEffects": false`),
 * every dependency left out (zod, graphology: `packages: 'external'`).
 */
async function bundleSize(pick: string | Imported, withDependencies = false): Promise<{ minified: number; gzipped: number; top: [string, number][] }> {
  const source = ENTRIES[typeof pick === 'string' ? pick : pick.entry] as string;
  const contents = typeof pick === 'string' ? `export * from './${source}';` : `export { ${pick.names.join(', ')} } from './${source}';`;
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    ...(withDependencies ? { platform: 'browser', target: 'es2022' } : { platform: 'neutral', target: 'node20', packages: 'external' }),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  const output = Object.values(result.metafile.outputs)[0] as { inputs: Record<string, { bytesInOutput: number }> };
  const byFolder = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (!path.startsWith('src/')) continue;
    const folder = path.replace(/^src\//, '').replace(/\/[^/]+$/, '');
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytesInOutput);
  }
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, top: [...byFolder].sort((a, b) => b[1] - a[1]) };
}

/** The core's size against its goal, each entry's, and some applications' (see {@link bundleSize}). */
async function printBundleSizes(print: (text: string) => void): Promise<void> {
  log('bundle size…');
  const core = await bundleSize(CORE);
  print('');
  print('## Core entry size');
  print('');
  print(
    `The core, \`import { ${CORE.names.join(', ')} } from '${CORE.entry}'\`, bundled by esbuild, tree-shaken, minified, without its dependencies (zod, graphology): ${bytes(core.minified)} minified, **${bytes(core.gzipped)} gzipped** (goal: under 15 kB${core.gzipped < 15_000 ? ', met' : ', **not met**'}).`,
  );
  const bare = await sizeWithoutText(`export { ${CORE.names.join(', ')} } from './${ENTRIES[CORE.entry] as string}';`);
  print('');
  print(
    `The same core with every text longer than 12 characters emptied (messages, hints, explanations; what moving all of them out of the core could save at most): ${bytes(bare.minified)} minified, ${bytes(bare.gzipped)} gzipped.`,
  );
  const whole = await bundleSize(CORE, true);
  const graph = await bundleSize({ entry: CORE.entry, names: [...CORE.names, 'toGraph'] }, true);
  print('');
  print(
    `What a browser application importing the core ships in all, its dependencies bundled too (zod; graphology only with \`toGraph\`): ${bytes(whole.minified)} minified, ${bytes(whole.gzipped)} gzipped; with \`toGraph\` as well, ${bytes(graph.gzipped)} gzipped.`,
  );
  print('');
  print(table(['part', 'minified bytes'], core.top.map(([folder, n]) => [folder, String(n)])));
  print('');
  print('Each entry whole, bundled the same way:');
  print('');
  const entries: string[][] = [];
  for (const entry of Object.keys(ENTRIES)) {
    const size = await bundleSize(entry);
    entries.push([`\`${entry}\``, bytes(size.minified), bytes(size.gzipped)]);
  }
  print(table(['entry', 'minified', 'gzipped'], entries));
  print('');
  print('What an application that imports only some functions ships of the library, bundled the same way:');
  print('');
  const picks: string[][] = [];
  for (const pick of PICKS) {
    const size = await bundleSize(pick);
    picks.push([`${pick.names.map((name) => `\`${name}\``).join(' + ')} from \`${pick.entry}\``, bytes(size.minified), bytes(size.gzipped)]);
  }
  print(table(['imports', 'minified', 'gzipped'], picks));
}

async function main(): Promise<void> {
  const started = Date.now();
  const out: string[] = [];
  const print = (text: string): void => {
    out.push(text);
    process.stdout.write(`${text}\n`);
  };
  print(`# theory-of-change benchmark`);
  print('');
  print(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB. Medians of interleaved runs; ratios are what to read.`);
  print(`Models: the seeded portfolio generator (bench/generate.ts), seed 1. Roll-ups as of ${ASOF}.`);
  if (sizeOnly) {
    await printBundleSizes(print);
    return;
  }
  if (iatiOnly) {
    measureIati(print, log, { activities: iatiActivities, runs: quick ? 3 : 5 });
    return;
  }
  const diffSizes = sizes.filter((size) => size === 10_000 || size === 100_000);
  if (diffOnly) {
    measureDiff(print, log, { sizes: diffSizes, runs: quick ? 3 : 5 });
    return;
  }
  const coalitionSize = sizes.includes(10_000) ? 10_000 : Math.min(...sizes);
  if (coalitionOnly) {
    measureCoalition(print, log, { size: coalitionSize, runs: quick ? 3 : 5 });
    return;
  }

  const memorySize = sizes.includes(100_000) ? 100_000 : (sizes[sizes.length - 1] as number);
  log(`memory at ${memorySize}…`);
  const memory = e2eOnly ? undefined : measureMemory(memorySize);

  const results: SizeResult[] = [];
  for (const size of e2eOnly ? [] : sizes) {
    const result = measureSize(size);
    results.push(result);
    print('');
    print(`## ${result.nodes.toLocaleString('en')} nodes`);
    print('');
    print(
      table(
        ['measure', 'library', 'baseline', 'baseline time', 'ratio', 'goal', 'met'],
        result.rows.map((r) => [r.measure, ms(r.library), r.baselineName, ms(r.baseline), r.goal.includes('faster') ? `${ratio(r.ratio)} faster` : ratio(r.ratio), r.goal, r.met === undefined ? '' : r.met ? 'yes' : '**no**']),
      ),
    );
    for (const note of result.notes) print(`\n- ${note}`);
  }

  if (memory !== undefined) {
    print('');
    print(`## Memory (${memorySize.toLocaleString('en')} nodes)`);
    print('');
    print(
      table(
        ['heap held by', 'size', 'ratio to the parsed document', 'goal', 'met'],
        [
          ['the parsed document alone (`JSON.parse`)', bytes(memory.document), '1×', '', ''],
          ['a loaded model (`loadModel`), document dropped', bytes(memory.model), ratio(memory.model / memory.document), '≤ 3×', memory.model / memory.document <= 3 ? 'yes' : '**no**'],
          ['the model after its first roll-up (compiled form kept)', bytes(memory.compiled), ratio(memory.compiled / memory.document), '', ''],
          ['the model after its first roll-up and Mermaid export (diagram caches kept)', bytes(memory.diagram), ratio(memory.diagram / memory.document), '', ''],
        ],
      ),
    );
  }

  const at = (size: number): SizeResult | undefined => results.find((r) => r.size === size);
  const small = at(10_000);
  const large = at(100_000);
  if (small !== undefined && large !== undefined) {
    print('');
    print('## Growth: time at 100k nodes over time at 10k');
    print('');
    const keys: [string, string][] = [
      ['load', 'load + validate'],
      ['rollUpNumbers', 'roll-up, numbers (compiled model)'],
      ['rollUp', 'roll-up, full report (compiled model)'],
      ['rollUpCold', 'first roll-up (compiles)'],
      ['incremental', 'one new observation'],
      ['series', 'series, six dates'],
      ['mermaid', 'Mermaid export'],
      ['mermaidFirst', 'Mermaid export, first of a model'],
      ['graphology', 'graphology baseline'],
    ];
    const growth = keys.map(([key, name]) => {
      const g = (large.times.get(key) as number) / (small.times.get(key) as number);
      return [name, ratio(g), g <= 15 ? 'near-linear' : g <= 30 ? 'above linear' : '**superlinear**'];
    });
    print(table(['measure', '100k / 10k (linear: 10×; sizes are ' + `${small.nodes} and ${large.nodes} nodes)`, 'verdict'], growth));
  }

  // End to end: the toc command on files, in fresh processes.
  if (!cliBuilt()) {
    print('');
    print('## End to end (`toc` on files)');
    print('');
    print(`Skipped: ${CLI} is missing. Run \`npm run build\` first.`);
  } else {
    const e2eSizes = sizes.filter((size) => size === 10_000 || size === 100_000);
    // Fresh processes at 100k take seconds each: one run there keeps the whole benchmark within minutes.
    const runsAt = (size: number): number => (quick || size >= 100_000 ? 1 : 3);
    print('');
    print('## End to end (`toc` on files)');
    print('');
    print(
      'Each command in a fresh `node` process, as a user runs it (median of three runs at 10k, one at 100k; peak memory is the largest peak resident set size seen, VmHWM). ' +
        'The floor is `node` reading the same data as JSON and calling `JSON.parse`; for YAML the baseline is `node` reading the YAML file with js-yaml `load` alone (the fastest YAML parse measured). ' +
        'Goals at 100k: JSON ≤ 4× the floor, YAML ≤ 2× the YAML parse alone, peak memory ≤ 10× the file size.',
    );
    const startupRuns = quick ? 5 : 11;
    log('CLI start-up…');
    const bare = measureProcess(['-e', '0'], startupRuns);
    const versionRun = measureProcess([CLI, '--version'], startupRuns);
    const small = measureProcess([CLI, 'validate', 'examples/water.yaml'], startupRuns);
    print('');
    print(
      table(
        ['start-up', 'time', 'bare `node -e 0`', 'ratio', 'peak memory'],
        [
          ['`toc --version`', ms(versionRun.ms), ms(bare.ms), ratio(versionRun.ms / bare.ms), bytes(versionRun.rss)],
          ['`toc validate examples/water.yaml`', ms(small.ms), ms(bare.ms), ratio(small.ms / bare.ms), bytes(small.rss)],
        ],
      ),
    );
    for (const size of e2eSizes) {
      log(`[${size}] end to end: writing files…`);
      const files = writeFiles(generatePortfolio(size, 1).document, size);
      const rows: string[][] = [];
      const processRuns = runsAt(size);
      const floor = measureProcess(jsonFloorArgs(files.json), processRuns);
      const yamlAlone = measureProcess(yamlParseArgs(files.yaml), processRuns);
      for (const [format, file, baseline, baselineName, goal] of [
        ['JSON', files.json, floor, '`JSON.parse` (floor)', 4],
        ['YAML', files.yaml, yamlAlone, 'js-yaml `load` alone', 2],
      ] as const) {
        const fileBytes = fileSize(file);
        rows.push([`node + ${baselineName}`, format, bytes(fileBytes), ms(baseline.ms), '', '1×', '', bytes(baseline.rss), ratio(baseline.rss / fileBytes), '', '']);
        for (const command of COMMANDS) {
          log(`[${size}] end to end: ${format} ${command.name}…`);
          const run = measureProcess(tocArgs(command.args, file), processRuns);
          const r = run.ms / baseline.ms;
          const memory = run.rss / fileBytes;
          const at100k = size === 100_000;
          rows.push([command.name, format, bytes(fileBytes), ms(run.ms), baselineName, ratio(r), at100k ? `≤ ${goal}×` : '—', bytes(run.rss), ratio(memory), at100k ? '≤ 10×' : '—', at100k ? (r <= goal ? 'yes' : '**no**') + ' / ' + (memory <= 10 ? 'yes' : '**no**') : '']);
        }
      }
      print('');
      print(`### ${size.toLocaleString('en')}-node portfolio`);
      print('');
      print(table(['command', 'file', 'size', 'time', 'baseline', 'time ratio', 'goal', 'peak memory', 'memory / file size', 'goal', 'met (time / memory)'], rows));
    }
  }

  if (!e2eOnly) measureDiff(print, log, { sizes: diffSizes, runs: quick ? 3 : 5 });
  if (!e2eOnly) measureCoalition(print, log, { size: coalitionSize, runs: quick ? 3 : 5 });
  if (!e2eOnly) measureIati(print, log, { activities: iatiActivities, runs: quick ? 3 : 5 });

  await printBundleSizes(print);
  print('');
  print(`Total benchmark time: ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

await main();
