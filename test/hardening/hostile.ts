/**
 * Hostile text, a model that carries it in every place user text can go, and
 * the grammar of the lines toMermaid writes: anything outside it would be
 * something user text added to the diagram.
 */
import fc from 'fast-check';
import { validate, type Model, type TheoryOfChangeDocument } from '../../src/index.js';
import { CLASS_DEFS, FAILING_LINK_STYLE } from '../../src/mermaid/styles.js';

/** Pieces that mean something to Mermaid, HTML, Markdown, JavaScript objects or text direction. */
export const FRAGMENTS: readonly string[] = [
  // Mermaid structure
  '"', "'", '[', ']', '(', ')', '{', '}', '{{', '[[', '([', '>', '<', '/', '\\', '|', ';', ':', ':::', '-->', '-.->', '---', '==>', '~~~', '&',
  '"]; n1 --> n2; click n1 href "javascript:alert(1)"; n9["',
  '\nclick n0 call alert()', '\nstyle n0 fill:#f00', '\nclassDef x fill:#f00', '\nlinkStyle 0 stroke:#f00', '\nsubgraph x', '\nend',
  'end', 'click', 'style', 'subgraph', 'classDef', 'class', 'linkStyle', 'graph', 'flowchart', 'call', 'href', 'direction',
  '%%', '%%{init: {"securityLevel":"loose"}}%%', '#quot;', '#35;', '#lt;', '#9829;', 'ﬂ°°35¶ß', '`', '`code`',
  // HTML and script
  '<script>window.__pwned=1</script>', '<img src=x onerror=window.__pwned=1>', '<a href="javascript:alert(1)">x</a>', '<br>', '<b>', '<iframe src=x>',
  '<svg onload=alert(1)>', '&lt;', '&#60;', '&amp;', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  // Markdown
  '| x |', '\n| --- |', '```', '~~~', '[a](javascript:alert(1))', '![x](https://evil.example/x.png)', '<https://evil.example>', 'https://evil.example',
  'www.evil.org', 'WWW.EVIL.ORG', 'mailto:a@b.org', 'a@b.org', '*em*', '_em_', '**b**', '~~s~~', '$x$', '<!-- c -->', ':smile:', '@user', '#123', '\n# h',
  '\n---', '\n> q', '\n    code', '\n- item', '\n1. item', '[^1]', '\\', '\\*',
  // Objects
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf',
  // Whitespace, controls, direction, scripts
  '\n', '\r\n', '\r', '\t', ' ', '  ', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u0000', '\u0007', '\u007f', '\u0085', '\u200b', '\u202e', '\u2066',
  '😀', '👩‍👩‍👧', 'שלום', 'مرحبا', '日本語', '\ud800', '\udfff',
];

/** A string of hostile fragments and arbitrary characters, never empty. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.length > 0);

/** The texts a hostile model is built from. */
export interface HostileTexts {
  readonly title: string;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly refs: readonly string[];
  readonly levels: readonly string[];
  readonly scale: readonly string[];
  readonly unit: string;
}

export const hostileTexts: fc.Arbitrary<HostileTexts> = fc.record({
  title: hostileText,
  ids: fc.uniqueArray(hostileText, { minLength: 8, maxLength: 8 }),
  titles: fc.array(hostileText, { minLength: 8, maxLength: 8 }),
  refs: fc.array(hostileText, { minLength: 8, maxLength: 8 }),
  levels: fc.uniqueArray(hostileText, { minLength: 2, maxLength: 2 }),
  scale: fc.uniqueArray(hostileText, { minLength: 3, maxLength: 3 }),
  unit: hostileText,
});

/**
 * A goal, an objective resting on a failing assumption, a sub-objective, a
 * duty bearer, a rights holder, a number indicator with a unit and a scale
 * indicator: every field of user text filled from `texts`.
 */
export function hostileDocument(t: HostileTexts): TheoryOfChangeDocument {
  const [goal, objective, sub, bearer, holder, assumption, number, scale] = t.ids as [string, string, string, string, string, string, string, string];
  const at = (i: number): { title: string; ref: string } => ({ title: t.titles[i] as string, ref: t.refs[i] as string });
  const [top, lower] = t.levels as [string, string];
  const [low, mid, high] = t.scale as [string, string, string];
  return {
    title: t.title,
    levels: [top, lower],
    nodes: [
      { kind: 'goal', id: goal, level: top, ...at(0) },
      { kind: 'objective', id: objective, level: lower, contributesTo: [{ to: goal, assumptions: [assumption] }], ...at(1) },
      { kind: 'objective', id: sub, level: lower, contributesTo: [objective], ...at(2) },
      { kind: 'duty-bearer', id: bearer, actorType: 'state', accountableFor: [objective], ...at(3) },
      { kind: 'rights-holder', id: holder, benefitsFrom: [goal], ...at(4) },
      { kind: 'assumption', id: assumption, status: 'fails', ...at(5) },
      {
        kind: 'indicator',
        id: number,
        measures: [sub],
        measure: { kind: 'number' },
        unit: t.unit,
        baseline: { date: '2024-01-01', value: 0 },
        targets: [{ date: '2026-01-01', value: 10 }],
        observations: [{ date: '2025-01-01', value: 5, source: t.title }],
        ...at(6),
      },
      {
        kind: 'indicator',
        id: scale,
        measures: [objective],
        measure: { kind: 'scale', levels: [low, mid, high] },
        baseline: { date: '2024-01-01', value: low },
        targets: [{ date: '2026-01-01', value: high }],
        observations: [{ date: '2025-01-01', value: mid }],
        ...at(7),
      },
    ],
  };
}

