import { toJsonSchema } from '../document/json-schema.js';

type JsonSchema = { readonly [keyword: string]: unknown };

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A member id: letters, digits, `-` and `_`, starting with a letter or digit (as `validateCoalition` checks). */
const MEMBER_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]*$';
/** A member's node, `member:id`. */
const MEMBER_NODE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]*:.+$';
/** A member's node (`member:id`) or a joint node (an id without `:`). */
const NODE_REFERENCE_PATTERN = '^(?:[A-Za-z0-9][A-Za-z0-9_-]*:.+|[^:]+)$';
const REFERENCE_MESSAGE = "Write a member's node as member:id (e.g. asi:ko1, with the member's id from members), or a joint node's id (no colon).";
const MEMBER_NODE_MESSAGE = "Write a member's indicator as member:id, e.g. asi:forced-labour-protocol-ratifications.";

function at(schema: unknown, ...keys: readonly string[]): JsonSchema {
  let s = schema;
  for (const key of keys) s = isSchema(s) ? s[key] : Array.isArray(s) ? s[Number(key)] : undefined;
  if (!isSchema(s)) throw new Error(`toCoalitionJsonSchema: the document schema has nothing at ${keys.join('.')}`);
  return s;
}

/**
 * The JSON Schema (draft 2020-12) of a coalition file, for editors: the
 * document's own fields and node schemas (reused from {@link toJsonSchema}),
 * with `members` (each organisation and its theory-of-change file), `links`
 * from a member's node (`member:id`) to a joint one, and `sharedIndicators`,
 * each field described in words shown on hover. Whether a member's file and
 * the nodes named exist, and loops through several files, are beyond JSON
 * Schema: `validateCoalition` (or `toc validate coalition.yaml`) checks those.
 * `toc schema --coalition` prints it; in YAML, point the editor to it with
 * `# yaml-language-server: $schema=./coalition.schema.json`.
 *
 * @example
 * ```ts
 * writeFileSync('coalition.schema.json', JSON.stringify(toCoalitionJsonSchema(), null, 2));
 * ```
 */
export function toCoalitionJsonSchema(): Record<string, unknown> {
  const document = toJsonSchema();
  const { nodes, ...fields } = at(document, 'properties');
  // The weight, assumptions, note and evidence of a contributes-to link, as an objective's `contributesTo` writes them.
  const link = at(document, '$defs', 'objective-node', 'properties', 'contributesTo', 'items', 'anyOf', '1', 'properties');
  const reference = (description: string): JsonSchema => ({ type: 'string', minLength: 1, pattern: NODE_REFERENCE_PATTERN, patternErrorMessage: REFERENCE_MESSAGE, description });
  return {
    $schema: document.$schema,
    type: 'object',
    properties: {
      ...fields,
      members: {
        description: "The member organisations, each with a short id and its own theory-of-change file. A member's nodes are named member:id in this file (asi:ko1 is the node ko1 of the member asi); its file is not changed.",
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            id: {
              type: 'string',
              pattern: MEMBER_ID_PATTERN,
              patternErrorMessage: 'A member id is letters, digits, "-" and "_" only, e.g. asi: it goes before the member\'s node ids, as in asi:ko1.',
              description: "Short id of the member, e.g. asi: letters, digits, - and _. It goes before its node ids in this file and in every report of the coalition (asi:ko1).",
            },
            file: { type: 'string', minLength: 1, description: "The member's theory-of-change file (YAML or JSON): a relative path is read relative to this coalition file (e.g. ../asi/asi.yaml), an absolute one as it is (e.g. /home/x/asi.yaml)." },
            title: { type: 'string', description: "The member's name as reports show it, e.g. Anti-Slavery International." },
          },
          required: ['id', 'file'],
          additionalProperties: false,
          description: 'One member organisation: { id, file, title }.',
        },
      },
      nodes: { ...at(nodes), description: "The coalition's own joint goals, objectives, indicators and assumptions. They may name members' nodes as member:id. Default none." },
      links: {
        description: "Contributes-to links between files, written here so that the members' files stay untouched: usually from a member's goal or objective to a joint one.",
        type: 'array',
        items: {
          type: 'object',
          properties: {
            from: reference("The contributing node: a member's node as member:id (e.g. asi:so1-1), or a joint node's id."),
            to: reference("The goal or objective contributed to: a joint node's id (e.g. laws-enforced), or a member's as member:id."),
            weight: link.weight,
            assumptions: {
              ...at(link, 'assumptions'),
              description: "Ids of the assumptions this link rests on: joint ones, or a member's as member:id. A failing one flags the link.",
            },
            note: link.note,
            evidence: link.evidence,
          },
          required: ['from', 'to'],
          additionalProperties: false,
          description: 'A link: { from, to, weight, assumptions, note, evidence }.',
        },
      },
      sharedIndicators: {
        description: "Indicators of several members that are one data stream, counted once (indicators with the same framework code, such as ILO P029, are already). The first member's definition is kept, and its reading where two members report the same date.",
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string', minLength: 1, description: 'Id of the one indicator in the coalition, e.g. ratifications.' },
            indicators: {
              description: "The members' indicators that are one stream, as member:id, e.g. [asi:ratifications, lra:p029-ratifications]; the first gives the definition.",
              type: 'array',
              minItems: 2,
              items: { type: 'string', pattern: MEMBER_NODE_PATTERN, patternErrorMessage: MEMBER_NODE_MESSAGE },
            },
          },
          required: ['id', 'indicators'],
          additionalProperties: false,
          description: 'One shared indicator: { id, indicators }.',
        },
      },
    },
    required: ['title', 'members'],
    additionalProperties: false,
    description:
      "A coalition: its own joint goals and objectives over the theories of change of its member organisations, joined by links from members' nodes (member:id), without changing the members' files. Run toc validate on it to check the members' files and the links between them.",
    $defs: document.$defs,
    title: 'Theory-of-change coalition',
    $comment: 'Generated from the document schema of the theory-of-change package.',
  };
}
