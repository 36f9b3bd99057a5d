const KIND_LABELS: Readonly<Record<string, string>> = {
  goal: 'Goal',
  objective: 'Objective',
  'duty-bearer': 'Duty bearer',
  'rights-holder': 'Rights holder',
  'boundary-partner': 'Boundary partner',
  indicator: 'Indicator',
  assumption: 'Assumption',
};

/** `Objective`, `Boundary partner`: a node kind as messages and explanations name it; `Node` for an unknown kind. @internal */
export function kindLabel(kind: string): string {
  return (Object.prototype.hasOwnProperty.call(KIND_LABELS, kind) ? KIND_LABELS[kind] : undefined) ?? 'Node';
}

/** `Objective "so1"`: how messages name a node. @internal */
export function nodeLabel(kind: string, id: string): string {
  return `${kindLabel(kind)} ${JSON.stringify(id)}`;
}

/** A short description of any value for messages: `the text "abc"`, `the number 5`, `a list`. @internal */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${Object.is(value, -0) ? '-0' : String(value)}` : String(value);
  if (typeof value === 'boolean') return `the value ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  // Values JSON has no word for (from code, or YAML's !!set, !!omap, !!binary and !!timestamp tags).
  if (value instanceof Date) return 'a date object';
  if (value instanceof Set) return 'a set';
  if (value instanceof Map) return 'a map';
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return 'binary data';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
