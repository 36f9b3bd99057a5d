import { MAX_NESTING } from './limits.js';

/** What went wrong reading text, and where (an offset into the text). @internal */
export interface ReadProblem {
  readonly offset: number;
  readonly reason: string;
}

/** The value of JSON text, or why it is not usable JSON. @internal */
export type JsonOutcome = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly problem: ReadProblem };

/**
 * Parses JSON text with `JSON.parse`, after one quick scan that refuses nesting
 * deeper than {@link MAX_NESTING} before anything is built, and counts the keys
 * written. A duplicate key, which `JSON.parse` silently resolves by keeping the
 * last, shows as fewer keys in the result than in the text; only then is the
 * text scanned again to name the key and its place.
 * @internal
 */
export function readJson(text: string): JsonOutcome {
  const scan = scanJson(text);
  if (typeof scan !== 'number') return { ok: false, problem: scan };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse does not always say where (nor in the same words on every Node): find the place ourselves.
    return { ok: false, problem: jsonError(text) };
  }
  if (countKeys(data) !== scan) {
    const duplicate = findDuplicateKey(text);
    if (duplicate !== undefined) return { ok: false, problem: duplicate };
  }
  return { ok: true, data };
}

/** The number of object keys written (colons outside strings), or the place nesting goes too deep. */
function scanJson(text: string): number | ReadProblem {
  let depth = 0;
  let colons = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = stringEnd(text, i) - 1;
    } else if (c === 123 || c === 91) {
      if (++depth > MAX_NESTING) return { offset: i, reason: tooDeep() };
    } else if (c === 125 || c === 93) depth--;
    else if (c === 58) colons++;
  }
  return colons;
}

/** The offset just past the string starting at `start` (a `"`), or the text's length when it never closes. */
function stringEnd(text: string, start: number): number {
  let j = text.indexOf('"', start + 1);
  while (j !== -1) {
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return j + 1;
    j = text.indexOf('"', j + 1);
  }
  return text.length;
}

/** The number of keys of every object in a parsed JSON value. Iterative: the depth is bounded, but not small. */
function countKeys(root: unknown): number {
  let keys = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key in value) {
      keys++;
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return keys;
}

/** The second occurrence of the first key written twice in one object of valid JSON text. */
function findDuplicateKey(text: string): ReadProblem | undefined {
  const stack: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) stack.push(new Set());
    else if (c === 91) stack.push(null);
    else if (c === 125 || c === 93) stack.pop();
    else if (c === 34) {
      const end = stringEnd(text, i);
      const keys = stack[stack.length - 1];
      if (keys !== undefined && keys !== null && text.charCodeAt(skipSpace(text, end)) === 58) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (keys.has(key)) return { offset: i, reason: `the key ${JSON.stringify(key)} is written twice in the same object; each key may appear once (keep one of them).` };
        keys.add(key);
      }
      i = end - 1;
    }
  }
  return undefined;
}

function skipSpace(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++j));
  return j;
}

function tooDeep(): string {
  return `it nests lists or maps more than ${MAX_NESTING.toLocaleString('en')} levels deep; a theory of change needs only a few levels.`;
}

/**
 * The first place where `text` breaks the JSON grammar (RFC 8259), and what is
 * wrong there; for text `JSON.parse` refused, so only on that path.
 */
