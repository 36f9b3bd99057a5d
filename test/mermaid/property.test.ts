// @vitest-environment jsdom
/**
 * Arbitrary, hostile text as titles, refs, ids and level names must come out of
 * Mermaid's own parser exactly as written: same nodes, same edges, same label
 * text. "Exactly" means: the label Mermaid parsed, decoded as a browser would
 * (Mermaid's entity placeholders, then HTML entities, `<br>` read as a newline),
 * equals the text. The one deliberate normalisation: NUL and unpaired
 * surrogates, which no HTML page can show, become U+FFFD.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate, type Model, type NodeDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { parseFlowchart, shownText } from './parse.js';

const FRAGMENTS = [
  '"',
  "'",
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '{{',
  '[[',
  '([',
  '>',
  '<',
  '/',
  '\\',
  '|',
  ';',
  ':',
  ':::',
  '#',
  '&',
  '`',
  '%',
  '%%',
  '%%{init: {"theme":"dark"}}%%',
  '%% comment',
  '---',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<br>',
  '<br/>',
  '<b>bold</b>',
  '#quot;',
  '#35;',
  '#lt;',
  '#9829;',
  '&amp;',
  '&lt;',
  '&#60;',
  'javascript:alert(1)',
  'style n1 fill:#f00;',
  'classDef x fill:#f00;',
  'click n1 call alert()',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u202e',
  'end',
  'End',
  'click',
  'style',
  'linkStyle',
  'classDef',
  'class',
  'subgraph',
  'graph',
  'flowchart',
  'call',
  'href',
  'direction',
  'default',
  '-->',
  '---o',
  '--x',
  '==>',
  '-.->',
  '~~~',
  '😀',
  '👩‍👩‍👧',
  '🏳️‍🌈',
  'שלום',
  'مرحبا',
  '日本語',
  'ﬂ°°35¶ß',
  'ﬂ°',
  '¶ß',
  '\\n',
  '\ud800',
  '\udfff',
];

/** A string of hostile fragments and arbitrary characters, never empty. */
const hostile = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.length > 0);

/** What a browser can show of a text: NUL and unpaired surrogates become U+FFFD. */
function showable(text: string): string {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0) as number;
    return code === 0 || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : c;
  }).join('');
}

function expectedLabel(node: NodeDocument): string {
  const head = node.ref === undefined || node.ref === '' ? node.title : `${node.ref} ${node.title}`;
  return node.kind === 'assumption' ? `${head}\n${node.status === 'fails' ? '⚠ fails' : node.status}` : head;
}

interface Texts {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly refs: readonly (string | undefined)[];
  readonly levels: readonly string[];
}

const texts: fc.Arbitrary<Texts> = fc.record({
  ids: fc.uniqueArray(hostile, { minLength: 5, maxLength: 5 }),
  titles: fc.array(hostile, { minLength: 5, maxLength: 5 }),
  refs: fc.array(fc.option(hostile, { nil: undefined }), { minLength: 5, maxLength: 5 }),
  levels: fc.uniqueArray(hostile, { minLength: 2, maxLength: 2 }),
});

/** A goal, two objectives (one a sub-objective), a duty bearer and a failing assumption, all named by the texts. */
function buildModel({ ids, titles, refs, levels }: Texts): Model {
  const [goal, objective, sub, bearer, assumption] = ids as [string, string, string, string, string];
  const ref = (i: number) => (refs[i] === undefined ? {} : { ref: refs[i] });
  const document: TheoryOfChangeDocument = {
    title: 'Hostile',
    levels,
    nodes: [
      { kind: 'goal', id: goal, title: titles[0] as string, level: levels[0], ...ref(0) },
      { kind: 'assumption', id: assumption, title: titles[4] as string, status: 'fails', ...ref(4) },
      { kind: 'objective', id: objective, title: titles[1] as string, level: levels[1], contributesTo: [goal], ...ref(1) },
      {
        kind: 'objective',
        id: sub,
        title: titles[2] as string,
        level: levels[1],
        contributesTo: [{ to: objective, assumptions: [assumption] }],
        ...ref(2),
      },
      { kind: 'duty-bearer', id: bearer, title: titles[3] as string, actorType: 'state', accountableFor: [objective], ...ref(3) },
    ],
  };
  const result = validate(document);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.model;
}

describe('hostile text survives Mermaid unchanged', () => {
  it('as titles, refs, ids and level names', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (input) => {
        const model = buildModel(input);
        const parsed = await parseFlowchart(toMermaid(model, undefined, { assumptions: true, wrap: false, group: 'level' }));
        const ids = mermaidNodeIds(model);

        expect(parsed.vertices.size).toBe(model.nodes.length);
        for (const node of model.nodes) {
          const vertex = parsed.vertices.get(ids.get(node.id) as string);
          expect(vertex).toBeDefined();
          expect(shownText(vertex?.text ?? '')).toBe(showable(expectedLabel(node)));
        }

        const edges = parsed.edges.map((e) => `${e.start}→${e.end}`).sort();
        // The link resting on the assumption runs through it: contributor → assumption → result.
        const expected = model.relations
          .flatMap((r) => {
            if (r.kind === 'underpins') return [];
            if (r.kind === 'contributes-to' && r.assumptions.length === 1) {
              const a = ids.get(r.assumptions[0] as string);
              return [`${ids.get(r.from)}→${a}`, `${a}→${ids.get(r.to)}`];
            }
            return [`${ids.get(r.from)}→${ids.get(r.to)}`];
          })
          .sort();
        expect(edges).toEqual(expected);
        expect(parsed.edges.filter((e) => shownText(e.text) === '⚠ assumption fails')).toHaveLength(1);

        expect(parsed.subgraphs.map((s) => shownText(s.title))).toEqual(input.levels.map(showable));
        expect(parsed.classes.size).toBeLessThanOrEqual(8);
      }),
      { numRuns: 200 },
    );
  });

  it('through wrapping and shortening, which change only spaces and the end', async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.integer({ min: 1, max: 30 }), async (input, width) => {
        const model = buildModel(input);
        const parsed = await parseFlowchart(toMermaid(model, undefined, { wrap: width }));
        const ids = mermaidNodeIds(model);
        for (const node of model.nodes) {
          if (node.kind === 'assumption') continue;
          const shown = shownText(parsed.vertices.get(ids.get(node.id) as string)?.text ?? '');
          // Wrapping turns spaces into line breaks: with both read as spaces, the text is unchanged.
          expect(shown.replace(/\n/g, ' ')).toBe(showable(expectedLabel(node)).replace(/\n/g, ' '));
        }
      }),
      { numRuns: 100 },
    );
  });
});
