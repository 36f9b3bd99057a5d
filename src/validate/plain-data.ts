import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { subjectOfRawNode } from '../diagnostics/from-zod.js';

/** Deepest nesting a document may have; real documents stay far below it. */
const MAX_DEPTH = 256;

/**
 * Checks that a raw document is a tree of plain data the schema can safely walk:
 * no value that contains itself (possible with hand-built objects or a YAML
 * anchor used inside itself) and no nesting deeper than {@link MAX_DEPTH}
 * (which would exhaust the call stack). Iterative, and visits each object once,
 * so shared values (YAML aliases) cost nothing extra. Returns one diagnostic per
 * problem found, at most one per top-level field. Also finds `__proto__` keys in
 * `meta`, which parsing would silently drop (`lost`).
 * @internal
 */
export function plainDataProblems(document: unknown): { readonly unwalkable: Diagnostic[]; readonly lost: Diagnostic[] } {
  if (isPlainTree(document)) return { unwalkable: [], lost: [] };
  const out: Diagnostic[] = [];
  const lost: Diagnostic[] = [];
  const reported = new Set<string>();
  /** Objects fully walked, with the height of the tree below them. */
  const height = new Map<object, number>();
  const onPath = new Set<object>();
  interface Frame {
    readonly value: object;
    readonly path: DocumentPath;
    readonly keys: readonly string[];
    next: number;
    below: number;
  }
  const stack: Frame[] = [];

  const report = (path: DocumentPath, problem: 'loop' | 'depth'): void => {
    const where = topField(path);
    const key = JSON.stringify(where);
    if (reported.has(key)) return;
    reported.add(key);
    const inNode = where[0] === 'nodes' && typeof where[1] === 'number';
    const subject = inNode ? subjectOfRawNode(rawNode(document, where[1] as number), where[1] as number) : undefined;
    const label = subject?.label ?? 'The document';
    const at = problem === 'loop' ? path : where;
    const relative = inNode ? at.slice(2) : at;
    const name = relative.length === 0 ? 'it' : `"${formatPath(relative)}"`;
    out.push({
      code: 'invalid-value',
      severity: 'error',
      path: at,
      ids: subject?.id === undefined ? [] : [subject.id],
      message:
        problem === 'loop'
          ? `${label}: ${name} refers back to a value that contains it (a loop, e.g. a YAML anchor used inside itself), which a document cannot hold.`
          : `${label}: ${name} nests more than ${MAX_DEPTH} levels deep.`,
    });
  };

  const enter = (value: unknown, path: DocumentPath): number | undefined => {
    if (!isWalkable(value)) return 0;
    const known = height.get(value);
    if (known !== undefined) {
      if (path.length + known > MAX_DEPTH) report(path, 'depth');
      return known;
    }
    if (onPath.has(value)) {
      report(path, 'loop');
      return 0;
    }
    if (path.length > MAX_DEPTH) {
      report(path, 'depth');
      return 0;
    }
    onPath.add(value);
    stack.push({ value, path, keys: Object.keys(value), next: 0, below: 0 });
    return undefined;
  };

  enter(document, []);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next < frame.keys.length) {
      const key = frame.keys[frame.next] as string;
      frame.next += 1;
      const child = (frame.value as Record<string, unknown>)[key];
      const part = Array.isArray(frame.value) ? Number(key) : key;
      if (key === '__proto__' && inMeta(frame.path)) lost.push(protoKey(document, [...frame.path, part]));
      const h = enter(child, [...frame.path, part]);
      if (h !== undefined) frame.below = Math.max(frame.below, h + 1);
      continue;
    }
    stack.pop();
    onPath.delete(frame.value);
    height.set(frame.value, frame.below);
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.below = Math.max(parent.below, frame.below + 1);
  }
  return { unwalkable: out, lost };
}

/**
 * The fast path of {@link plainDataProblems}, for the usual document (a tree
 * of plain data, as `JSON.parse` gives): walks it without keeping track of
 * the objects seen, which is what costs most. Returns true only when the walk
 * ends having found nothing the full walk would report: no value deeper than
 * {@link MAX_DEPTH} (a loop would show up as one) and no `__proto__` key
 * anywhere. Returns false, and leaves the verdict to the full walk, at the
 * first sign of a problem, or when shared values (YAML aliases) make the walk
 * longer than a budget proportional to the number of nodes.
 */
function isPlainTree(document: unknown): boolean {
  const nodes = typeof document === 'object' && document !== null ? (document as Record<string, unknown>).nodes : undefined;
  let budget = 1_000_000 + 128 * (Array.isArray(nodes) ? nodes.length : 0);
  const values: object[] = [];
  const keys: (readonly string[])[] = [];
  const next: number[] = [];
  const enter = (value: unknown): boolean => {
    if (!isWalkable(value)) return true;
    // Entering at depth `values.length`: the full walk reports a value at a path longer than MAX_DEPTH.
    if (values.length > MAX_DEPTH || --budget < 0) return false;
    const own = Object.keys(value);
    for (let k = 0; k < own.length; k++) if (own[k] === '__proto__') return false;
    values.push(value);
    keys.push(own);
    next.push(0);
    return true;
  };
  if (!enter(document)) return false;
  while (values.length > 0) {
    const top = values.length - 1;
    const own = keys[top] as readonly string[];
    const k = next[top] as number;
    if (k < own.length) {
      next[top] = k + 1;
      if (!enter((values[top] as Record<string, unknown>)[own[k] as string])) return false;
      continue;
    }
    values.pop();
    keys.pop();
    next.pop();
  }
  return true;
}

/** Whether a path lies inside free-form `meta`, where any key is allowed. */
function inMeta(path: DocumentPath): boolean {
  return path[0] === 'meta' || (path[0] === 'nodes' && path[2] === 'meta');
}

/** A `__proto__` key (possible from `JSON.parse`) that parsing would silently drop. */
function protoKey(document: unknown, path: DocumentPath): Diagnostic {
  const inNode = path[0] === 'nodes' && typeof path[1] === 'number';
  const subject = inNode ? subjectOfRawNode(rawNode(document, path[1] as number), path[1] as number) : undefined;
  return {
    code: 'invalid-value',
    severity: 'error',
    path,
    ids: subject?.id === undefined ? [] : [subject.id],
    message: `${subject?.label ?? 'The document'}: "${formatPath(inNode ? path.slice(2) : path)}" uses the key "__proto__", which JavaScript treats specially, so it would be lost; rename it.`,
  };
}

/** Objects and arrays of any sort; typed arrays hold only numbers, so they are skipped. */
function isWalkable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !ArrayBuffer.isView(value);
}

/** The top-level field a path lies in: `["meta"]`, or `["nodes", 3, "meta"]` inside a node. */
function topField(path: DocumentPath): DocumentPath {
  return path[0] === 'nodes' ? path.slice(0, 3) : path.slice(0, 1);
}

function rawNode(document: unknown, index: number): unknown {
  if (typeof document !== 'object' || document === null) return undefined;
  const nodes = (document as Record<string, unknown>).nodes;
  return Array.isArray(nodes) ? (nodes as unknown[])[index] : undefined;
}
