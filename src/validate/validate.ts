import { isAdjustable, type SeverityOverrides } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsFromZod, subjectOfRawNode } from '../diagnostics/from-zod.js';
import { checkBrokenIndicator } from './check-indicator.js';
import { DocumentHeaderSchema, NodeSchema } from '../document/schema.js';
import type { NodeDocument, TheoryOfChangeDocument } from '../document/types.js';
import { isIsoDate } from '../document/dates.js';
import { Model } from '../model/model.js';
import { deepFreeze } from '../document/deep-freeze.js';
import { graphChecks } from './graph-checks.js';
import type { DeclaredId } from './graph/declared-id.js';
import { looseNode, type LooseNode } from './loose-node.js';
import { plainDataProblems } from './plain-data.js';
import { isRecord } from '../document/is-record.js';

/** Options of {@link validate} and {@link loadModel}. */
export interface ValidateOptions {
  /** Raise warnings to errors, or turn them `off`, per code. */
  readonly severities?: SeverityOverrides;
  /**
   * The names of the aggregation functions that will be registered for the
   * roll-up (the keys of its `functions` option). A goal's or objective's
   * `aggregation` naming neither a built-in method nor one of these is an
   * `unknown-aggregation` error. Default: none (only built-in names are known).
   */
  readonly aggregationNames?: Iterable<string>;
}

/**
 * The outcome of {@link validate}: `ok` with the model (and any warnings),
 * or not `ok` with every diagnostic.
 */
export type ValidationResult =
  | { readonly ok: true; readonly model: Model; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly model?: undefined; readonly diagnostics: readonly Diagnostic[] };

/**
 * Checks a theory-of-change document and builds its model. Never throws on bad
 * input: every problem comes back at once as a {@link Diagnostic}, structural
 * ones (from the zod schema) and graph ones (references, kinds, cycles, levels)
 * together. The input is never changed.
 *
 * @example
 * ```ts
 * const result = validate(JSON.parse(text));
 * if (result.ok) console.log(result.model.roots());
 * else for (const d of result.diagnostics) console.log(d.code, d.message);
 * ```
 */
export function validate(document: unknown, options: ValidateOptions = {}): ValidationResult {
  const result = validateParts(document, options);
  return result.ok ? { ok: true, model: new Model(result.document), diagnostics: result.diagnostics } : { ok: false, diagnostics: result.diagnostics };
}

/**
 * What {@link validateParts} gives: the diagnostics, and when `ok` the
 * parsed, deep-frozen document (not yet a model). @internal
 */
export type ValidatedParts =
  | { readonly ok: true; readonly document: TheoryOfChangeDocument; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly document?: undefined; readonly diagnostics: readonly Diagnostic[] };

/**
 * {@link validate} without building the model, for callers that build it
 * later or never (a coalition's members). `trusted`, by node index, gives the
 * parse of a raw node already known to pass the node schema (what
 * `NodeSchema.parse` of it would return, deep-equal, keys in the same order),
 * so that it is not parsed again; the graph checks still see every node.
 * @internal
 */
export function validateParts(document: unknown, options: ValidateOptions = {}, trusted?: (index: number) => NodeDocument | undefined): ValidatedParts {
  // A value that contains itself, or nests absurdly deep, cannot be walked safely: report it alone.
  const { unwalkable, lost } = plainDataProblems(document);
  if (unwalkable.length > 0) return { ok: false, diagnostics: applySeverities(unwalkable, {}) };

  const diagnostics: Diagnostic[] = [...lost];
  const header = DocumentHeaderSchema.safeParse(document, { reportInput: true });
  if (!header.success) append(diagnostics, diagnosticsFromZod(header.error.issues, [], { label: 'The document' }));

  const rawNodes = isRecord(document) && Array.isArray(document.nodes) ? (document.nodes as readonly unknown[]) : [];
  const valid: NodeDocument[] = [];
  const loose: LooseNode[] = [];
  const declared: DeclaredId[] = [];
  // A plain loop, not forEach: holes in a sparse array are reported, not skipped.
  for (let index = 0; index < rawNodes.length; index++) {
    const raw = rawNodes[index];
    if (isRecord(raw) && typeof raw.id === 'string' && raw.id !== '') {
      declared.push({ id: raw.id, kind: typeof raw.kind === 'string' ? raw.kind : undefined, index });
    }
    const known = trusted?.(index);
    const parsed = known === undefined ? NodeSchema.safeParse(raw, { reportInput: true }) : { success: true as const, data: known };
    if (parsed.success) valid.push(parsed.data);
    else {
      append(diagnostics, diagnosticsFromZod(parsed.error.issues, ['nodes', index], subjectOfRawNode(raw, index)));
      // One problem must not hide another: what can be read of a broken indicator's readings is checked too.
      if (isRecord(raw) && raw.kind === 'indicator' && typeof raw.id === 'string') checkBrokenIndicator(raw, raw.id, ['nodes', index], diagnostics);
    }
    const node = looseNode(raw, index, parsed.success ? parsed.data : undefined);
    if (node !== undefined) loose.push(node);
  }

  // Levels and period are read leniently, so that a mistake elsewhere in the
  // header does not make every node's level look unknown.
  const levels = header.success ? header.data.levels : looseLevels(document);
  const period = header.success ? header.data.period : loosePeriod(document);
  const aggregationNames = new Set(options.aggregationNames ?? []);
  append(diagnostics, graphChecks({ levels, period, nodes: loose, declared, aggregationNames }));

  const final = applySeverities(diagnostics, options.severities ?? {});
  if (!header.success || final.some((d) => d.severity === 'error')) return { ok: false, diagnostics: final };

  const { nodes: _ignored, ...fields } = header.data;
  const parsedDocument: TheoryOfChangeDocument = { ...fields, nodes: valid };
  return { ok: true, document: deepFreeze(parsedDocument), diagnostics: final };
}

/**
 * Appends a list to another. Not `push(...items)`: spreading more than about
 * 100,000 arguments overflows the call stack, and a big document can have
 * that many diagnostics.
 */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

function applySeverities(diagnostics: readonly Diagnostic[], overrides: SeverityOverrides): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const override = isAdjustable(d.code) ? overrides[d.code] : undefined;
    if (override === 'off') continue;
    out.push(override === 'error' || override === 'warning' ? { ...d, severity: override } : d);
  }
  return out.sort(compareDiagnostics);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  const length = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < length; i++) {
    const x = a.path[i] as string | number;
    const y = b.path[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** The level names of a document whose header has problems; unusable entries become `undefined`. */
function looseLevels(document: unknown): readonly (string | undefined)[] | undefined {
  const levels = isRecord(document) ? document.levels : undefined;
  if (!Array.isArray(levels)) return undefined;
  return (levels as readonly unknown[]).map((level) => (typeof level === 'string' && level !== '' ? level : undefined));
}

/** The period of a document whose header has problems, when both its dates are valid. */
function loosePeriod(document: unknown): { start: string; end: string } | undefined {
  const period = isRecord(document) ? document.period : undefined;
  if (!isRecord(period)) return undefined;
  const { start, end } = period;
  return typeof start === 'string' && typeof end === 'string' && isIsoDate(start) && isIsoDate(end) ? { start, end } : undefined;
}

