/**
 * Coalition rows of `npm run bench` (`--coalition-only` for these alone): a
 * coalition of two generated portfolios of `size` nodes each (seeds 1 and 2),
 * with a joint goal and objectives, a link from each member's strategic
 * objectives to a joint objective and twenty shared indicators; validated
 * (`validateCoalition`) against validating one portfolio of twice the size
 * (the same number of nodes in one document) and one of `size`. With the CLI
 * built, the same comparison end to end: `toc validate`, `toc progress --json`
 * and `toc progress --by member` on the files, in fresh processes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { validateCoalition } from '../src/coalition/validate-coalition.js';
import { validate, type TheoryOfChangeDocument } from '../src/index.js';
import { cliBuilt, CLI, measureProcess } from './end-to-end.js';
import { generatePortfolio } from './generate.js';
import { ms, ratio, sideBySide, table } from './measure.js';

const DIR = '.tmp/bench/coalition';

/** A coalition of the two documents, as `member` ids `a` and `b` in files `a.json` and `b.json`. */
export function coalitionOf(a: TheoryOfChangeDocument, b: TheoryOfChangeDocument): Record<string, unknown> {
  const strategic = (doc: TheoryOfChangeDocument): string[] => doc.nodes.filter((n) => n.kind === 'objective' && n.level === 'Strategic objective').map((n) => n.id);
  const indicators = (doc: TheoryOfChangeDocument): string[] => doc.nodes.filter((n) => n.kind === 'indicator' && n.measure.kind === 'number').map((n) => n.id);
  const [ia, ib] = [indicators(a), indicators(b)];
  const shared = Array.from({ length: 20 }, (_, i) => ({ id: `shared-${i + 1}`, indicators: [`a:${ia[i * 7] as string}`, `b:${ib[i * 7] as string}`] }));
  return {
    title: 'A coalition of two portfolios',
    period: a.period,
    levels: ['Joint goal', 'Joint objective'],
    members: [
      { id: 'a', file: './a.json', title: 'Member A' },
      { id: 'b', file: './b.json', title: 'Member B' },
    ],
    nodes: [
      { kind: 'goal', id: 'joint-goal', level: 'Joint goal', title: 'People live free from exploitation' },
      { kind: 'objective', id: 'joint-laws', level: 'Joint objective', title: 'Laws are enforced', contributesTo: ['joint-goal'] },
      { kind: 'objective', id: 'joint-business', level: 'Joint objective', title: 'Businesses are accountable', contributesTo: ['joint-goal'] },
    ],
    links: [
      ...strategic(a).map((id, i) => ({ from: `a:${id}`, to: i % 2 === 0 ? 'joint-laws' : 'joint-business' })),
      ...strategic(b).map((id, i) => ({ from: `b:${id}`, to: i % 2 === 0 ? 'joint-business' : 'joint-laws', weight: 2 })),
    ],
    sharedIndicators: shared,
  };
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The coalition section of the benchmark, as Markdown. */
export function measureCoalition(print: (text: string) => void, log: (text: string) => void, options: { readonly size: number; readonly runs: number }): void {
  const { size } = options;
  log(`[${size}] coalition…`);
  const a = copy(generatePortfolio(size, 1).document);
  const b = copy(generatePortfolio(size, 2).document);
  const coalition = coalitionOf(a, b);
  const double = copy(generatePortfolio(2 * size, 1).document);
  const documents = new Map<string, unknown>([
    ['a', a],
    ['b', b],
  ]);
  const check = validateCoalition(coalition, documents, { name: 'coalition.json' });
  if (!check.ok) throw new Error(`coalition bench: the coalition should be valid: ${JSON.stringify(check.diagnostics.slice(0, 3))}`);
  const nodes = check.model.nodes.length;
  const [together, twice, once] = sideBySide(options.runs, [() => validateCoalition(coalition, documents, { name: 'coalition.json' }), () => validate(double), () => validate(a)]) as [number, number, number];
  print('');
  print('## Coalition');
  print('');
  print(
    `A coalition of two generated portfolios of ${a.nodes.length.toLocaleString('en')} and ${b.nodes.length.toLocaleString('en')} nodes (\`bench/coalition.ts\`: a joint goal and two joint objectives, a link from each member's strategic objectives, twenty shared indicators; ${nodes.toLocaleString('en')} nodes composed), ` +
      `against one generated document of ${double.nodes.length.toLocaleString('en')} nodes and one of ${a.nodes.length.toLocaleString('en')}. Goal: about one pass over the members' nodes, so no slower than the one document of the same size (≤ 1.2×).`,
  );
  print('');
  const rows: string[][] = [
    ['`validateCoalition`', ms(together), `\`validate\`, one ${double.nodes.length.toLocaleString('en')}-node document`, ms(twice), ratio(together / twice), '≤ 1.2×', together / twice <= 1.2 ? 'yes' : '**no**'],
    ['`validateCoalition`', ms(together), `\`validate\`, one ${a.nodes.length.toLocaleString('en')}-node document`, ms(once), ratio(together / once), '—', ''],
  ];
  if (cliBuilt()) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(`${DIR}/coalition.json`, `${JSON.stringify(coalition, null, 2)}\n`);
    writeFileSync(`${DIR}/a.json`, `${JSON.stringify(a, null, 2)}\n`);
    writeFileSync(`${DIR}/b.json`, `${JSON.stringify(b, null, 2)}\n`);
    writeFileSync(`${DIR}/double.json`, `${JSON.stringify(double, null, 2)}\n`);
    const limit = ['--max-file-size', '64'];
    const commands: readonly [string, readonly string[], readonly string[]][] = [
      ['`toc validate`', ['validate'], ['validate']],
      ['`toc progress --json`', ['progress', '--json', '--as-of', '2020-12-31'], ['progress', '--json', '--as-of', '2020-12-31']],
      ['`toc progress --by member`', ['progress', '--by', 'member', '--as-of', '2020-12-31'], ['progress', '--as-of', '2020-12-31']],
    ];
    for (const [name, args, single] of commands) {
      log(`[${size}] coalition: ${name}…`);
      const runs = Math.min(3, options.runs);
      const c = measureProcess([CLI, ...args, `${DIR}/coalition.json`, ...limit], runs, [0]);
      const d = measureProcess([CLI, ...single, `${DIR}/double.json`, ...limit], runs, [0, 1]);
      const s = measureProcess([CLI, ...single, `${DIR}/a.json`, ...limit], runs, [0, 1]);
      rows.push([`${name} (fresh process)`, ms(c.ms), `one ${double.nodes.length.toLocaleString('en')}-node document`, ms(d.ms), ratio(c.ms / d.ms), '≤ 1.2×', c.ms / d.ms <= 1.2 ? 'yes' : '**no**']);
      rows.push([`${name} (fresh process)`, ms(c.ms), `one ${a.nodes.length.toLocaleString('en')}-node document`, ms(s.ms), ratio(c.ms / s.ms), '—', '']);
    }
  }
  print(table(['measure', 'coalition', 'baseline', 'baseline time', 'ratio', 'goal', 'met'], rows));
}
