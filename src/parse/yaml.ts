import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import type { ReadProblem } from './json.js';
import { MAX_ALIAS_EXPANSION, MAX_NESTING } from './limits.js';

/** The value of YAML text (with where each list and map starts, when asked), or why it is not usable. @internal */
export type YamlOutcome = { readonly ok: true; readonly data: unknown; readonly starts?: Map<object, number> } | { readonly ok: false; readonly problem: ReadProblem };

// The YAML 1.2 core schema, exactly as the specification words it (10.3.2):
// js-yaml's own "core" schema also takes `0b1`, `1_000` and `.5e3`-style forms.
const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL',
  construct: () => null,
});
const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(s),
  construct: (s: string) => s === 'true' || s === 'True' || s === 'TRUE',
});
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => INT.test(s),
  construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => FLOAT.test(s),
  construct: (s: string) => {
    if (/\.(?:nan|NaN|NAN)$/.test(s)) return Number.NaN;
    if (/\.(?:inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return parseFloat(s);
  },
});

/**
 * Strings, lists and maps, and the core schema's null, booleans, integers and
 * floats; no other tag (so no merge keys, timestamps, binary data or sets).
 */
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/** js-yaml 4 options its typings do not list. */
interface MoreLoadOptions {
  readonly maxDepth?: number;
}

/**
 * Parses YAML text with js-yaml 4 and the YAML 1.2 core schema above. Nesting
 * deeper than {@link MAX_NESTING} is refused while reading; duplicate keys,
 * any tag outside the core schema and more than one document are refused; a
 * document whose aliases expand it by more than {@link MAX_ALIAS_EXPANSION}
 * values (or to more than twice its written size) is refused.
 * @internal
 */
export function readYaml(text: string, recordStarts = false): YamlOutcome {
  let anchors = false;
  // Anchors and lists or maps used as keys are rare: listen for them only when
  // the text could have one (an `&`; a `?` or a closing bracket before a `:`),
  // or when asked where lists and maps start (it costs no time, some memory).
  const listen = recordStarts || text.includes('&') || COMPLEX_KEY_HINT.test(text);
  const starts = recordStarts ? new Map<object, number>() : undefined;
  const opened: number[] = [];
  const listener = listen
    ? (event: string, state: State): void => {
        if (event === 'open') {
          opened.push(afterExplicitKeyIndicator(text, state.position) ? -state.position - 1 : state.position);
          return;
        }
        const mark = opened.pop() ?? 0;
        const start = mark < 0 ? -mark - 1 : mark;
        const result: unknown = state.result;
        if (starts !== undefined && typeof result === 'object' && result !== null && !starts.has(result)) starts.set(result, skipBlank(text, start));
        if ((state as State & { anchor: string | null }).anchor !== null) anchors = true;
        if (state.kind === 'mapping' || state.kind === 'sequence') {
          // An explicit key (after `?`), or a flow collection followed on its line by `:` (only
          // flow collections can be implicit keys; a block one ends on a later line).
          const first = skipBlank(text, start);
          const flow = text.charCodeAt(first) === 91 || text.charCodeAt(first) === 123;
          if (mark < 0 || (flow && followedByColon(text, state.position))) throw new ComplexKey(first);
        }
      }
    : undefined;
  let data: unknown;
  try {
    const options: Parameters<typeof load>[1] & MoreLoadOptions = { schema: SCHEMA, maxDepth: MAX_NESTING + 1, ...(listener === undefined ? {} : { listener }) };
    data = load(text, options);
  } catch (error) {
    if (error instanceof ComplexKey) {
      return { ok: false, problem: { offset: error.offset, reason: 'a list or map is used as a key; keys must be plain text (a theory of change never needs more).' } };
    }
    return { ok: false, problem: problemOf(error, text) };
  }
  if (anchors) {
    const growth = aliasGrowth(data);
    if (growth.expanded - growth.written > Math.max(MAX_ALIAS_EXPANSION, growth.written)) {
      const offset = Math.max(0, text.indexOf('*'));
      return {
        ok: false,
        problem: {
          offset,
          reason: `its aliases (*name) repeat content ${growth.expanded >= 1e15 ? 'billions of times' : `to ${growth.expanded.toLocaleString('en')} values, from ${growth.written.toLocaleString('en')} written`}, which no theory of change needs (is it a "billion laughs" file?). Write the repeated parts out, or use fewer aliases.`,
        },
      };
    }
  }
  return { ok: true, data: data === undefined ? null : data, ...(starts === undefined ? {} : { starts }) };
}

/** A `?` key indicator, or a closing bracket followed by `:`: the text may use a list or map as a key. */
const COMPLEX_KEY_HINT = /(?:^|[\s[{,])\?(?:[ \t\r\n]|$)|[\]}][ \t]*:/m;

/** Thrown from the listener to stop reading at a list or map used as a key. */
class ComplexKey extends Error {
  constructor(readonly offset: number) {
    super('complex key');
  }
}

/** Whether the next character on the line, after spaces and tabs, is a `:` (the node just read is an implicit key, which never spans lines). */
function followedByColon(text: string, at: number): boolean {
  let i = at;
  for (let c = text.charCodeAt(i); c === 32 || c === 9; c = text.charCodeAt(++i));
  return text.charCodeAt(i) === 58;
}

