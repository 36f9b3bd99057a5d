import type * as z from 'zod/mini';
import type { DiagnosticCode } from './codes.js';
import type { Diagnostic, DocumentPath } from './diagnostic.js';
import { formatPath } from './diagnostic.js';
import { dateHint } from './date-hint.js';
import { durationHint } from './duration-hint.js';
import { describeValue, nodeLabel } from './describe.js';
import { didYouMean, suggestion } from './did-you-mean.js';
import { fieldHint, placeOf } from './field-homes.js';
import { ISO_DURATION_PATTERN } from '../document/durations.js';
import { isRecord } from '../document/is-record.js';

type Issue = z.core.$ZodIssue;

/** What an age limit (`maxReadingAge`) must be, as `invalid-duration` says it. */
const DURATION = 'an ISO 8601 duration such as P18M (18 months), P2Y or P90D';
/** The duration pattern as zod writes it in its issues: `/…/`. */
const DURATION_REGEX = String(new RegExp(ISO_DURATION_PATTERN));

/** Who or what a path points at, for messages: `Objective "so1"` or `The document`. @internal */
export interface Subject {
  /** Label for messages, e.g. `Objective "so1"` or `Node 4`. */
  readonly label: string;
  /** The node id, if known. */
  readonly id?: string | undefined;
  /** The node's kind as written, if any. */
  readonly kind?: string | undefined;
}

/**
 * Turns zod issues into diagnostics with plain-language messages.
 * `basePath` is where the parsed value sits in the document, `subject` who it belongs to.
 * @internal
 */
export function diagnosticsFromZod(issues: readonly Issue[], basePath: DocumentPath, subject: Subject): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) translate(issue, basePath, [], subject, out);
  return out;
}

/**
 * `within` is where the issue's value sits inside the subject: empty at the
 * top, the union's own path for the issues of a union's branch.
 */
function translate(issue: Issue, basePath: DocumentPath, within: readonly (string | number)[], subject: Subject, out: Diagnostic[]): void {
  const relative = [...within, ...issue.path.map(pathPart)];
  const path = [...basePath, ...relative];
  const field = fieldName(relative);
  const push = (code: DiagnosticCode, message: string, at: DocumentPath = path): void => {
    out.push({ code, severity: 'error', path: at, ids: subject.id === undefined ? [] : [subject.id], message });
  };
  const input = issue.input;
  /** `Objective "so1": "title" must be text, but it is the number 5.`: the usual message. */
  const mustBe = (rule: string, value: unknown = input, hint = ''): string => `${subject.label}: ${field} must be ${rule}, but it is ${describeValue(value)}.${hint}`;
  switch (issue.code) {
    case 'invalid_type': {
      if (typeof input === 'number' && issue.path[issue.path.length - 1] === 'maxReadingAge') {
        push('invalid-duration', mustBe(DURATION, input, durationHint(input)));
      } else if (path.length === 0) {
        push('invalid-type', `The document must be an object with a "title" and a list of "nodes", but it is ${describeValue(input)}.`);
      } else if (input === undefined && relative.length === 0) {
        push('missing-field', `${subject.label} is missing: the list has an empty entry there.`);
      } else if (input === undefined && !('received' in issue && issue.received !== 'undefined')) {
        push('missing-field', `${subject.label} is missing ${field}.`);
      } else if (issue.expected === 'number' && 'received' in issue && isNonFinite(String(issue.received))) {
        push('non-finite-number', nonFinite(subject.label, field, String(issue.received)));
      } else {
        push('invalid-type', mustBe(article(issue.expected)));
      }
      return;
    }
    case 'unrecognized_keys': {
      const place = placeOf(basePath, relative, subject.kind);
      const where = relative.length === 0 ? '' : ` inside ${fieldName(relative)}`;
      for (const key of issue.keys) {
        push('unknown-field', `${subject.label} has a field "${key}"${where} that the format does not define.${fieldHint(key, place, didYouMean)}`, [...path, key]);
      }
      return;
    }
    case 'invalid_format':
      if (issue.format === 'date') {
        push('invalid-date', mustBe('a real calendar date written YYYY-MM-DD', input, dateHint(input)));
      } else if (issue.format === 'regex' && 'pattern' in issue && issue.pattern === DURATION_REGEX) {
        push('invalid-duration', mustBe(DURATION, input, durationHint(input)));
      } else {
        push('invalid-value', `${subject.label}: ${field} is not in the expected format.`);
      }
      return;
    case 'too_small': {
      if (issue.origin === 'string') {
        push('empty-text', `${subject.label}: ${field} must not be empty.`);
      } else if (issue.origin === 'number' && issue.path[issue.path.length - 1] === 'weight') {
        if (typeof input === 'number' && input > 0) push('weight-out-of-range', weightOutOfRange(subject.label, field, input));
        else push('non-positive-weight', mustBe('greater than 0'));
      } else if (issue.origin === 'array') {
        push('invalid-value', `${subject.label}: ${field} needs at least ${String(issue.minimum)} entries.`);
      } else {
        push('invalid-value', mustBe(`at least ${String(issue.minimum)}`));
      }
      return;
    }
    case 'too_big':
      if (issue.origin === 'number' && issue.path[issue.path.length - 1] === 'weight' && typeof input === 'number') {
        push('weight-out-of-range', weightOutOfRange(subject.label, field, input));
        return;
      }
      push('invalid-value', mustBe(`at most ${String(issue.maximum)}`));
      return;
    case 'invalid_value': {
      if (input === undefined && issue.path.length > 0) {
        push('missing-field', `${subject.label} is missing ${field}.`);
        return;
      }
      const hint = typeof input === 'string' ? suggestion(input, issue.values.filter((v): v is string => typeof v === 'string')) : '';
      push('invalid-value', mustBe(`one of ${listed(issue.values)}`, input, hint));
      return;
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const options: readonly unknown[] = 'options' in issue ? (issue.options ?? []) : [];
        const given = isRecord(input) ? input[issue.discriminator] : undefined;
        const code: DiagnosticCode = relative.length === 1 && basePath[0] === 'nodes' ? 'unknown-kind' : 'invalid-value';
        const what = given === undefined ? 'has no' : `has ${describeValue(given)} as its`;
        const name = code === 'unknown-kind' ? `"${issue.discriminator}"` : fieldName(relative);
        const hint = typeof given === 'string' ? suggestion(given, options.filter((v): v is string => typeof v === 'string')) : '';
        push(code, `${subject.label} ${what} ${name}; it must be one of ${listed(options)}.${hint}`);
        return;
      }
      const branches = issue.errors;
      const allAtRoot = branches.every((b) => b.length > 0 && b.every((i) => i.path.length === 0 && i.code === 'invalid_type'));
      if (allAtRoot) {
        const expected = branches.flatMap((b) => b.map((i) => (i.code === 'invalid_type' ? i.expected : '')));
        const unique = [...new Set(expected)].map(article).join(' or ');
        const received = 'received' in (branches[0]?.[0] ?? {}) ? String((branches[0]?.[0] as { received?: unknown }).received) : '';
        if (expected.includes('number') && isNonFinite(received)) {
          push('non-finite-number', nonFinite(subject.label, field, received));
        } else {
          push('invalid-type', mustBe(unique));
        }
        return;
      }
      // Prefer the branches whose type matched (their issues lie inside the value):
      // `{ to: 'g', weight: NaN }` is a bad object, not a bad id.
      const typeMismatch = (b: readonly Issue[]): boolean => b.every((i) => i.path.length === 0 && i.code === 'invalid_type');
      const matching = branches.filter((b) => !typeMismatch(b));
      const candidates = matching.length > 0 ? matching : branches;
      const best = [...candidates].sort((a, b) => a.length - b.length)[0] ?? [];
      for (const inner of best) translate(inner, basePath, relative, subject, out);
      return;
    }
    case 'invalid_key': {
      // Keys of `dimensions` and of a breakdown's `for` are dimension names: text of at least one character.
      const key = relative[relative.length - 1];
      const name = key === '' ? 'an empty name' : `the name ${describeValue(key)}`;
      push('invalid-value', `${subject.label}: ${fieldName(relative.slice(0, -1))} has a dimension with ${name}; write the dimension's name, e.g. sex or age.`);
      return;
    }
    default:
      push('invalid-value', `${subject.label}: ${field} is not valid (${issue.message}).`);
  }
}

