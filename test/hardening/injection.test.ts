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
import { rollUp, type Model, type NodeDocument } from '../../src/index.js';
import { toMermaid, type MermaidOptions } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { toMarkdownReport } from '../../src/report/index.js';
import { parseFlowchart, shownText } from '../mermaid/parse.js';
import { diagramLines, hostileModel, hostileTexts, type HostileTexts } from './hostile.js';
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

describe('Mermaid: hostile text adds nothing to the diagram', () => {
  it(`every line fits the generator's grammar, one per node and relation (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(hostileTexts, fc.constantFrom(...OPTIONS), fc.boolean(), (texts, options, withProgress) => {
        const model = hostileModel(texts);
        const report = withProgress ? rollUp(model, { asOf: AS_OF }) : undefined;
        const lines = diagramLines(toMermaid(model, report, options));
        expect(lines.foreign).toEqual([]);
        const drawn = model.nodes.filter(
          (n) => (n.kind !== 'indicator' || options.indicators === true) && (n.kind !== 'assumption' || options.assumptions === true),
        ).length;
        expect(lines.nodes).toBe(drawn + (report === undefined ? 0 : 5));
        const underpins = options.assumptions === true ? 1 : 0;
        const measures = options.indicators === true ? 2 : 0;
        // contributes-to ×2, accountable-for, benefits-from, measures, underpins.
        expect(lines.edges).toBe(4 + measures + underpins);
        expect(lines.subgraphs).toBe(lines.ends);
        const groups = options.group === 'level' ? 2 : options.group === 'key-objective' ? 1 : 0;
        expect(lines.subgraphs).toBe(groups + (report === undefined ? 0 : 1));
        expect(lines.linkStyles).toBe(1); // the link resting on the failing assumption
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

        expect(parsed.vertices.size).toBe(model.nodes.length + (report === undefined ? 0 : 5));
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
        const edges = parsed.edges.map((e) => `${e.start}→${e.end}`).sort();
        expect(edges).toEqual(model.relations.map((r) => `${ids.get(r.from)}→${ids.get(r.to)}`).sort());
        expect(parsed.subgraphs.map((s) => shownText(s.title))).toEqual([
          ...texts.levels.map(showable),
          ...(report === undefined ? [] : [`Status as of ${AS_OF}`]),
        ]);
        // Only the generator's classes: kinds and statuses.
        for (const name of parsed.classes.keys()) expect(['goal', 'objective', 'subObjective', 'indicator', 'dutyBearer', 'rightsHolder', 'assumption', 'assumptionFails', 'achieved', 'onTrack', 'atRisk', 'offTrack', 'noData']).toContain(name);
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
