// @vitest-environment jsdom
/**
 * No user text can inject anything into a Mermaid diagram or a Markdown
 * report. Hostile text (Mermaid syntax, HTML, script, Markdown, control and
 * direction characters, prototype keys) fills every place user text goes:
 * the title, ids, refs, node titles, level names, scale levels, units and
 * assumption titles. Then:
 * - every line of the diagram fits the generator's own grammar (no `click`,
 *   `style`, `classDef`, `linkStyle`, `subgraph` or `end` it did not write,
 *   no unescaped `"`, `<`, `>`), with one node line per node and one edge line
 *   per relation (RUNS cases, no parser: cheap);
 * - Mermaid itself parses the diagram into exactly the model's vertices,
 *   edges and subgraphs, each label showing the text as written;
 * - markdown-it parses the report into exactly the expected headings, one
 *   mermaid fence holding the diagram, and tables with one row per goal or
 *   objective and one cell per column, each cell showing the text as written,
 *   with no HTML but `<br>`, no link, image, code or emphasis.
 * test/mermaid/property.test.ts covers titles, refs, ids and level names
 * through Mermaid with wrapping; test/mermaid/escape.test.ts the escaping
 * rules one by one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUp, type Model, type NodeDocument, type ProgressReport } from '../../src/index.js';
import { CLASS_DEFS, FAILING_LINK_STYLE } from '../../src/mermaid/styles.js';
import { toMermaid, type MermaidOptions } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { toMarkdownReport } from '../../src/report/index.js';
import { parseFlowchart, shownText } from '../mermaid/parse.js';
import { hostileModel, hostileTexts, type HostileTexts } from './hostile.js';
import { parseMarkdown, shownInMarkdown } from './markdown.js';
import { RUNS, runs } from './support.js';

const AS_OF = '2025-06-30';

/** What a browser shows of a text: NUL and unpaired surrogates become U+FFFD. */
function showable(text: string): string {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0) as number;
    return code === 0 || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : c;
  }).join('');
}

function head(node: NodeDocument): string {
  return node.ref === undefined || node.ref === '' ? node.title : `${node.ref} ${node.title}`;
}

/** The generated line under a label with a report: progress and status in fixed words, never user text. */
const PROGRESS_LINE = /^(?:no data|\d+% · (?:achieved|on track|at risk|off track|no data)(?: · coverage \d+%)?(?: · assessed)?)$/;

const OPTIONS: readonly MermaidOptions[] = [
  { wrap: false, indicators: true, assumptions: true, group: 'level' },
  { wrap: false, indicators: true, assumptions: true, group: 'key-objective' },
  { wrap: 12, direction: 'LR', weights: true },
];