function jsonError(text: string): ReadProblem {
  const n = text.length;
  if (text.trim() === '') return { offset: 0, reason: 'it is empty: a JSON file holds one value (for a theory of change, an object).' };
  const stack: number[] = []; // 123 in an object, 91 in a list
  let i = skipSpace(text, 0);
  const problem = (offset: number, reason: string): ReadProblem => ({ offset: Math.min(offset, n), reason });
  const unexpected = (offset: number, expected: string): ReadProblem =>
    offset >= n ? problem(n, `the text ends too early (${expected} expected; a bracket, brace or quote is not closed).`) : problem(offset, `${JSON.stringify(text.charAt(offset))} where ${expected} was expected.`);
  /** Reads one value at `i` (a list or object only opens); returns an error, or undefined. */
  const value = (): ReadProblem | undefined => {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      stack.push(c);
      i = skipSpace(text, i + 1);
      const close = c === 123 ? 125 : 93;
      if (text.charCodeAt(i) === close) {
        stack.pop();
        i++;
        return undefined;
      }
      if (c === 123) return key();
      return value();
    }
    if (c === 34) return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)/.exec(text.slice(i, i + 400));
    if (literal === null || literal[0] === '') return unexpected(i, 'a value (text in double quotes, a number, true, false, null, a list or an object)');
    i += literal[0].length;
    return undefined;
  };
  const string = (): ReadProblem | undefined => {
    for (let j = i + 1; j < n; j++) {
      const d = text.charCodeAt(j);
      if (d === 34) {
        i = j + 1;
        return undefined;
      }
      if (d < 0x20) return problem(j, 'a line break or control character inside text in double quotes (write it as \\n or \\t).');
      if (d === 92) {
        const e = text.charAt(j + 1);
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)) : !'"\\/bfnrt'.includes(e) || e === '') return problem(j, `a backslash escape JSON does not have (\\${e}).`);
        j += e === 'u' ? 5 : 1;
      }
    }
    return problem(n, 'the text ends inside text in double quotes (a quote is not closed).');
  };
  const key = (): ReadProblem | undefined => {
    if (text.charCodeAt(i) !== 34) return unexpected(i, 'a key in double quotes');
    const bad = string();
    if (bad !== undefined) return bad;
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== 58) return unexpected(i, 'a colon (:) after the key');
    i = skipSpace(text, i + 1);
    return value();
  };
  let bad = value();
  while (bad === undefined) {
    i = skipSpace(text, i);
    const open = stack[stack.length - 1];
    if (open === undefined) return i < n ? problem(i, 'more text after the end of the JSON value.') : problem(n, 'the text cannot be read as JSON.');
    const c = text.charCodeAt(i);
    const close = open === 123 ? 125 : 93;
    if (c === close) {
      stack.pop();
      i++;
    } else if (c === 44) {
      i = skipSpace(text, i + 1);
      bad = open === 123 ? key() : value();
    } else bad = unexpected(i, open === 123 ? 'a comma or }' : 'a comma or ]');
  }
  return bad;
}

/**
 * The offset of the value at `path` in valid JSON text, following object keys
 * and array indexes; for an object member, the offset of its key. Where the
 * path leaves the text (a missing field), the offset of the deepest part that
 * exists. Scans only the branches the paths go through and skips the rest.
 * @internal
 */
export function locateJson(text: string, paths: readonly (readonly (string | number)[])[]): number[] {
  const root: Trie = { children: new Map(), ends: [], offset: -1 };
  paths.forEach((path, k) => {
    let node = root;
    for (const part of path) {
      const key = typeof part === 'number' ? `#${part}` : `:${part}`;
      let next = node.children.get(key);
      if (next === undefined) node.children.set(key, (next = { children: new Map(), ends: [], offset: -1 }));
      node = next;
    }
    node.ends.push(k);
  });
  const start = skipSpace(text, 0);
  root.offset = start;
  walk(text, start, root);
  const out = new Array<number>(paths.length).fill(start);
  const fill = (node: Trie, inherited: number): void => {
    const offset = node.offset === -1 ? inherited : node.offset;
    for (const k of node.ends) out[k] = offset;
    for (const child of node.children.values()) fill(child, offset);
  };
  fill(root, start);
  return out;
}

interface Trie {
  readonly children: Map<string, Trie>;
  readonly ends: number[];
  offset: number;
}

/** Walks the value at `i` into the branches of `node`; returns the offset after the value. */
function walk(text: string, i: number, node: Trie): number {
  const c = text.charCodeAt(i);
  if (node.children.size === 0 || (c !== 123 && c !== 91)) return skipValue(text, i);
  const close = c === 123 ? 125 : 93;
  let j = skipSpace(text, i + 1);
  let index = 0;
  while (j < text.length && text.charCodeAt(j) !== close) {
    let child: Trie | undefined;
    if (c === 123) {
      const end = stringEnd(text, j);
      child = node.children.get(`:${JSON.parse(text.slice(j, end)) as string}`);
      if (child !== undefined) child.offset = j;
      j = skipSpace(text, skipSpace(text, end) + 1);
    } else {
      child = node.children.get(`#${index}`);
      if (child !== undefined) child.offset = j;
    }
    j = skipSpace(text, child === undefined ? skipValue(text, j) : walk(text, j, child));
    if (text.charCodeAt(j) === 44) j = skipSpace(text, j + 1);
    index++;
  }
  return j + 1;
}

/** The offset after the JSON value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return stringEnd(text, i);
  if (c !== 123 && c !== 91) {
    let j = i;
    for (let d = text.charCodeAt(j); j < text.length && d !== 44 && d !== 125 && d !== 93 && d !== 32 && d !== 9 && d !== 10 && d !== 13; d = text.charCodeAt(++j));
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 34) j = stringEnd(text, j) - 1;
    else if (d === 123 || d === 91) depth++;
    else if ((d === 125 || d === 93) && --depth === 0) return j + 1;
  }
  return text.length;
}
