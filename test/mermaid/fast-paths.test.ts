/**
 * The Mermaid export's fast paths against the straightforward code they
 * replaced, kept here as the reference: same text for any input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, type NodeDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { diagramBase } from '../../src/mermaid/diagram-base.js';
import { encodeHead, wrapEncodedHead } from '../../src/mermaid/encoded-head.js';
import { escapeLabel } from '../../src/mermaid/escape-label.js';
import { toMermaid, type MermaidOptions } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { toMarkdownReport } from '../../src/report/index.js';
import { encodedLabelOf, labelOf, labelParts } from '../../src/mermaid/label.js';
import { assignNodeIds } from '../../src/mermaid/node-ids.js';
import { resolveMermaidOptions } from '../../src/mermaid/options.js';
import { shortenText, wrapText } from '../../src/mermaid/wrap-text.js';
import { handMadeReport, SMALL } from './fixtures.js';
import { runs } from '../property-runs.js';

// The references: wrapText and shortenText written the straightforward way, code point by code point.
// escapeLabel has no second implementation here: its oracle is the rule its documentation states (below).

const length = (text: string): number => Array.from(text).length;

/** Greedy filling of one paragraph's words at `width`: the lines. */
function greedyLines(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let current = words[0] as string;
  for (const word of words.slice(1)) {
    if (length(current) + 1 + length(word) <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines;
}

/** Each paragraph in as few lines as greedy filling at `width` gives, filled at the narrowest width giving that few. */
function referenceWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(' ');
      const fewest = greedyLines(words, width).length;
      for (let narrower = 1; narrower < width; narrower++) {
        const lines = greedyLines(words, narrower);
        if (lines.length <= fewest) return lines.join('\n');
      }
      return greedyLines(words, width).join('\n');
    })
    .join('\n');
}

function referenceShorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let kept = chars.slice(0, max - 1).join('');
  const space = kept.lastIndexOf(' ');
  if (chars[max - 1] !== ' ' && space >= Math.floor(max / 2)) kept = kept.slice(0, space);
  return `${kept.trimEnd()}…`;
}

/** Characters every branch of the fast paths cares about, and some it should not. */
/**
 * The escaping rule as escapeLabel's documentation states it, checked without a
 * table of its own codes: the characters it names become entity codes, a
 * newline `<br>`, other control characters and whitespace at either end
 * numeric codes, NUL and unpaired surrogates U+FFFD; everything else is kept.
 * So: decoding the output as Mermaid and HTML read it (`#<decimal>;`, the named
 * codes `#quot;` `#amp;` `#lt;` `#gt;`, `<br>`) gives the text back; no named
 * character, control character or `#` outside a code is left; nothing else is
 * encoded; and text with nothing to encode comes back as it is.
 */
const NAMED = '#"&<>`%:\uFB02\u00B6\u2028\u2029';
const NAMED_CODES: ReadonlyMap<string, string> = new Map([['quot', '"'], ['amp', '&'], ['lt', '<'], ['gt', '>']]);