/** A drawn node's Mermaid id: `n` and 7 base-36 digits, or a copy's (`<id>_<key objective id>`, `<id>_top`, `<assumption id>_<target id>`, then `_2`…). */
const NODE_ID = 'n[0-9a-z]{7}(?:_(?:[0-9a-z]{7}|top)(?:_\\d+)?)?';
const LEGEND_ID = 'legend_[a-zA-Z]+';
/** Inside quotes: no quote, no raw `<`/`>` except `<br>`, every `#` starting an entity code, no `%`, `:` or backtick. */
const LABEL = '(?:[^"<>#%:`]|<br>|#(?:\\d+|quot|amp|lt|gt);)*';
const SHAPE = ['\\(\\["L"\\]\\)', '\\[\\["L"\\]\\]', '\\[/"L"/\\]', '\\{\\{"L"\\}\\}', '\\["L"\\]', '\\("L"\\)', '>"L"\\]'].map((s) => s.replace(/L/g, LABEL)).join('|');
const GRAMMAR = {
  node: new RegExp(`^(?:  |    )(${NODE_ID})(?:${SHAPE})$`),
  legendNode: new RegExp(`^    (${LEGEND_ID})(?:${SHAPE})$`),
  // Links, and the steps of a link drawn through its assumptions: `a ---|label| A`, `A --- B`, `B --> result`.
  edge: new RegExp(`^  (${NODE_ID}) (-->|-\\.->|-\\.-|---)(?:\\|"${LABEL}"\\|)? (${NODE_ID})$`),
  invisible: new RegExp(`^  (${NODE_ID}) ~~~ (${LEGEND_ID})$`),
  subgraph: new RegExp(`^  subgraph (g\\d+|g[0-9a-z]{7}|legend) \\["${LABEL}"\\]$`),
  direction: /^ {4}direction (TB|LR)$/,
  class: new RegExp(`^  class (?:${NODE_ID}|${LEGEND_ID})(?:,(?:${NODE_ID}|${LEGEND_ID}))* [a-zA-Z]+$`),
  linkStyle: new RegExp(`^  linkStyle \\d+(?:,\\d+)* ${FAILING_LINK_STYLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
};
const CLASS_DEF_LINES = new Set(CLASS_DEFS.map(([name, style]) => `  classDef ${name} ${style}`));

interface GrammarLine {
  readonly kind: keyof typeof GRAMMAR | 'head' | 'end' | 'classDef' | 'foreign';
  readonly match: RegExpExecArray | null;
  readonly line: string;
}

/** Each line of a diagram by the generator's grammar, in order; `foreign` for a line that fits none. */
function grammarOf(text: string): GrammarLine[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i): GrammarLine[] => {
    if (i === 0 && /^flowchart (?:BT|TB|LR|RL)$/.test(line)) return [{ kind: 'head' as const, match: null, line }];
    if (i === 1 && line === '  %% Generated from a theory-of-change model: edit the model, not this diagram.') return [{ kind: 'head' as const, match: null, line }];
    if (i === lines.length - 1 && line === '') return [];
    if (line === '  end') return [{ kind: 'end' as const, match: null, line }];
    if (CLASS_DEF_LINES.has(line)) return [{ kind: 'classDef' as const, match: null, line }];
    for (const kind of Object.keys(GRAMMAR) as (keyof typeof GRAMMAR)[]) {
      const match = GRAMMAR[kind].exec(line);
      if (match !== null) return [{ kind, match, line }];
    }
    return [{ kind: 'foreign' as const, match: null, line }];
  });
}

/** Legend entries the documented rules call for: the shapes drawn, the lines, the statuses shown. */
function expectedLegend(model: Model, report: ProgressReport, options: MermaidOptions): { required: string[]; optional: string[] } {
  const shownKinds = new Set(model.nodes.filter((n) => (n.kind !== 'indicator' || options.indicators === true) && (n.kind !== 'assumption' || options.assumptions === true)).map((n) => n.kind));
  const shapes: string[] = [];
  if (shownKinds.has('goal')) shapes.push('legend_goal');
  if (shownKinds.has('objective')) shapes.push('legend_objective', 'legend_subObjective'); // the hostile model has both
  if (shownKinds.has('indicator')) shapes.push('legend_indicator');
  if (shownKinds.has('duty-bearer')) shapes.push('legend_dutyBearer');
  if (shownKinds.has('rights-holder')) shapes.push('legend_rightsHolder');
  if (shownKinds.has('assumption')) shapes.push('legend_assumption');
  const statusClass = { achieved: 'achieved', 'on track': 'onTrack', 'at risk': 'atRisk', 'off track': 'offTrack', 'no data': 'noData' } as Record<string, string>;
  const statuses = new Set(
    model.nodes
      .filter((n) => n.kind === 'goal' || n.kind === 'objective' || (n.kind === 'indicator' && options.indicators === true))
      .map((n) => String(report.status[report.indexOf(n.id)]).replace(/_|-/g, ' ')),
  );
  const statusIds = ['achieved', 'on track', 'at risk', 'off track', 'no data'].filter((s) => statuses.has(s)).map((s) => `legend_${statusClass[s]}`);
  // Whether the figures count as illustrative is the progress guide's business, not this test's.
  return { required: [...shapes, 'legend_lines', ...statusIds], optional: ['legend_demonstration', 'legend_illustrative'] };
}

describe('Mermaid: hostile text adds nothing to the diagram', () => {
  it(`every line fits the generator's grammar, one per node and relation (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(hostileTexts, fc.constantFrom(...OPTIONS), fc.boolean(), (texts, options, withProgress) => {
        const model = hostileModel(texts);
        const report = withProgress ? rollUp(model, { asOf: AS_OF }) : undefined;
        const ids = mermaidNodeIds(model);
        const lines = grammarOf(toMermaid(model, report, options));
        expect(lines.filter((l) => l.kind === 'foreign').map((l) => l.line)).toEqual([]);
        const of = (kind: string): typeof lines => lines.filter((l) => l.kind === kind);

        // One node line per node drawn, under its own id: each actor here serves one branch and each
        // assumption qualifies one link, so there are no copies.
        const drawn = model.nodes.filter((n) => (n.kind !== 'indicator' || options.indicators === true) && (n.kind !== 'assumption' || options.assumptions === true));
        expect(of('node').map((l) => l.match?.[1]).sort()).toEqual(drawn.map((n) => ids.get(n.id)).sort());

        // One link line per relation; the link resting on the assumption, when assumptions are drawn,
        // is the chain `objective --- assumption --> goal` (two lines), and `underpins` is not drawn on its own.
        const [goal, objective, sub, bearer, holder, assumption, number, scale] = texts.ids.map((id) => ids.get(id) as string);
        const expectedEdges = [
          ...(options.assumptions === true ? [`${objective} --- ${assumption}`, `${assumption} --> ${goal}`] : [`${objective} --> ${goal}`]),
          `${sub} --> ${objective}`,
          `${bearer} -.- ${objective}`,
          `${holder} -.- ${goal}`,
          ...(options.indicators === true ? [`${number} -.-> ${sub}`, `${scale} -.-> ${objective}`] : []),
        ];
        expect(of('edge').map((l) => `${l.match?.[1]} ${l.match?.[2]} ${l.match?.[3]}`).sort()).toEqual(expectedEdges.sort());

        const levelGroups = options.group === 'level' ? ['g0', 'g1'] : options.group === 'key-objective' ? [`g${(objective as string).slice(1)}`] : [];
        expect(of('subgraph').map((l) => l.match?.[1])).toEqual([...levelGroups, ...(report === undefined ? [] : ['legend'])]);
        expect(of('end')).toHaveLength(of('subgraph').length);
        expect(of('linkStyle')).toHaveLength(1); // the link (or chain) resting on the failing assumption

        if (report === undefined) {
          expect([...of('legendNode'), ...of('invisible'), ...of('direction')]).toEqual([]);
          return;
        }
        // The legend: its subgraph opens with one direction line across the flow, holds only legend
        // entries, and each is tied by one invisible link, written after every other link, to one drawn node.
        const open = lines.findIndex((l) => l.kind === 'subgraph' && l.match?.[1] === 'legend');
        const close = lines.findIndex((l, i) => i > open && l.kind === 'end');
        expect(lines[open + 1]?.line).toBe(`    direction ${options.direction === 'LR' || options.direction === 'RL' ? 'LR' : 'TB'}`);
        expect(of('direction')).toHaveLength(1);
        const inside = lines.slice(open + 2, close);
        expect(inside.every((l) => l.kind === 'legendNode')).toBe(true);
        const legendIds = inside.map((l) => l.match?.[1] as string);
        expect(of('legendNode')).toHaveLength(legendIds.length);
        const { required, optional } = expectedLegend(model, report, options);
        expect(legendIds.filter((id) => !optional.includes(id))).toEqual(required);
        const invisible = of('invisible');
        expect(invisible.map((l) => l.match?.[2])).toEqual(legendIds);
        expect(new Set(invisible.map((l) => l.match?.[1])).size).toBe(1);
        expect(drawn.map((n) => ids.get(n.id))).toContain(invisible[0]?.match?.[1]);
        const lastEdge = lines.map((l) => l.kind).lastIndexOf('edge');
        expect(lines.findIndex((l) => l.kind === 'invisible')).toBe(lastEdge + 1);
      }),
      { numRuns: RUNS },
    );
  });

  it(`Mermaid parses exactly the model's vertices, edges and subgraphs, labels as written (${runs(150, 400)} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileTexts, fc.boolean(), async (texts, withProgress) => {
        const model = hostileModel(texts);
        const report = withProgress ? rollUp(model, { asOf: AS_OF }) : undefined;
        const options = OPTIONS[0] as MermaidOptions;
        const parsed = await parseFlowchart(toMermaid(model, report, options));
        const ids = mermaidNodeIds(model);
        const legend = report === undefined ? { required: [], optional: [] } : expectedLegend(model, report, options);

        const legendVertices = [...parsed.vertices.keys()].filter((id) => id.startsWith('legend_'));
        expect(legendVertices.filter((id) => !legend.optional.includes(id))).toEqual(legend.required);
        expect([...parsed.vertices.keys()].filter((id) => !id.startsWith('legend_')).sort()).toEqual(model.nodes.map((n) => ids.get(n.id)).sort());
        for (const node of model.nodes) {
          const vertex = parsed.vertices.get(ids.get(node.id) as string);
          const shown = shownText(vertex?.text ?? '');
          const first = showable(head(node));
          if (node.kind === 'assumption') expect(shown).toBe(`${first}\n⚠ fails`);
          else if (report === undefined || node.kind === 'duty-bearer' || node.kind === 'rights-holder') expect(shown).toBe(first);
          else {
            expect(shown.startsWith(`${first}\n`)).toBe(true);
            expect(shown.slice(first.length + 1)).toMatch(PROGRESS_LINE);
          }
        }
        // Every relation, the one resting on the assumption drawn through it (contributor → assumption → result,
        // which stands for the `underpins` relation too); then the legend's invisible links.
        const [goal, objective, sub, bearer, holder, assumption, number, scale] = texts.ids.map((id) => ids.get(id) as string);
        const expectedEdges = [
          `${objective}→${assumption}`,
          `${assumption}→${goal}`,
          `${sub}→${objective}`,
          `${bearer}→${objective}`,
          `${holder}→${goal}`,
          `${number}→${sub}`,
          `${scale}→${objective}`,
        ];
        const visible = parsed.edges.filter((e) => e.type !== 'arrow_open' || e.stroke !== 'invisible');
        const invisible = parsed.edges.filter((e) => e.stroke === 'invisible');
        expect(visible.map((e) => `${e.start}→${e.end}`).sort()).toEqual(expectedEdges.sort());
        expect(invisible.map((e) => e.end)).toEqual(legendVertices);
        expect(parsed.subgraphs.map((s) => shownText(s.title))).toEqual([
          ...texts.levels.map(showable),
          ...(report === undefined ? [] : [`Key · status as of ${AS_OF}`]),
        ]);
        if (report !== undefined) expect([...(parsed.subgraphs.at(-1)?.nodes ?? [])].sort()).toEqual([...legendVertices].sort());
        // Only the generator's classes: kinds, statuses and the legend's neutral style.
        for (const name of parsed.classes.keys()) expect(['goal', 'objective', 'subObjective', 'indicator', 'dutyBearer', 'rightsHolder', 'assumption', 'assumptionFails', 'achieved', 'onTrack', 'atRisk', 'offTrack', 'noData', 'legendShape']).toContain(name);
      }),
      { numRuns: runs(150, 400) },
    );
  });
});

/** The cells a report writes for a result row: ref and title (and level), escaped. */
function expectedResultCells(model: Model, node: NodeDocument): string[] {
  return [shownInMarkdown(node.ref ?? ''), shownInMarkdown(node.title), shownInMarkdown(model.level(node.id) ?? '')];
}

describe('Markdown: hostile text adds nothing to the report', () => {
  it(`headings, one mermaid fence, tables of the right shape, cells as written, no HTML, link, image or code (${runs(1000, 3000)} cases)`, () => {
    fc.assert(
      fc.property(hostileTexts, fc.constantFrom(...OPTIONS), (texts: HostileTexts, options) => {
        const model = hostileModel(texts);
        const report = rollUp(model, { asOf: AS_OF });
        const markdown = toMarkdownReport(model, report, options);
        const parsed = parseMarkdown(markdown);

        expect(parsed.foreign).toEqual([]);
        expect(parsed.blocks).toEqual([
          ...['heading_open', 'heading_close', 'paragraph_open', 'paragraph_close', 'fence'],
          ...['heading_open', 'heading_close', 'table_open', 'table_close'],
          ...['heading_open', 'heading_close', 'table_open', 'table_close'],
        ]);
        expect(parsed.headings).toEqual([shownInMarkdown(model.title, 'heading'), 'Goals and objectives', 'Indicators']);
        expect(parsed.fences).toEqual([{ info: 'mermaid', content: toMermaid(model, report, options) }]);

        const [results, indicators] = parsed.tables as [{ rows: string[][] }, { rows: string[][] }];
        expect(results.rows).toHaveLength(1 + 3);
        for (const row of results.rows) expect(row).toHaveLength(8);
        const resultNodes = model.nodes.filter((n) => n.kind === 'goal' || n.kind === 'objective');
        const shownRows = results.rows.slice(1).map((row) => row.slice(0, 3));
        expect(shownRows).toEqual(expect.arrayContaining(resultNodes.map((n) => expectedResultCells(model, n))));

        expect(indicators.rows).toHaveLength(1 + 2);
        for (const row of indicators.rows) expect(row).toHaveLength(8);
        const indicatorCells = indicators.rows.slice(1).map((row) => row.slice(0, 2));
        expect(indicatorCells).toEqual(expect.arrayContaining(model.indicators().map((n) => [shownInMarkdown(n.ref ?? ''), shownInMarkdown(n.title)])));
        // The unit and scale levels show as written too.
        expect(indicators.rows.map((row) => row[3])).toContain(shownInMarkdown(`0 ${texts.unit}`));
        expect(indicators.rows.map((row) => row[4])).toContain(shownInMarkdown(texts.scale[1] as string));

        // GitHub turns a bare www. address into a link: every www. outside the fence is escaped.
        const outside = markdown.split('```mermaid')[0] + (markdown.split('```\n')[1] ?? '');
        expect(outside).not.toMatch(/www\./i);
      }),
      { numRuns: runs(1000, 3000) },
    );
  });
});
