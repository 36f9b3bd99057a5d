/** Shared pieces of the hardening tests. */
import { DIAGNOSTIC_CODES, toDocument, validate, type Diagnostic, type ValidationResult } from '../../src/index.js';
import { CI } from '../property-runs.js';

export { CI, runs } from '../property-runs.js';

/** Cases per property over malformed input: 10,000 in CI, 1,000 locally. */
export const RUNS = CI ? 10_000 : 1_000;

const CODES = new Set<string>(Object.keys(DIAGNOSTIC_CODES));

/**
 * A line of a stack trace: `    at fn (file.js:12:5)`. Written so it cannot
 * backtrack badly: `\n\s+at ` takes quadratic time on a megabyte of newlines,
 * which user text can be.
 */
export const STACK_TRACE = /\n {4}at [^\n]*:\d+:\d+/;

/**
 * What is wrong with a diagnostic, if anything: a known code with its own
 * severity, a path of keys and indexes, ids as text, and a message in words
 * (not an object printed as `[object Object]`, not a stack trace). Plain checks,
 * not `expect` per field: these run tens of thousands of times.
 */
export function diagnosticProblems(d: Diagnostic): string[] {
  const problems: string[] = [];
  if (!CODES.has(d.code)) problems.push(`unknown code ${String(d.code)}`);
  else if (d.severity !== DIAGNOSTIC_CODES[d.code].severity) problems.push(`${d.code} has severity ${d.severity}`);
  if (!Array.isArray(d.path) || !d.path.every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p) && p >= 0))) {
    problems.push(`${d.code} has a bad path ${JSON.stringify(d.path)}`);
  }
  if (!Array.isArray(d.ids) || !d.ids.every((id) => typeof id === 'string')) problems.push(`${d.code} has bad ids`);
  if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`${d.code} has no message`);
  else if (d.message.includes('[object Object]')) problems.push(`${d.code} prints an object: ${d.message.slice(0, 200)}`);
  else if (STACK_TRACE.test(d.message)) problems.push(`${d.code} holds a stack trace`);
  return problems;
}

/** Problems of every diagnostic in a list. */
export function allDiagnosticProblems(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.flatMap(diagnosticProblems);
}

/**
 * The contract every validate result keeps: well-formed diagnostics, `ok`
 * exactly when there is no error, a model only then, and a model whose own
 * document validates to the same again. Also checks the prototypes are clean.
 * Returns what is wrong, for fast-check to report.
 */
export function resultProblems(result: ValidationResult): string[] {
  const problems = allDiagnosticProblems(result.diagnostics);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (result.ok && errors > 0) problems.push('ok with errors');
  if (!result.ok && errors === 0) problems.push('not ok without an error');
  if (!result.ok && result.model !== undefined) problems.push('a model despite errors');
  if (result.ok) {
    const again = validate(toDocument(result.model));
    if (!again.ok) problems.push('accepted, but its own document does not validate');
    else if (JSON.stringify(toDocument(again.model)) !== JSON.stringify(toDocument(result.model))) problems.push('round trip changed it');
  }
  if (!prototypesClean()) problems.push('Object.prototype was polluted');
  return problems;
}

/** Paths of every number in a value that is not finite (`NaN`, `±Infinity`), e.g. `results[0].coverage`. */
export function nonFiniteNumbers(value: unknown, at = ''): string[] {
  const out: string[] = [];
  const stack: [unknown, string][] = [[value, at]];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(`${path}=${String(v)}`);
    } else if (typeof v === 'object' && v !== null) {
      for (const key of Object.keys(v)) stack.push([(v as Record<string, unknown>)[key], Array.isArray(v) ? `${path}[${key}]` : `${path}.${key}`]);
    }
  }
  return out;
}

/** Freezes a value and everything in it, without recursion. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    // Typed arrays with elements cannot be frozen; they hold only numbers anyway.
    if (typeof item !== 'object' || item === null || Object.isFrozen(item) || ArrayBuffer.isView(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return value;
}

/** Whether `Object.prototype` (and `Array.prototype`) are still clean: no key a test may have polluted. */
export function prototypesClean(): boolean {
  const probe: Record<string, unknown> = {};
  const list: unknown[] = [];
  return (
    probe.polluted === undefined &&
    (list as unknown as Record<string, unknown>).polluted === undefined &&
    !Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') &&
    !Object.prototype.hasOwnProperty.call(Array.prototype, 'polluted') &&
    Object.getOwnPropertyNames(Object.prototype).sort().join() === OBJECT_PROTOTYPE_KEYS
  );
}

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();
