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

// The reference: escapeLabel, wrapText and shortenText as first written, code point by code point.

const ALWAYS: ReadonlyMap<string, string> = new Map([
  ['#', '#35;'],
  ['"', '#quot;'],
  ['&', '#amp;'],
  ['<', '#lt;'],
  ['>', '#gt;'],
  ['`', '#96;'],
  ['%', '#37;'],
  [':', '#58;'],
  ['\uFB02', '#64258;'],
  ['\u00B6', '#182;'],
  ['\u2028', '#8232;'],
  ['\u2029', '#8233;'],
]);

function referenceEscape(text: string): string {
  const chars = Array.from(text);
  const last = chars.length - 1;
  let out = '';
  chars.forEach((char, i) => {
    const fixed = ALWAYS.get(char);
    if (fixed !== undefined) out += fixed;
    else if (char === '\n') out += '<br>';
    else {
      const code = char.codePointAt(0) as number;
      if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) out += '#65533;';
      else if (code < 0x20 || code === 0x7f || ((i === 0 || i === last) && /^\s$/u.test(char))) out += `#${code};`;
      else out += char;
    }
  });
  return out;
}

const length = (text: string): number => Array.from(text).length;

function referenceWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(' ');
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
      return lines.join('\n');
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
  ])('%j as the reference does', (text) => {
    expect(escapeLabel(text)).toBe(referenceEscape(text));
  });

  it('is the reference, for any text', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(escapeLabel(text)).toBe(referenceEscape(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wrapText and shortenText', () => {
  it('are the reference, for any text and width', () => {
    fc.assert(
      fc.property(tricky, fc.integer({ min: 1, max: 30 }), (text, width) => {
        expect(wrapText(text, width)).toBe(referenceWrap(text, width));
        if (width >= 2) expect(shortenText(text, width)).toBe(referenceShorten(text, width));
      }),
      { numRuns: 2000 },
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
          expect(wrapEncodedHead(head, width)).toBe(referenceEscape(width === false ? text : referenceWrap(text, width)));
        }
      }),
      { numRuns: 2000 },
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
          const expected = referenceEscape(labelOf(node, resolved, progress.get(node.id), illustrative));
          expect(encodedLabelOf(labelParts(node), resolved, progress.get(node.id), illustrative)).toBe(expected);
        }
      }),
      { numRuns: 300 },
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
      { numRuns: 1000 },
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
      { numRuns: 100 },
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
    expect(diagramBase(model).filled()).toEqual({ nodes: model.nodes.length, links: model.relations.length });
  });
});
