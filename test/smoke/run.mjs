// Packs the library, installs the tarball into a throwaway consumer project,
// and imports it both ways (ESM import and CommonJS require), as a user would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'toc-smoke-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const consumer = join(work, 'consumer');
  run('mkdir', ['-p', consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'zod@^4'], consumer);
  const doc = { title: 'Smoke', nodes: [{ kind: 'goal', id: 'g', title: 'Goal' }, { kind: 'objective', id: 'o', title: 'Objective', contributesTo: ['g'] }] };
  writeFileSync(join(consumer, 'esm.mjs'), `
import { validate, toJsonSchema, rollUp, loadModel } from 'theory-of-change';
import { toMermaid } from 'theory-of-change/mermaid';
import { formatProgressTable, toMarkdownReport } from 'theory-of-change/report';
import { parseText } from 'theory-of-change/node';
import { validateText, parseText as parseInBrowser } from 'theory-of-change/parse';
import { readIatiActivities, writeIati } from 'theory-of-change/iati';
import { addReadings, readingsFromCsv, readingsTemplate } from 'theory-of-change/readings';
import { diff, formatDiffText } from 'theory-of-change/diff';
import schema from 'theory-of-change/schema.json' with { type: 'json' };
import coalitionSchema from 'theory-of-change/coalition-schema.json' with { type: 'json' };
const r = validate(${JSON.stringify(doc)});
if (!r.ok || r.model.parents('o')[0] !== 'g') throw new Error('ESM: unexpected result');
const report = rollUp(r.model, { asOf: '2025-01-01' });
if (!toMermaid(r.model, report).startsWith('flowchart BT')) throw new Error('ESM: mermaid entry broken');
if (!toMarkdownReport(r.model, report).startsWith('## Smoke') || !formatProgressTable(r.model, report).startsWith('Smoke — progress as of 2025-01-01')) throw new Error('ESM: report entry broken');
if (!parseText('a: 1').ok) throw new Error('ESM: node entry broken');
const checked = validateText('title: T\\nnodes:\\n  - { kind: goal, id: g, title: G, contributesTo: [x] }\\n', 'pasted.yaml');
if (checked.diagnostics[0]?.position?.line !== 3 || !parseInBrowser('{"a": 1}').ok) throw new Error('ESM: parse entry broken');
if (schema.type !== 'object' || toJsonSchema().type !== 'object') throw new Error('ESM: schema missing');
if (coalitionSchema.required?.includes('members') !== true) throw new Error('ESM: coalition schema missing');
const iati = readIatiActivities('<iati-activities version="2.03"><iati-activity><iati-identifier>XM-1</iati-identifier></iati-activity></iati-activities>');
if (iati.activities[0]?.identifier !== 'XM-1' || !writeIati(iati).includes('<iati-identifier>XM-1</iati-identifier>')) throw new Error('ESM: iati entry broken');
const sheet = readingsFromCsv('indicator;date;value\\nn;2025-12-31;2\\n');
const added = sheet.ok && addReadings('title: T\\nnodes:\\n  - { kind: goal, id: g, title: G }\\n  - { kind: indicator, id: n, title: N, measures: [g], measure: { kind: number } }\\n', sheet.sheet);
if (!added || !added.ok || !added.text.includes('observations: [{ date: 2025-12-31, value: 2 }]')) throw new Error('ESM: readings entry broken');
if ((await readingsTemplate(r.model, 'xlsx')).length < 1000) throw new Error('ESM: readings template broken');
const changed = loadModel({ ...${JSON.stringify(doc)}, title: 'Smoke 2' });
const d = diff(r.model, changed, { asOf: '2025-01-01' });
if (d.equal || d.changes[0]?.kind !== 'document-changed' || !formatDiffText(d).startsWith('1 change;') || !diff(r.model, r.model).equal) throw new Error('ESM: diff entry broken');
console.log('esm ok');
`);
  writeFileSync(join(consumer, 'cjs.cjs'), `
const { validate, TheoryOfChangeError, loadModel, rollUp } = require('theory-of-change');
const { toMermaid } = require('theory-of-change/mermaid');
const { formatProgressTable, toMarkdownReport } = require('theory-of-change/report');
const { loadModelFile } = require('theory-of-change/node');
const { parseText } = require('theory-of-change/parse');
const { readIati, writeIati } = require('theory-of-change/iati');
const ids = [];
if (readIati('<iati-activities version="2.03"><iati-activity><iati-identifier>XM-2</iati-identifier></iati-activity></iati-activities>', (a) => ids.push(a.identifier)).diagnostics.length !== 0 || ids[0] !== 'XM-2') throw new Error('CJS: iati entry broken');
if (!writeIati({ activities: [] }).startsWith('<?xml version="1.0" encoding="UTF-8"?>')) throw new Error('CJS: iati writer broken');
if (parseText('a: [1, 2]').data.a[1] !== 2) throw new Error('CJS: parse entry broken');
const { checkReadings } = require('theory-of-change/readings');
const { diff } = require('theory-of-change/diff');
if (checkReadings(${JSON.stringify(doc)}, [{ indicator: 'x', date: '2025-12-31', value: 1 }]).problems[0]?.code !== 'unknown-indicator') throw new Error('CJS: readings entry broken');
const r = validate(${JSON.stringify(doc)});
if (!r.ok || r.model.children('g')[0] !== 'o') throw new Error('CJS: unexpected result');
const report = rollUp(r.model, { asOf: '2025-01-01' });
if (!diff(r.model, r.model).equal) throw new Error('CJS: diff entry broken');
if (!toMermaid(r.model, report).startsWith('flowchart BT')) throw new Error('CJS: mermaid entry broken');
if (!toMarkdownReport(r.model, report).startsWith('## Smoke') || !formatProgressTable(r.model, report).startsWith('Smoke — progress as of 2025-01-01')) throw new Error('CJS: report entry broken');
try { loadModel({}); throw new Error('CJS: no throw'); } catch (e) { if (!(e instanceof TheoryOfChangeError)) throw e; }
loadModelFile('/nonexistent.yaml').catch((e) => { if (!(e instanceof TheoryOfChangeError)) { console.error(e); process.exit(1); } console.log('cjs ok'); });
`);
  process.stdout.write(run('node', ['esm.mjs'], consumer));
  process.stdout.write(run('node', ['cjs.cjs'], consumer));
} finally {
  rmSync(work, { recursive: true, force: true });
}