function checkEscapeRule(text: string): void {
  const out = escapeLabel(text);
  const chars = Array.from(text);
  // What a browser can show: NUL and unpaired surrogates as U+FFFD.
  const shown = chars.map((c) => (c === '\u0000' || /^[\uD800-\uDFFF]$/.test(c) ? '\uFFFD' : c));
  const decoded = out.replace(/<br>|#(\d+|[a-z]+);/g, (whole, code: string | undefined) => {
    if (whole === '<br>') return '\n';
    const named = NAMED_CODES.get(code as string);
    if (named !== undefined) return named;
    expect(code).toMatch(/^\d+$/);
    return String.fromCodePoint(Number(code));
  });
  expect(decoded).toBe(shown.join(''));
  // Left over once the codes and line breaks are taken out: no named or control character, no whitespace at an end.
  const rest = out.replace(/<br>|#(\d+|[a-z]+);/g, '\u0001');
  for (const c of rest.replace(/\u0001/g, '')) {
    expect(NAMED.includes(c)).toBe(false);
    expect(/^[\u0000-\u001F\u007F]$/.test(c)).toBe(false);
  }
  if (out.length > 0) {
    expect(/^\s/u.test(out)).toBe(false);
    expect(/\s$/u.test(out)).toBe(false);
  }
  // Nothing else encoded: one code per character the rule names.
  const encoded = chars.filter((c, i) => {
    const atEnd = (i === 0 || i === chars.length - 1) && /^\s$/u.test(c);
    return NAMED.includes(c) || /^[\u0000-\u001F\u007F\uD800-\uDFFF]$/.test(c) || atEnd;
  }).length;
  expect((out.match(/<br>|#(\d+|[a-z]+);/g) ?? []).length).toBe(encoded);
  if (encoded === 0) expect(out).toBe(text);
}

const TRICKY = [
  'a',
  'Z',
  '1',
  ' ',
  ' ',
  ' ',
  '\n',
  '\r',
  '\t',
  '\u000b',
  '\u000c',
  '\u001f',
  '\u0000',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\ufffd',
  '#',
  '"',
  '&',
  '<',
  '>',
  '`',
  '%',
  ':',
  ';',
  "'",
  '|',
  '\\',
  '[',
  ']',
  '\uFB02',
  '\u00B6',
  'é',
  '…',
  '⚠',
  '😀',
  '\ud83d',
  '\ude00',
  '\ud800',
  '\udfff',
  'word',
  'longerword',
];

const tricky = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

describe('escapeLabel', () => {
  it.each([
    '',
    ' ',
    '\n',
    'a',
    ' a',
    'a ',
    '\u00a0',
    '\u3000x\u3000',
    '\ufeffx',
    'x\u2028',
    '\u2029',
    '\u0000',
    '#',
    '😀',
    ' 😀 ',
    '\ud800',
    '\udc00',
    '\udc00\ud800',
    'a\ud83d',
    '\ude00a',
    '\ud83d\ude00\ud83d',
    'plain words, nothing to encode',
    'Impact 1: people\nlive free',
    '1 Goal ',
  ])('%j follows the documented rule', (text) => {
    checkEscapeRule(text);
  });

  it('follows the documented rule, for any text', () => {
    fc.assert(
      fc.property(tricky, (text) => checkEscapeRule(text)),
      { numRuns: runs(670, 2000) },
    );
  });

  it('gives the documented examples', () => {
    expect(escapeLabel('Laws <"passed"> & #enforced')).toBe('Laws #lt;#quot;passed#quot;#gt; #amp; #35;enforced');
    expect(escapeLabel('Line one\nline two')).toBe('Line one<br>line two');
    expect(escapeLabel(' 50%: a `b` \r')).toBe('#32;50#37;#58; a #96;b#96; #13;');
  });
});

describe('wrapText and shortenText', () => {
  it('are the reference, for any text and width', () => {
    fc.assert(
      fc.property(tricky, fc.integer({ min: 1, max: 30 }), (text, width) => {
        expect(wrapText(text, width)).toBe(referenceWrap(text, width));
        if (width >= 2) expect(shortenText(text, width)).toBe(referenceShorten(text, width));
      }),
      { numRuns: runs(670, 2000) },
    );
  });
});

describe('encodeHead and wrapEncodedHead', () => {
  it('wrap encoded text as escapeLabel of the wrapped text, declining only heads with whitespace at an end', () => {
    fc.assert(
      fc.property(tricky, fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constant(false as const)), (text, width) => {
        const head = encodeHead(text);
        const trimmedEnd = text.length > 0 && (/^\s/u.test(text) || /\s$/u.test(text));
        expect(head === undefined).toBe(text === '' || trimmedEnd);
        if (head !== undefined) {
          expect(wrapEncodedHead(head, width)).toBe(escapeLabel(width === false ? text : referenceWrap(text, width)));
        }
      }),
      { numRuns: runs(670, 2000) },
    );
  });
});

describe('encodedLabelOf', () => {
  const options = fc.record({
    wrap: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constant(false as const)),
    maxTitleLength: fc.oneof(fc.integer({ min: 2, max: 30 }), fc.constant(false as const)),
  });

  it('is escapeLabel of the plain label, whatever the node, options, report and illustrative figures', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 22, maxLength: 22 }), options, fc.boolean(), fc.boolean(), (texts, picked, withReport, illustrative) => {
        // The small model, each node renamed: a title (never empty) and a ref, possibly empty or none.
        const nodes = SMALL.nodes.map((node, i): NodeDocument => {
          const title = (texts[2 * i] as string) || 'x';
          const ref = texts[2 * i + 1] as string;
          const { ref: _ref, ...rest } = node;
          return { ...rest, title, ...(ref === '' && i % 2 === 0 ? {} : { ref }) } as NodeDocument;
        });
        const model = loadModel({ ...SMALL, nodes } satisfies TheoryOfChangeDocument);
        const report = withReport ? handMadeReport(model) : undefined;
        const resolved = resolveMermaidOptions(picked, report);
        const progress = new Map([...(report?.results ?? []), ...(report?.indicators ?? [])].map((p) => [p.id, p]));
        for (const node of model.nodes) {
          const expected = escapeLabel(labelOf(node, resolved, progress.get(node.id), illustrative));
          expect(encodedLabelOf(labelParts(node), resolved, progress.get(node.id), illustrative)).toBe(expected);
        }
      }),
      { numRuns: runs(100, 300) },
    );
  });
});

