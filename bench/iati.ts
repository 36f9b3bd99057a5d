/**
 * The IATI XML reader against saxes alone on a generated IATI file of tens of megabytes (by
 * default 270 activities × 5 results × 4 indicators × 6 periods ≈ 20 MB, as in
 * docs/research/iati-and-spreadsheet-libraries.md §1.4): what building and mapping one activity at
 * a time costs over the parser's own events, and how little memory streaming holds.
 */
import { SaxesParser } from 'saxes';
import type { IatiActivity, IatiIndicator, IatiResult, IatiValue, XmlElement } from '../src/iati/iati-activity.js';
import { readIati } from '../src/iati/xml/read-iati.js';
import { importIati } from '../src/iati/import/import-iati.js';
import { writeIati } from '../src/iati/xml/write-iati.js';
import { bytes, ms, ratio, settledHeap, sideBySide, table, time } from './measure.js';

const TOC = 'urn:theory-of-change:iati:1';
const text = (en: string): readonly { readonly lang?: string; readonly text: string }[] => [{ text: en }, { lang: 'fr', text: `${en} (fr) é & co` }];
const reading = (value: number): XmlElement => ({ uri: TOC, name: 'reading', attributes: {}, children: [], text: JSON.stringify({ date: '2024-12-31', note: 'Survey & register', value }) });

function value(v: string, extra: Partial<IatiValue> = {}): IatiValue {
  return { value: v, locations: [], dimensions: [], comment: [], documentLinks: [], extensions: [], ...extra };
}

function indicator(r: number, i: number, periods: number): IatiIndicator {
  return {
    measure: '1',
    ascending: '1',
    aggregationStatus: '1',
    title: text(`Indicator ${r}.${i}: children enrolled`),
    description: text('Counted from school registers'),
    documentLinks: [],
    references: [{ vocabulary: '99', code: `I${r}${i}` }],
    baselines: [{ ...value('120', { comment: text('Household survey') }), year: '2020', isoDate: '2020-12-31' }],
    periods: Array.from({ length: periods }, (_, p) => ({
      start: `${2021 + p}-01-01`,
      end: `${2021 + p}-12-31`,
      targets: [value(String(150 + 10 * p), { extensions: [reading(150 + 10 * p)] })],
      actuals: [
        value(p === periods - 1 ? 'N/A' : String(140 + 9 * p), { comment: text('Term register'), extensions: [reading(140 + 9 * p)] }),
        value(String(70 + 4 * p), { locations: ['KE-01'], dimensions: [{ name: 'sex', value: 'female' }] }),
      ],
      foreignAttributes: {},
      extensions: [],
    })),
    foreignAttributes: { [`{${TOC}}id`]: `i${r}-${i}` },
    extensions: [],
  };
}

function result(r: number, indicators: number, periods: number): IatiResult {
  return {
    type: '2',
    aggregationStatus: '1',
    title: text(`Result ${r}: more children in school`),
    description: text('Outcome'),
    documentLinks: [],
    references: [],
    indicators: Array.from({ length: indicators }, (_, i) => indicator(r, i, periods)),
    foreignAttributes: { [`{${TOC}}id`]: `o${r}` },
    extensions: [{ uri: TOC, name: 'contributes-to', attributes: { to: 'goal' }, children: [{ uri: TOC, name: 'note', attributes: {}, children: [], text: 'Assumes\nfunding' }], text: '' }],
  };
}

/** The generated file: `activities` × `results` × `indicators` × `periods`, with a budget and transactions the reader skips. */
export function generateIatiXml(activities: number, results = 5, indicators = 4, periods = 6): string {
  const list: IatiActivity[] = Array.from({ length: activities }, (_, a) => ({
    identifier: `XM-DAC-1-${a}`,
    lang: 'en',
    defaultCurrency: 'EUR',
    reportingOrg: { ref: 'XM-DAC-1', type: '10', name: text('Fund') },
    title: text(`Activity ${a}`),
    descriptions: [{ type: '1', text: text('Schools for all') }],
    participatingOrgs: [{ role: '4', ref: 'XM-DAC-1', name: text('Fund') }],
    status: '2',
    dates: [{ type: '1', isoDate: '2021-01-01' }],
    relatedActivities: [],
    results: Array.from({ length: results }, (_, r) => result(r, indicators, periods)),
    foreignAttributes: {},
    extensions: [],
    skipped: [],
  }));
  const xml = writeIati({ version: '2.03', activities: list });
  // Elements the reader skips, as real files have: a budget and two transactions per activity.
  const skippedParts = '<budget><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/><value currency="EUR" value-date="2021-01-01">1000</value></budget>' + '<transaction><transaction-type code="3"/><value value-date="2021-03-01">400</value></transaction>'.repeat(2);
  return xml.replace(/(<\/activity-date>|<activity-date [^>]*\/>)/g, `$1${skippedParts}`);
}