/** Symbol keys (possible in hand-built objects) become text, so paths stay printable. */
function pathPart(part: PropertyKey): string | number {
  return typeof part === 'symbol' ? part.toString() : part;
}

function fieldName(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'the value' : `"${formatPath(path)}"`;
}

/** How messages name the types zod expects, where `a <type>` does not read well. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  boolean: 'true or false',
  null: 'null',
  record: 'an object',
};

function article(expected: string): string {
  return Object.prototype.hasOwnProperty.call(TYPE_NAMES, expected) ? (TYPE_NAMES[expected] as string) : `a ${expected}`;
}

/** The allowed values of an enum or union, as a message lists them: `"a", "b"`. */
function listed(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** How zod writes a number that JSON cannot hold. */
function isNonFinite(received: string): boolean {
  return received === 'NaN' || received === 'Infinity' || received === '-Infinity';
}

/** The message of `non-finite-number`. */
function nonFinite(label: string, field: string, received: string): string {
  return `${label}: ${field} must be a finite number, but it is ${received}.`;
}


/** Label for the node at `nodes[index]` of a raw document, however broken. @internal */
export function subjectOfRawNode(raw: unknown, index: number): Subject {
  const kind = isRecord(raw) && typeof raw.kind === 'string' ? raw.kind : undefined;
  if (isRecord(raw) && typeof raw.id === 'string' && raw.id !== '') {
    return { label: nodeLabel(kind ?? 'node', raw.id), id: raw.id, kind };
  }
  return { label: `Node ${index + 1} (nodes[${index}])`, kind };
}

/** The message of `weight-out-of-range`. */
function weightOutOfRange(label: string, field: string, weight: number): string {
  return `${label}: ${field} must lie between 0.000000001 and 1,000,000,000,000,000 (10¹⁵), but it is ${describeValue(weight)}. Weights are relative: scale the weights of the links into this node together (for example, count money in thousands).`;
}
