import { Document, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ReadingDocument } from '../document/types.js';
import type { NewReading } from './group-rows.js';

/** A piece of text to put in at an offset of the original text. */
interface Edit {
  readonly at: number;
  readonly text: string;
}

/** Which list of an indicator a reading goes to. */
const LIST = { observation: 'observations', target: 'targets' } as const;

/**
 * Adds readings to YAML text by inserting text, never by rewriting it: every
 * byte of the original stays as it was (comments, key order, quoting, folded
 * text, flow and block style), and each reading is written at the end of its
 * indicator's `observations` or `targets` list, in the list's own style (a
 * block item, or a flow item before the `]`). A missing list is made after the
 * indicator's `targets` (for observations), `baseline` or, failing those, at
 * the end of the indicator. `readings` are in the order to add them; `nodeIndex`
 * gives each indicator's place in `nodes`. Throws when the text's `nodes` is
 * not a list of maps it can find (the caller checks the text first).
 * @internal
 */
export function insertReadings(text: string, readings: readonly NewReading[], nodeIndex: ReadonlyMap<string, number>): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const nodes = isMap(doc.contents) ? doc.contents.get('nodes', true) : undefined;
  if (!isSeq(nodes)) throw new Error('the document has no list of nodes to add readings to');
  const edits: Edit[] = [];
  const groups = new Map<string, NewReading[]>();
  for (const r of readings) {
    const key = `${r.indicator}\u0000${r.kind}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [r]);
    else list.push(r);
  }
  for (const list of groups.values()) {
    const first = list[0] as NewReading;
    const node = nodes.items[nodeIndex.get(first.indicator) ?? -1];
    if (!isMap(node)) throw new Error(`the indicator "${first.indicator}" is not written as a map`);
    edits.push(editFor(text, node, LIST[first.kind], list.map((r) => r.reading)));
  }
  // From the end, so that each offset still points where it did.
  edits.sort((a, b) => b.at - a.at);
  let out = text;
  const crlf = text.includes('\r\n');
  for (const edit of edits) out = out.slice(0, edit.at) + (crlf ? edit.text.replace(/\n/g, '\r\n') : edit.text) + out.slice(edit.at);
  return out;
}

function editFor(text: string, node: YAMLMap, key: 'observations' | 'targets', readings: readonly ReadingDocument[]): Edit {
  const list = node.get(key, true);
  if (isSeq(list)) return list.flow === true ? flowItems(list, readings) : blockItems(text, list, readings);
  const empty = isScalar(list) && list.value === null && (list.range === undefined || list.range === null || list.range[0] === list.range[1]);
  if (list !== undefined && !empty) throw new Error(`the indicator's ${key} is not a list`);
  const pairs = node.items.filter(isPair) as Pair<YamlNode, YamlNode | null>[];
  if (node.flow === true) {
    const last = pairs[pairs.length - 1];
    const end = last === undefined ? (node.range?.[0] ?? 0) + 1 : (last.value ?? last.key).range?.[1];
    if (end === undefined) throw new Error('no position');
    return { at: end, text: `${last === undefined ? ' ' : ', '}${key}: [${readings.map(flowText).join(', ')}]` };
  }
  if (list !== undefined) {
    // `observations:` written with nothing after it: the list goes under it.
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === key) as Pair<YamlNode, YamlNode | null>;
    const keyStart = pair.key.range?.[0] ?? 0;
    const at = endOfLine(text, pair.key.range?.[1] ?? keyStart);
    return { at, text: lineBreakBefore(text, at) + blockList(readings, columnOf(text, keyStart) + 2) };
  }
  const after = (['targets', 'baseline'] as const).filter((k) => key === 'observations' || k === 'baseline');
  const anchor = after.map((k) => pairs.find((p) => isScalar(p.key) && p.key.value === k)).find((p) => p !== undefined) ?? pairs[pairs.length - 1];
  if (anchor === undefined) throw new Error('an empty indicator');
  const keyColumn = columnOf(text, pairs[0]?.key.range?.[0] ?? 0);
  const valueEnd = (anchor.value ?? anchor.key).range?.[1] ?? 0;
  const at = text.charCodeAt(valueEnd - 1) === 10 ? valueEnd : endOfLine(text, valueEnd);
  return { at, text: `${lineBreakBefore(text, at)}${' '.repeat(keyColumn)}${key}:\n${blockList(readings, keyColumn + 2)}` };
}

/** Block items after the last one, at its `-`'s column. */
function blockItems(text: string, list: YAMLSeq, readings: readonly ReadingDocument[]): Edit {
  const start = list.range?.[0] ?? 0;
  const end = list.range?.[1] ?? text.length;
  const at = text.charCodeAt(end - 1) === 10 ? end : endOfLine(text, end);
  return { at, text: lineBreakBefore(text, at) + blockList(readings, columnOf(text, start)) };
}

/** Flow items after the last one (or in the empty `[]`). */
function flowItems(list: YAMLSeq, readings: readonly ReadingDocument[]): Edit {
  const items = list.items as YamlNode[];
  const last = items[items.length - 1];
  const body = readings.map(flowText).join(', ');
  if (last === undefined) return { at: (list.range?.[0] ?? 0) + 1, text: body };
  return { at: last.range?.[1] ?? 0, text: `, ${body}` };
}

/** Readings as block list items, the `-` at `column`, each line ending in a line break. */
function blockList(readings: readonly ReadingDocument[], column: number): string {
  const pad = ' '.repeat(column);
  return readings
    .map((reading) => {
      const doc = new Document(reading);
      // Small maps on one line: `for: { sex: female }`, `period: { start: …, end: … }`.
      doc.contents = doc.createNode(reading);
      flowSmallMaps(doc.contents);
      const lines = doc.toString({ lineWidth: 0, flowCollectionPadding: true }).replace(/\n$/, '').split('\n');
      return lines.map((line, i) => (i === 0 ? `${pad}- ${line}` : line === '' ? '' : `${pad}  ${line}`)).join('\n') + '\n';
    })
    .join('');
}

function flowSmallMaps(node: unknown): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const value = pair.value;
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if ((isMap(value) && (key === 'for' || key === 'period')) || (isSeq(value) && key === 'flags')) value.flow = true;
      else flowSmallMaps(value);
    }
  } else if (isSeq(node)) node.items.forEach(flowSmallMaps);
}

/** A reading on one line, for a flow list: `{ date: 2025-12-31, value: 12 }`. */
function flowText(reading: ReadingDocument): string {
  const doc = new Document(reading, { flow: true });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trim();
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** A line break when `at` is not at the start of a line (the end of a text without a final line break). */
function lineBreakBefore(text: string, at: number): string {
  return at > 0 && text.charCodeAt(at - 1) !== 10 ? '\n' : '';
}