/** saxes alone, as the reader configures it: namespaces on, every event the reader listens to, doing nothing. */
function saxesAlone(xml: string | readonly string[]): number {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let elements = 0;
  parser.on('opentagstart', () => undefined);
  parser.on('opentag', () => elements++);
  parser.on('closetag', () => undefined);
  parser.on('text', () => undefined);
  for (const chunk of typeof xml === 'string' ? [xml] : xml) parser.write(chunk);
  parser.close();
  return elements;
}

function chunks(xml: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < xml.length; i += size) out.push(xml.slice(i, i + size));
  return out;
}

/** The IATI section of the benchmark, as Markdown. */
export function measureIati(print: (text: string) => void, log: (text: string) => void, options: { readonly activities: number; readonly runs: number }): void {
  log(`IATI: generating ${options.activities} activities…`);
  const xml = generateIatiXml(options.activities);
  const parts = chunks(xml, 64 * 1024);
  let count = 0;
  const onActivity = (): void => {
    count++;
  };
  log('IATI: reading…');
  const [alone, whole, aloneChunked, streamed] = sideBySide(options.runs, [() => saxesAlone(xml), () => readIati(xml, onActivity), () => saxesAlone(parts), () => readIati(parts, onActivity)]) as [number, number, number, number];
  // Memory: what the reader holds live (after a full collection) when it hands over an activity, above what was live before.
  const gc = (globalThis as { gc?: () => void }).gc;
  const before = settledHeap();
  let held = 0;
  let n = 0;
  readIati(parts, () => {
    if (n++ % 10 !== 0 || gc === undefined) return;
    gc();
    held = Math.max(held, process.memoryUsage().heapUsed - before);
  });
  log('IATI: writing…');
  const activities: IatiActivity[] = [];
  const read = readIati(xml, (a) => activities.push(a));
  if (read.diagnostics.length > 0 || activities.length !== options.activities) throw new Error(`IATI bench: the generated file reads with problems: ${JSON.stringify(read.diagnostics)}`);
  const write = time(() => writeIati({ version: '2.03', activities }));
  log('IATI: importing…');
  // What a user waits for: the file's text in, validated theory-of-change documents out (one run: it is the slow one).
  let documents = 0;
  const imported = time(() => {
    documents = importIati(parts, { onDocument: () => documents++ }).documents.length + documents;
  });
  if (documents !== options.activities) throw new Error(`IATI bench: ${documents} documents imported from ${options.activities} activities`);
  const elements = saxesAlone(xml);
  print('');
  print('## IATI XML');
  print('');
  print(
    `A generated IATI 2.03 file: ${options.activities} activities × 5 results × 4 indicators × 6 periods, two narratives per text, \`toc:\` extensions, a budget and transactions to skip; ${bytes(xml.length)} (UTF-16 code units), ${elements.toLocaleString('en')} elements. ` +
      `Medians of ${options.runs} interleaved runs. The baseline is saxes alone (namespaces on, empty handlers): the parser the reader is built on. Goal: the reader within 3× of it.`,
  );
  print('');
  print(
    table(
      ['measure', 'time', 'saxes alone', 'ratio', 'goal', 'met'],
      [
        ['`readIati`, whole text', ms(whole), ms(alone), ratio(whole / alone), '≤ 3×', whole / alone <= 3 ? 'yes' : '**no**'],
        ['`readIati`, 64 kB chunks', ms(streamed), `${ms(aloneChunked)} (chunks too)`, ratio(streamed / aloneChunked), '≤ 3×', streamed / aloneChunked <= 3 ? 'yes' : '**no**'],
        ['`writeIati` of the same activities', ms(write), '', '', '', ''],
        ['`importIati`, 64 kB chunks: text in, validated documents out (one run)', ms(imported), `${ms(aloneChunked)} (chunks too)`, ratio(imported / aloneChunked), '', ''],
      ],
    ),
  );
  print('');
  print(
    `Memory the reader holds while reading in 64 kB chunks (live heap after a full collection, above what was live before, at every tenth activity handed over; the highest): ${bytes(held)}, against ${bytes(xml.length / options.activities)} of XML per activity and ${bytes(xml.length * 2)} for the whole file as a string.`,
  );
  if (count === 0) throw new Error('IATI bench: no activity read');
}