describe('Mermaid node ids', () => {
  it('format every hash as n and its seven base-36 digits', () => {
    const values = fc.oneof(
      fc.integer({ min: 0, max: 0xffffffff }),
      fc.constantFrom(0, 35, 36, 36 ** 7 - 1, 36 ** 7, 2 ** 40, -1, 0.5),
    );
    fc.assert(
      fc.property(values, (value) => {
        expect(assignNodeIds(['x'], () => value).get('x')).toBe(`n${value.toString(36).padStart(7, '0')}`);
      }),
      { numRuns: runs(330, 1000) },
    );
  });

  it('mermaidNodeIds hands out a copy: changing it changes no diagram', () => {
    const model = loadModel(SMALL);
    const before = toMermaid(model);
    const ids = mermaidNodeIds(model) as Map<string, string>;
    ids.set('wells', 'changed');
    ids.clear();
    expect(toMermaid(model)).toBe(before);
    expect(mermaidNodeIds(model).get('wells')).toMatch(/^n[0-9a-z]{7}$/);
  });
});

describe('what a model keeps between diagrams', () => {
  const variants: readonly MermaidOptions[] = [
    {},
    { indicators: true, assumptions: true },
    { indicators: true, assumptions: true, wrap: 8 },
    { wrap: false, maxTitleLength: 10 },
    { group: 'key-objective', indicators: true },
    { focus: 'wells', depth: 1, indicators: true },
    { dutyBearers: false, rightsHolders: false },
  ];

  it('changes nothing: every diagram of a model is that of a fresh copy of it, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: variants.length - 1 }), { minLength: 1, maxLength: 12 }), fc.boolean(), (picks, withReport) => {
        const model = loadModel(SMALL);
        const report = withReport ? handMadeReport(model) : undefined;
        for (const pick of picks) {
          const options = variants[pick] as MermaidOptions;
          const fresh = loadModel(SMALL);
          expect(toMermaid(model, report, options)).toBe(toMermaid(fresh, report, options));
          expect(toMarkdownReport(model, report, options)).toBe(toMarkdownReport(loadModel(SMALL), report, options));
        }
      }),
      { numRuns: runs(30, 100) },
    );
  });

  it('works out a node or link only once a diagram draws it', () => {
    const model = loadModel(SMALL);
    const focused = toMermaid(model, undefined, { focus: 'wells', depth: 1, dutyBearers: false, rightsHolders: false });
    const declared = focused.split('\n').filter((line) => /^ {2}n[0-9a-z]{7}[^ ]/.test(line)).length;
    const linked = focused.split('\n').filter((line) => /^ {2}n[0-9a-z]{7} /.test(line)).length;
    expect(diagramBase(model).filled()).toEqual({ nodes: declared, links: linked });
    expect(declared).toBeLessThan(model.nodes.length);
    toMermaid(model, undefined, { indicators: true, assumptions: true });
    // Every node and every relation but the underpins ones: an assumption is drawn on the links it qualifies.
    expect(diagramBase(model).filled()).toEqual({ nodes: model.nodes.length, links: model.relations.filter((r) => r.kind !== 'underpins').length });
  });
});
