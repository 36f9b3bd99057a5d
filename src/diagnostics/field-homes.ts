import type { DocumentPath } from './diagnostic.js';

const COMMON = ['kind', 'id', 'title', 'description', 'ref', 'tags', 'meta'] as const;
const RESULT = [...COMMON, 'level', 'contributesTo', 'aggregation', 'resultType', 'assessments'] as const;

/**
 * The fields of each place in a document, as the format defines them (a test
 * holds them against the zod schema). Used to suggest a field for a typo and
 * to say where a misplaced field belongs.
 * @internal
 */
export const FIELDS = {
  document: ['$schema', 'schemaVersion', 'id', 'title', 'description', 'organisation', 'period', 'levels', 'maxReadingAge', 'meta', 'nodes'],
  period: ['start', 'end'],
  goal: RESULT,
  objective: RESULT,
  'duty-bearer': [...COMMON, 'actorType', 'accountableFor'],
  'rights-holder': [...COMMON, 'actorType', 'benefitsFrom'],
  'boundary-partner': [...COMMON, 'actorType', 'engagedIn'],
  indicator: [...COMMON, 'measures', 'measure', 'unit', 'direction', 'combine', 'baseline', 'targets', 'targetsAre', 'observations', 'frameworks', 'source', 'note', 'maxReadingAge', 'dimensions'],
  assumption: [...COMMON, 'status', 'evidence'],
  reading: ['date', 'period', 'value', 'rating', 'source', 'sources', 'flags', 'note', 'numerator', 'denominator', 'breakdown'],
  source: ['title', 'url', 'date', 'kind'],
  contribution: ['to', 'weight', 'assumptions', 'note'],
  measuresLink: ['to', 'weight'],
  measure: ['kind', 'levels', 'markers', 'of'],
  marker: ['id', 'grade', 'title', 'of'],
  assessment: ['progress', 'date', 'by', 'note'],
  evidence: ['summary', 'source', 'date'],
  framework: ['framework', 'code', 'title'],
} as const satisfies Record<string, readonly string[]>;

/** A place in a document that has fields. @internal */
export type FieldPlace = keyof typeof FIELDS;

/** Where each field belongs, in words, for a field written in the wrong place. */
const HOMES: ReadonlyArray<readonly [FieldPlace, string]> = [
  ['indicator', 'on the indicator itself'],
  ['reading', 'inside a baseline, target or observation'],
  ['measure', 'inside "measure"'],
  ['contribution', 'inside a link such as `contributesTo: [{ to: …, weight: 2 }]`'],
  ['assessment', 'inside an assessment'],
  ['goal', 'on a goal or objective'],
  ['duty-bearer', 'on a duty bearer or rights holder'],
  ['rights-holder', 'on a rights holder'],
  ['boundary-partner', 'on a boundary partner'],
  ['assumption', 'on an assumption'],
  ['document', 'at the top of the document'],
  ['marker', 'inside a progress marker'],
  ['evidence', 'inside an assumption’s evidence'],
  ['framework', 'inside "frameworks"'],
  ['source', 'inside a reading’s "sources"'],
];

/**
 * The place a path points at: `base` is where the parsed value sits (`[]`
 * for the document, `['nodes', i]` for a node) and `relative` the path
 * inside it; `kind` is the node's kind, if known.
 * @internal
 */
export function placeOf(base: DocumentPath, relative: DocumentPath, kind: string | undefined): FieldPlace | undefined {
  if (base.length === 0) return relative.length === 0 ? 'document' : relative[0] === 'period' && relative.length === 1 ? 'period' : undefined;
  if (relative.length === 0) return kind !== undefined && Object.prototype.hasOwnProperty.call(FIELDS, kind) && isNodeKind(kind) ? kind : undefined;
  switch (relative[0]) {
    case 'baseline':
      return relative.length === 1 ? 'reading' : relative.length === 3 && relative[1] === 'sources' ? 'source' : undefined;
    case 'targets':
    case 'observations':
      return relative.length === 2 ? 'reading' : relative.length === 4 && relative[2] === 'sources' ? 'source' : undefined;
    case 'contributesTo':
      return relative.length === 2 ? 'contribution' : undefined;
    case 'measures':
      return relative.length === 2 ? 'measuresLink' : undefined;
    case 'measure':
      return relative.length === 1 ? 'measure' : relative[1] === 'markers' && relative.length === 3 ? 'marker' : undefined;
    case 'assessments':
      return relative.length === 2 ? 'assessment' : undefined;
    case 'evidence':
      return relative.length === 2 ? 'evidence' : undefined;
    case 'frameworks':
      return relative.length === 2 ? 'framework' : undefined;
    default:
      return undefined;
  }
}

function isNodeKind(kind: string): kind is 'goal' | 'objective' | 'duty-bearer' | 'rights-holder' | 'boundary-partner' | 'indicator' | 'assumption' {
  return ['goal', 'objective', 'duty-bearer', 'rights-holder', 'boundary-partner', 'indicator', 'assumption'].includes(kind);
}

/**
 * What to add to "the format does not define it" for a `key` written at
 * `place`: where the field belongs if it is a field of another place
 * (`it belongs on the indicator itself`), else the field it most likely
 * misspells. Empty when neither applies.
 * @internal
 */
export function fieldHint(key: string, place: FieldPlace | undefined, suggest: (name: string, candidates: readonly string[]) => string | undefined): string {
  const here = place === undefined ? [] : (FIELDS[place] as readonly string[]);
  if ((COMMON as readonly string[]).includes(key) && !here.includes(key) && (place === undefined || !isNodeKind(place))) {
    return ` "${key}" belongs on a node, in the list of "nodes".`;
  }
  for (const [home, words] of HOMES) {
    if (home === place || !(FIELDS[home] as readonly string[]).includes(key)) continue;
    // A period on a goal or objective is the document's; only on an indicator is it likely a reading's.
    if (home === 'reading' && key === 'period' && place !== 'indicator') continue;
    // A field both places have (title, note, date…) is not misplaced, only unknown here.
    if (here.includes(key)) continue;
    return ` "${key}" belongs ${words}.`;
  }
  if (place === undefined) return '';
  const match = suggest(key, FIELDS[place]);
  return match === undefined ? ' Check its spelling.' : ` Did you mean "${match}"?`;
}
