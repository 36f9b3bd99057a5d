/** Small shared pieces of the foundation tests. */
import type { Diagnostic } from '../../src/index.js';

/** A goal that a boolean indicator measures: together, a document with no diagnostics at all. */
export const GOAL = { kind: 'goal', id: 'g', title: 'People are free from slavery' } as const;
export const INDICATOR = {
  kind: 'indicator',
  id: 'i',
  title: 'Law passed',
  measure: { kind: 'boolean' },
  measures: ['g'],
  targets: [{ date: '2030-12-31', value: true }],
} as const;

/** A raw document (deliberately untyped: tests feed validate broken ones). */
export function doc(nodes: readonly unknown[], header: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: 'Test strategy', ...header, nodes };
}

/** Freezes a value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Whether a value and everything in it is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.keys(value).every((key) => isDeepFrozen((value as Record<string, unknown>)[key]));
}

/** Whether anything in a value is frozen. */
export function anyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.isFrozen(value) || Object.keys(value).some((key) => anyFrozen((value as Record<string, unknown>)[key]));
}

/** The codes of some diagnostics, sorted, for compact assertions. */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code).sort();
}