/** The model of {@link hostileDocument}; it always validates (with warnings at most). */
export function hostileModel(t: HostileTexts): Model {
  const result = validate(hostileDocument(t));
  if (!result.ok) throw new Error(`the hostile model does not validate: ${result.diagnostics.map((d) => d.message).join('\n')}`);
  return result.model;
}

// A node's own id; an actor's copy in another group (`_top` or `_` and the group's key objective id);
// an assumption's copy on another link (`_` and the target's id, then `_2`… if need be); a legend entry.
const NODE_ID = 'n[0-9a-z]{7}(?:_(?:top|[0-9a-z]{7})(?:_\\d+)?)?';
const ID = `(?:${NODE_ID}|legend_[a-zA-Z]+)`;
/** Inside quotes: no quote, no raw `<`/`>` except `<br>`, every `#` starting an entity code, no `%`, `:` or backtick. */
const LABEL = '(?:[^"<>#%:`]|<br>|#(?:\\d+|quot|amp|lt|gt);)*';
const SHAPES = [
  ['\\(\\[', '\\]\\)'],
  ['\\[\\[', '\\]\\]'],
  ['\\[/', '/\\]'],
  ['\\{\\{', '\\}\\}'],
  ['\\[', '\\]'],
  ['\\(', '\\)'],
  ['>', '\\]'],
] as const;
const NODE_LINE = new RegExp(`^(?:  |    )${ID}(?:${SHAPES.map(([open, close]) => `${open}"${LABEL}"${close}`).join('|')})$`);
const EDGE_LINE = new RegExp(`^  ${NODE_ID} (?:-->|-\\.->|-\\.-|---)(?:\\|"${LABEL}"\\|)? ${NODE_ID}$`);
/** The legend's direction, and the invisible links that place its entries beside the top of the diagram. */
const LEGEND_DIRECTION_LINE = /^ {4}direction (?:TB|LR)$/;
const LEGEND_LINK_LINE = new RegExp(`^  ${NODE_ID} ~~~ legend_[a-zA-Z]+$`);
const SUBGRAPH_LINE = new RegExp(`^  subgraph (?:g\\d+|g[0-9a-z]{7}|legend) \\["${LABEL}"\\]$`);
const CLASS_LINE = new RegExp(`^ {2}class ${ID}(?:,${ID})* [a-zA-Z]+$`);
const CLASS_DEF_LINES = new Set(CLASS_DEFS.map(([name, style]) => `  classDef ${name} ${style}`));
const LINK_STYLE_LINE = new RegExp(`^  linkStyle \\d+(?:,\\d+)* ${FAILING_LINK_STYLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** What each line of a diagram is, by the generator's grammar. */
export interface DiagramLines {
  readonly nodes: number;
  readonly edges: number;
  readonly subgraphs: number;
  readonly ends: number;
  readonly classDefs: number;
  readonly classes: number;
  readonly linkStyles: number;
  /** The legend's `direction` line (0 or 1). */
  readonly legendDirections: number;
  /** Invisible `~~~` links placing the legend's entries. */
  readonly legendLinks: number;
  /** Lines that fit none of the generator's forms: each would be something user text added. */
  readonly foreign: readonly string[];
}

/** Sorts the lines of toMermaid's output into the forms it writes. */
export function diagramLines(text: string): DiagramLines {
  const lines = text.split('\n');
  const counts = { nodes: 0, edges: 0, subgraphs: 0, ends: 0, classDefs: 0, classes: 0, linkStyles: 0, legendDirections: 0, legendLinks: 0 };
  const foreign: string[] = [];
  lines.forEach((line, i) => {
    if (i === 0 && /^flowchart (?:BT|TB|LR|RL)$/.test(line)) return;
    if (i === 1 && line === '  %% Generated from a theory-of-change model: edit the model, not this diagram.') return;
    if (i === lines.length - 1 && line === '') return;
    if (NODE_LINE.test(line)) counts.nodes += 1;
    else if (EDGE_LINE.test(line)) counts.edges += 1;
    else if (SUBGRAPH_LINE.test(line)) counts.subgraphs += 1;
    else if (line === '  end') counts.ends += 1;
    else if (CLASS_DEF_LINES.has(line)) counts.classDefs += 1;
    else if (CLASS_LINE.test(line)) counts.classes += 1;
    else if (LINK_STYLE_LINE.test(line)) counts.linkStyles += 1;
    else if (LEGEND_DIRECTION_LINE.test(line)) counts.legendDirections += 1;
    else if (LEGEND_LINK_LINE.test(line)) counts.legendLinks += 1;
    else foreign.push(line);
  });
  return { ...counts, foreign };
}
