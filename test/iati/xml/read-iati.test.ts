import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IatiActivity } from '../../../src/iati/iati-activity.js';
import { readIati, readIatiActivities, readIatiStream } from '../../../src/iati/xml/read-iati.js';

const TOC = 'urn:theory-of-change:iati:1';
const fixture = (): Promise<string> => readFile(resolve(import.meta.dirname, '../fixtures/minimal-activity.xml'), 'utf8');

/** The file around one activity's inner XML. */
const file = (inner: string, activityAttributes = ''): string =>
  `<iati-activities version="2.03"><iati-activity${activityAttributes}><iati-identifier>A-1</iati-identifier>${inner}</iati-activity></iati-activities>`;

const only = (text: string): IatiActivity => {
  const read = readIatiActivities(text);
  expect(read.diagnostics).toEqual([]);
  expect(read.activities).toHaveLength(1);
  return read.activities[0] as IatiActivity;
};

describe('readIati: the hand-written minimal activity', () => {
  it('reads every part the types name, values as written, with each element’s line and column', async () => {
    const read = readIatiActivities(await fixture());
    expect(read.diagnostics).toEqual([]);
    expect(read.version).toBe('2.03');
    expect(read.generatedDatetime).toBe('2026-12-01T10:00:00Z');
    const a = read.activities[0] as IatiActivity;
    expect(a).toMatchObject({
      identifier: 'XM-DAC-47015-CLE-1',
      lang: 'en',
      defaultCurrency: 'EUR',
      lastUpdated: '2026-11-30T09:00:00Z',
      reportingOrg: { ref: 'XM-DAC-47015', type: '21', name: [{ text: 'Child Labour Education Fund' }] },
      title: [{ text: 'End child labour in the cocoa belt' }, { lang: 'fr', text: 'Éliminer le travail des enfants' }],
      descriptions: [{ type: '1', text: [{ text: 'Children leave work for school & stay there.' }] }],
      participatingOrgs: [{ ref: 'XM-DAC-47015', type: '21', role: '4', name: [{ text: 'Child Labour Education Fund' }] }],
      status: '2',
      dates: [{ type: '1', isoDate: '2024-01-01' }],
      relatedActivities: [{ ref: 'XM-DAC-47015-CLE', type: '1' }],
      foreignAttributes: {},
      extensions: [],
      skipped: [],
      at: { line: 4, column: 3 },
    });
    expect(a.reportingOrg).not.toHaveProperty('role');
    const result = a.results[0];
    expect(result).toMatchObject({
      type: '2',
      aggregationStatus: '1',
      title: [{ text: 'Children enrolled' }],
      description: [],
      foreignAttributes: { [`{${TOC}}id`]: 'enrolled' },
      extensions: [{ uri: TOC, name: 'contributes-to', attributes: { to: 'goal' }, children: [], text: '' }],
      at: { line: 22, column: 5 },
    });
    const indicator = result?.indicators[0];
    expect(indicator).toMatchObject({
      measure: '1',
      ascending: '1',
      references: [{ vocabulary: '9', code: '4.1.1' }],
      foreignAttributes: { [`{${TOC}}id`]: 'enrolment' },
      at: { line: 26, column: 7 },
    });
    expect(indicator?.baselines).toEqual([
      {
        year: '2023',
        isoDate: '2023-12-31',
        value: '120',
        locations: [],
        dimensions: [],
        comment: [{ text: 'Household survey' }],
        documentLinks: [
          {
            url: 'https://example.org/survey.pdf',
            format: 'application/pdf',
            title: [{ text: 'Baseline survey' }],
            description: [],
            categories: ['A01'],
            languages: [],
            date: '2024-01-15',
            extensions: [],
            at: { line: 32, column: 11 },
          },
        ],
        extensions: [],
        at: { line: 31, column: 9 },
      },
    ]);
    expect(indicator?.periods).toEqual([
      {
        start: '2024-01-01',
        end: '2024-12-31',
        targets: [{ value: '300', locations: [], dimensions: [], comment: [], documentLinks: [], extensions: [], at: { line: 46, column: 11 } }],
        actuals: [
          {
            value: '210',
            locations: ['AF-KAB'],
            dimensions: [{ name: 'sex', value: 'female' }],
            comment: [{ text: 'Term 1 register' }],
            documentLinks: [],
            extensions: [{ uri: TOC, name: 'reading', attributes: {}, children: [], text: '{"date":"2024-12-31","value":210}' }],
            at: { line: 47, column: 11 },
          },
        ],
        foreignAttributes: {},
        extensions: [],
        at: { line: 43, column: 9 },
      },
    ]);
  });

  it('reads the same from chunks split anywhere (inside tags, entities, surrogate pairs and CRLF)', async () => {
    const text = (await fixture()).replace(/\n/g, '\r\n').replace('Baseline survey', 'Baseline survey 𝄞 &#x1D11E; &amp;');
    const whole = readIatiActivities(text);
    expect(whole.activities[0]?.results[0]?.indicators[0]?.baselines[0]?.documentLinks[0]?.title).toEqual([{ text: 'Baseline survey 𝄞 𝄞 &' }]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...[...cuts].sort((x, y) => x - y), text.length];
        const chunks = points.slice(1).map((end, i) => text.slice(points[i], end));
        expect(readIatiActivities(chunks)).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('reads the same from chunks of one character each (a tag split into "<", "/" and its name)', async () => {
    const text = (await fixture()).replace(/\n/g, '\r\n');
    const whole = readIatiActivities(text);
    expect(whole.activities).toHaveLength(1);
    expect(readIatiActivities([...text])).toEqual(whole);
    // The case fast-check found: "</iati-activity>" as "<", "/", "iati-activity>…".
    const cut = text.indexOf('</iati-activity>');
    expect(readIatiActivities([text.slice(0, cut + 1), '/', text.slice(cut + 2)])).toEqual(whole);
  });

  it('hands over each activity as soon as it closes, before the rest of the file is read', () => {
    const seen: string[] = [];
    const chunks = function* (): Generator<string> {
      yield '<iati-activities version="2.03"><iati-activity><iati-identifier>A</iati-identifier></iati-activity>';
      seen.push('chunk 2 asked for');
      yield '<iati-activity><iati-identifier>B</iati-identifier></iati-activity></iati-activities>';
    };
    const result = readIati(chunks(), (a) => seen.push(a.identifier));
    expect(seen).toEqual(['A', 'chunk 2 asked for', 'B']);
    expect(result).toEqual({ version: '2.03', activityCount: 2, diagnostics: [] });
  });

  it('reads from an async stream of chunks', async () => {
    async function* chunks(): AsyncGenerator<string> {
      yield '<iati-activities version="2.03"><iati-acti';
      yield 'vity><iati-identifier>S</iati-identifier></iati-activity></iati-activities>';
    }
    const ids: string[] = [];
    expect(await readIatiStream(chunks(), (a) => ids.push(a.identifier))).toEqual({ version: '2.03', activityCount: 1, diagnostics: [] });
    expect(ids).toEqual(['S']);
  });
});

describe('readIati: namespaces, narratives, text and what is skipped', () => {
  it('resolves extensions by namespace URI, whatever the prefix: two prefixes for one URI, and a default namespace', () => {
    const a = only(
      `<iati-activities version="2.03" xmlns:a="${TOC}"><iati-activity xmlns:b="${TOC}" a:x="1" b:y="2" xmlns:o="urn:other">` +
        `<iati-identifier>A</iati-identifier><a:one n="1"/><b:two o:k="v"><o:in>t</o:in></b:two><three xmlns="${TOC}"/><o:four/></iati-activity></iati-activities>`,
    );
    expect(a.foreignAttributes).toEqual({ [`{${TOC}}x`]: '1', [`{${TOC}}y`]: '2' });
    expect(a.extensions).toEqual([
      { uri: TOC, name: 'one', attributes: { n: '1' }, children: [], text: '' },
      { uri: TOC, name: 'two', attributes: { '{urn:other}k': 'v' }, children: [{ uri: 'urn:other', name: 'in', attributes: {}, children: [], text: 't' }], text: '' },
      { uri: TOC, name: 'three', attributes: {}, children: [], text: '' },
      { uri: 'urn:other', name: 'four', attributes: {}, children: [], text: '' },
    ]);
  });

  it('keeps xml:lang on narratives and the activity; narrative text as written, multi-line; the identifier trimmed', () => {
    const a = only(
      '<iati-activities version="2.03"><iati-activity xml:lang="fr"><iati-identifier>\n  XM-1\n</iati-identifier>' +
        '<title><narrative>  Deux\n  lignes </narrative><narrative xml:lang="en">Two</narrative></title></iati-activity></iati-activities>',
    );
    expect(a.identifier).toBe('XM-1');
    expect(a.lang).toBe('fr');
    expect(a.foreignAttributes).toEqual({});
    expect(a.title).toEqual([{ text: '  Deux\n  lignes ' }, { lang: 'en', text: 'Two' }]);
  });

  it('decodes the five XML entities, decimal and hex character references, and CDATA', () => {
    const a = only(file('<title><narrative>&#233;t&#xE9; &amp; &lt;b&gt; &quot;q&quot; &apos;s&apos; <![CDATA[<raw> & ]]></narrative></title>'));
    expect(a.title).toEqual([{ text: 'été & <b> "q" \'s\' <raw> & ' }]);
  });

  it('an extension element with child elements: its indentation is not text, other runs are trimmed and joined by a space', () => {
    const a = only(file(`<t:e xmlns:t="${TOC}">\n  Hello\n  <t:b>world</t:b>\n  again\n</t:e><t:f xmlns:t="${TOC}">  as written\n</t:f>`));
    expect(a.extensions.map((e) => e.text)).toEqual(['Hello again', '  as written\n']);
  });

  it('names the IATI elements it does not keep, each once, in the order met: children of the activity by name, deeper ones by path', () => {
    const a = only(
      file(
        '<budget><value>1</value></budget><result type="1"><title><narrative>R</narrative></title><indicator measure="1"><bogus/>' +
          '<baseline year="2020"><bogus/></baseline></indicator></result><transaction><value>2</value></transaction><budget/><sector code="1"/>',
      ),
    );
    expect(a.skipped).toEqual(['budget', 'result/indicator/bogus', 'result/indicator/baseline/bogus', 'transaction', 'sector']);
  });

  it('keeps absent attributes absent and empty ones empty', () => {
    const a = only(file('<result type=""><indicator measure="1"><period><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><target/><actual value=""/></period></indicator></result>'));
    const period = a.results[0]?.indicators[0]?.periods[0];
    expect(a.results[0]?.type).toBe('');
    expect(period?.targets[0]).not.toHaveProperty('value');
    expect(period?.actuals[0]?.value).toBe('');
  });

  it('an activity without the parts IATI requires still reads, with empty values (the mapping reports them)', () => {
    const read = readIatiActivities('<iati-activities version="2.03"><iati-activity/></iati-activities>');
    expect(read.diagnostics).toEqual([]);
    expect(read.activities).toEqual([
      {
        identifier: '',
        reportingOrg: { name: [] },
        title: [],
        descriptions: [],
        participatingOrgs: [],
        dates: [],
        relatedActivities: [],
        results: [],
        foreignAttributes: {},
        extensions: [],
        skipped: [],
        at: { line: 1, column: 33 },
      },
    ]);
  });

  it('ignores comments, processing instructions and elements of other namespaces beside the activities', () => {
    const read = readIatiActivities(`<?xml version="1.0"?><!-- c --><iati-activities version="2.03" xmlns:t="${TOC}"><?pi x?><t:meta/><iati-activity><iati-identifier>A</iati-identifier></iati-activity></iati-activities>`);
    expect(read.diagnostics).toEqual([]);
    expect(read.activities.map((a) => a.identifier)).toEqual(['A']);
  });
});