/** Whether the last thing before `at`, over blanks and line breaks, is a `?` key indicator. */
function afterExplicitKeyIndicator(text: string, at: number): boolean {
  let i = at - 1;
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(--i));
  if (text.charCodeAt(i) !== 63) return false;
  const before = text.charCodeAt(i - 1);
  return i === 0 || before === 32 || before === 9 || before === 10 || before === 13 || before === 123 || before === 91 || before === 44;
}

function skipBlank(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else return i;
  }
}

/** js-yaml's error as a place and plain words. */
function problemOf(error: unknown, text: string): ReadProblem {
  const e = error as { reason?: unknown; mark?: { position?: unknown } } | undefined;
  const reason = typeof e?.reason === 'string' ? e.reason : error instanceof Error ? error.message : String(error);
  let offset = typeof e?.mark?.position === 'number' ? e.mark.position : 0;
  if (/expected a single document/.test(reason)) offset = secondDocument(text) ?? offset;
  // A tag error is reported after the value: point at the tag itself.
  const tag = /!<([^>]*)>/.exec(reason)?.[1];
  if (tag !== undefined) {
    const written = text.lastIndexOf(tag.startsWith(TAG_PREFIX) ? `!!${tag.slice(TAG_PREFIX.length)}` : tag, offset);
    if (written !== -1) offset = written;
  }
  return { offset: Math.min(offset, text.length), reason: plainYamlReason(reason, text, offset) };
}

/** The offset of the `---` that starts a second document, if there is one. */
function secondDocument(text: string): number | undefined {
  for (const match of text.matchAll(/^---(?=\s|$)/gm)) {
    const before = text.slice(0, match.index).replace(/^\s*(?:#.*|%.*)?$/gm, '');
    if (before.trim() !== '') return match.index;
  }
  return undefined;
}

const TAG_PREFIX = 'tag:yaml.org,2002:';

function plainYamlReason(reason: string, text: string, offset: number): string {
  if (/nesting exceeded maxDepth/.test(reason)) {
    return `it nests lists or maps more than ${MAX_NESTING.toLocaleString('en')} levels deep; a theory of change needs only a few levels.`;
  }
  const tag = /^(?:unknown tag|cannot resolve a node with|unacceptable node kind for) !<([^>]*)>/.exec(reason);
  if (tag !== null) {
    const name = (tag[1] as string).startsWith(TAG_PREFIX) ? `!!${(tag[1] as string).slice(TAG_PREFIX.length)}` : (tag[1] as string);
    if (name === '!!merge') return 'the tag !!merge is not supported: "<<" merge keys are not read here ("<<" is an ordinary key). Write the merged keys out.';
    if (reason.startsWith('unknown tag')) {
      return `the tag ${name} is not allowed: a theory of change holds only text, numbers, true/false, empty values, lists and maps, so tags such as !!binary, !!set, !!omap or !!timestamp are refused. Remove the tag${name.startsWith('!!') ? '' : ' (quote the value if it starts with !)'}.`;
    }
    return `the tag ${name} does not fit its value (${reason.replace(/^[^;]*;?\s*/, '') || 'it cannot be read that way'}). Remove the tag.`;
  }
  if (/duplicated mapping key/.test(reason)) {
    const key = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:#\n]*?))\s*:/.exec(text.slice(offset, offset + 200));
    const name = key === null ? undefined : (key[1] ?? key[2]?.replace(/''/g, "'") ?? key[3]);
    return `the key ${name === undefined || name === '' ? '' : `"${name}" `}is written twice in the same map; each key may appear once (keep one of them).`;
  }
  if (/expected a single document/.test(reason)) return 'it holds more than one YAML document (a line "---" starts another); a theory of change is one document.';
  return reason;
}

/**
 * The number of values in a parsed document as written (each shared list or
 * map counted once) and with every alias expanded (counted each time it is
 * used). Iterative; a value inside itself counts once (validation reports it).
 */
function aliasGrowth(root: unknown): { readonly written: number; readonly expanded: number } {
  const expandedOf = new Map<object, number>();
  const onPath = new Set<object>();
  let written = 1;
  const stack: { readonly value: object; readonly children: unknown[]; next: number; size: number }[] = [];
  const enter = (value: unknown): number | undefined => {
    if (typeof value !== 'object' || value === null) return 1;
    const known = expandedOf.get(value);
    if (known !== undefined) return known;
    if (onPath.has(value)) return 1;
    const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
    written += children.length;
    onPath.add(value);
    stack.push({ value, children, next: 0, size: 1 });
    return undefined;
  };
  const first = enter(root);
  if (first !== undefined) return { written, expanded: first };
  let result = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    if (top.next < top.children.length) {
      const size = enter(top.children[top.next++]);
      if (size !== undefined) top.size += size;
      continue;
    }
    stack.pop();
    onPath.delete(top.value);
    expandedOf.set(top.value, top.size);
    const parent = stack[stack.length - 1];
    if (parent === undefined) result = top.size;
    else parent.size += top.size;
  }
  return { written, expanded: result };
}

