import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IatiActivities, IatiActivity, IatiValue } from '../../../src/iati/iati-activity.js';
import { readIatiActivities } from '../../../src/iati/xml/read-iati.js';
import { writeIati } from '../../../src/iati/xml/write-iati.js';
import { validateIatiXml } from '../xmllint.js';
import { activities, expectedAfterRoundTrip, TOC, withoutPositions } from './arbitraries.js';
import { runs } from '../../property-runs.js';

const value = (fields: Partial<IatiValue>): IatiValue => ({ locations: [], dimensions: [], comment: [], documentLinks: [], extensions: [], ...fields });

/** The smallest activity the schema accepts, with one result: every required part, nothing more. */
const base: IatiActivity = {
  identifier: 'XM-1',
  reportingOrg: { ref: 'XM', type: '21', name: [{ text: 'Fund' }] },
  title: [{ text: 'Schools' }],
  descriptions: [{ type: '1', text: [{ text: 'About' }] }],
  participatingOrgs: [{ role: '4', name: [] }],
  status: '2',
  dates: [{ type: '1', isoDate: '2024-01-01' }],
  relatedActivities: [],
  results: [],
  foreignAttributes: {},
  extensions: [],
  skipped: [],
};

describe('writeIati', () => {
  it('writes the exact bytes: declaration, 2-space indentation, schema order, toc bound on the root, a final line feed', () => {
    const file: IatiActivities = {
      version: '2.03',
      activities: [
        {
          ...base,
          lang: 'en',
          foreignAttributes: { [`{${TOC}}v`]: '1' },
          results: [
            {
              type: '2',
              title: [{ text: 'Enrolled' }],
              description: [],
              documentLinks: [],
              references: [],
              foreignAttributes: {},
              extensions: [{ uri: TOC, name: 'note', attributes: {}, children: [], text: 'two\nlines & more' }],
              indicators: [
                {
                  measure: '1',
                  title: [{ lang: 'fr', text: 'Inscrits' }],
                  description: [],
                  documentLinks: [],
                  references: [],
                  foreignAttributes: {},
                  extensions: [],
                  baselines: [
                    {
                      ...value({ value: '0', comment: [{ text: 'c' }], documentLinks: [{ url: 'https://x.org/a?b=1&c=2', format: 'text/html', title: [{ text: 'T' }], description: [], categories: ['A01'], languages: [], extensions: [] }] }),
                      year: '2023',
                    },
                  ],
                  periods: [
                    {
                      start: '2024-01-01',
                      end: '2024-12-31',
                      targets: [value({ value: '5', comment: [{ text: 'c' }], documentLinks: [{ url: 'https://x.org', format: 'text/html', title: [{ text: 'T' }], description: [], categories: ['A01'], languages: [], extensions: [] }] })],
                      actuals: [],
                      foreignAttributes: {},
                      extensions: [],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    // Worked out by hand from the schema: baseline puts document-link before comment, target after.
    expect(writeIati(file)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<iati-activities version="2.03" xmlns:toc="${TOC}">`,
        '  <iati-activity xml:lang="en" toc:v="1">',
        '    <iati-identifier>XM-1</iati-identifier>',
        '    <reporting-org ref="XM" type="21">',
        '      <narrative>Fund</narrative>',
        '    </reporting-org>',
        '    <title>',
        '      <narrative>Schools</narrative>',
        '    </title>',
        '    <description type="1">',
        '      <narrative>About</narrative>',
        '    </description>',
        '    <participating-org role="4"/>',
        '    <activity-status code="2"/>',
        '    <activity-date type="1" iso-date="2024-01-01"/>',
        '    <result type="2">',
        '      <title>',
        '        <narrative>Enrolled</narrative>',
        '      </title>',
        '      <indicator measure="1">',
        '        <title>',
        '          <narrative xml:lang="fr">Inscrits</narrative>',
        '        </title>',
        '        <baseline year="2023" value="0">',
        '          <document-link url="https://x.org/a?b=1&amp;c=2" format="text/html">',
        '            <title>',
        '              <narrative>T</narrative>',
        '            </title>',
        '            <category code="A01"/>',
        '          </document-link>',
        '          <comment>',
        '            <narrative>c</narrative>',
        '          </comment>',
        '        </baseline>',
        '        <period>',
        '          <period-start iso-date="2024-01-01"/>',
        '          <period-end iso-date="2024-12-31"/>',
        '          <target value="5">',
        '            <comment>',
        '              <narrative>c</narrative>',
        '            </comment>',
        '            <document-link url="https://x.org" format="text/html">',
        '              <title>',
        '                <narrative>T</narrative>',
        '              </title>',
        '              <category code="A01"/>',
        '            </document-link>',
        '          </target>',
        '        </period>',
        '      </indicator>',
        '      <toc:note>two',
        'lines &amp; more</toc:note>',
        '    </result>',
        '  </iati-activity>',
        '</iati-activities>',
        '',
      ].join('\n'),
    );
  });

  it('removes characters XML cannot hold, escapes markup, keeps line breaks in text and attributes; the output re-parses', () => {
    const hostile = 'a\u0000b\u0001c\uD800d\uFFFEe <x> & "q" ]]> \r\n\tend 😀';
    const xml = writeIati({ activities: [{ ...base, title: [{ text: hostile }], foreignAttributes: { '{urn:other}note': hostile } }] });
    expect(xml).not.toMatch(/[\u0000\u0001\uFFFE]/);
    expect(xml).toContain('<narrative>abcde &lt;x&gt; &amp; "q" ]]&gt; &#13;\n\tend 😀</narrative>');
    expect(xml).toContain('xmlns:ns1="urn:other"');
    expect(xml).toContain('ns1:note="abcde &lt;x&gt; &amp; &quot;q&quot; ]]&gt; &#13;&#10;&#9;end 😀"');
    const read = readIatiActivities(xml);
    expect(read.diagnostics).toEqual([]);
    expect(read.activities[0]?.title).toEqual([{ text: 'abcde <x> & "q" ]]> \r\n\tend 😀' }]);
    expect(read.activities[0]?.foreignAttributes).toEqual({ '{urn:other}note': 'abcde <x> & "q" ]]> \r\n\tend 😀' });
  });

  it('writes DEL and the C1 controls (U+007F-U+009F) as character references: no raw control reaches a terminal, and they read back', () => {
    const text = 'a\u007fb\u0085c\u009bd';
    const xml = writeIati({ activities: [{ ...base, title: [{ text }], foreignAttributes: { '{urn:other}note': text } }] });
    expect(xml).not.toMatch(/[\u007f-\u009f]/);
    expect(xml).toContain('<narrative>a&#127;b&#133;c&#155;d</narrative>');
    expect(xml).toContain('ns1:note="a&#127;b&#133;c&#155;d"');
    const read = readIatiActivities(xml);
    expect(read.activities[0]?.title).toEqual([{ text }]);
    expect(read.activities[0]?.foreignAttributes).toEqual({ '{urn:other}note': text });
  });

  it('declares each namespace once on the root: toc first, then ns1, ns2 in the order first used; xml: never declared', () => {
    const xml = writeIati({
      activities: [
        {
          ...base,
          extensions: [
            { uri: 'urn:b', name: 'x', attributes: { [`{${TOC}}k`]: '1', '{http://www.w3.org/XML/1998/namespace}lang': 'fr' }, children: [{ uri: 'urn:a', name: 'y', attributes: {}, children: [], text: '' }], text: '' },
          ],
        },
      ],
    });
    expect(xml.split('\n')[1]).toBe(`<iati-activities version="2.03" xmlns:toc="${TOC}" xmlns:ns1="urn:b" xmlns:ns2="urn:a">`);
    expect(xml).toContain('<ns1:x toc:k="1" xml:lang="fr">');
    expect(xml).toContain('<ns2:y/>');
  });

  it('refuses what would make a wrong file: an extension element without a namespace, a name XML cannot hold', () => {
    expect(() => writeIati({ activities: [{ ...base, extensions: [{ uri: '', name: 'x', attributes: {}, children: [], text: '' }] }] })).toThrow('has no namespace');
    expect(() => writeIati({ activities: [{ ...base, extensions: [{ uri: TOC, name: 'a b', attributes: {}, children: [], text: '' }] }] })).toThrow('"a b" is not an XML name');
  });

  it('gives the same bytes for the same data, and for the read-back of its own output (of data it holds exactly)', () => {
    fc.assert(
      fc.property(activities, (hostile) => {
        const file = expectedAfterRoundTrip(hostile);
        const once = writeIati(file);
        expect(writeIati(file)).toBe(once);
        const { diagnostics, ...read } = readIatiActivities(once);
        expect(diagnostics).toEqual([]);
        expect(writeIati(read)).toBe(once);
      }),
      { numRuns: runs(20, 40) },
    );
  });

  it('read(write(x)) equals x, less the characters XML cannot hold (property: hostile text, languages, extensions)', () => {
    fc.assert(
      fc.property(activities, (file) => {
        const { diagnostics, ...read } = readIatiActivities(writeIati(file));
        expect(diagnostics).toEqual([]);
        expect(withoutPositions(read)).toEqual(expectedAfterRoundTrip(file));
      }),
      { numRuns: runs(50, 150) },
    );
  });
});

describe('writeIati output against the IATI 2.03 schema (xmllint)', () => {
  it('write(read(file)) of the valid hand-written file is valid, and reads back the same', async () => {
    const text = await readFile(resolve(import.meta.dirname, '../fixtures/minimal-activity.xml'), 'utf8');
    const { diagnostics, ...read } = readIatiActivities(text);
    expect(diagnostics).toEqual([]);
    const written = writeIati(read);
    expect(await validateIatiXml(written)).toEqual({ valid: true, errors: [] });
    expect(withoutPositions(readIatiActivities(written).activities)).toEqual(withoutPositions(read.activities));
  });

  it('a few activities with results, extensions everywhere IATI allows them, multi-line notes: valid', async () => {
    const ext = (name: string) => [{ uri: TOC, name, attributes: { to: 'g' }, children: [{ uri: TOC, name: 'note', attributes: {}, children: [], text: 'line 1\nline 2' }], text: '' }];
    const link = { url: 'https://example.org/r.pdf', format: 'application/pdf', title: [{ text: 'Report' }], description: [{ text: 'D' }], categories: ['A01'], languages: ['en'], date: '2024-05-01', extensions: ext('l') };
    const activity = (id: string): IatiActivity => ({
      ...base,
      identifier: id,
      lang: 'en',
      defaultCurrency: 'EUR',
      lastUpdated: '2024-06-01T00:00:00Z',
      relatedActivities: [{ ref: 'XM-0', type: '1' }],
      foreignAttributes: { [`{${TOC}}version`]: '1' },
      extensions: ext('theory-of-change'),
      results: [
        {
          type: '3',
          aggregationStatus: '1',
          title: [{ text: 'Impact' }, { lang: 'fr', text: 'Impact' }],
          description: [{ text: 'More\nlines' }],
          documentLinks: [link],
          references: [{ vocabulary: '99', code: 'g', uri: 'https://example.org/codes' }],
          foreignAttributes: { [`{${TOC}}id`]: 'g' },
          extensions: ext('contributes-to'),
          indicators: [
            {
              measure: '2',
              ascending: '0',
              aggregationStatus: '0',
              title: [{ text: 'Rate' }],
              description: [{ text: 'Share' }],
              documentLinks: [link],
              references: [{ vocabulary: '9', code: '8.7.1' }],
              foreignAttributes: { [`{${TOC}}id`]: 'rate', [`{${TOC}}copy`]: '1' },
              extensions: ext('extra'),
              baselines: [{ ...value({ value: '40', locations: ['L1'], dimensions: [{ name: 'sex', value: 'f' }], comment: [{ text: 'c' }], documentLinks: [link], extensions: ext('reading') }), year: '2023', isoDate: '2023-12-31' }],
              periods: [
                {
                  start: '2024-01-01',
                  end: '2024-12-31',
                  foreignAttributes: { [`{${TOC}}p`]: '1' },
                  extensions: ext('period-note'),
                  targets: [value({ value: '30', comment: [{ text: 'c' }], documentLinks: [link], extensions: ext('reading') }), value({ value: '28', dimensions: [{ name: 'sex', value: 'f' }], extensions: ext('part') })],
                  actuals: [value({ value: 'N/A', locations: ['L1'], comment: [{ text: 'n' }], documentLinks: [link], extensions: ext('reading') })],
                },
              ],
            },
          ],
        },
      ],
    });
    const xml = writeIati({ version: '2.03', generatedDatetime: '2024-06-01T12:00:00Z', activities: [activity('XM-1'), activity('XM-2'), activity('XM-3')] });
    expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
  });
});
