/**
 * Hostile and broken IATI files: each gives one diagnostic with its line and column, never a
 * throw, never an entity expanded, never a file read.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { readIati, readIatiActivities } from '../../../src/iati/xml/read-iati.js';

const read = (text: string | string[]): { readonly diagnostics: readonly Diagnostic[]; readonly ids: readonly string[] } => {
  const ids: string[] = [];
  const { diagnostics } = readIati(text, (a) => ids.push(a.identifier));
  return { diagnostics, ids };
};
const where = (d: Diagnostic | undefined): string => `${d?.code} ${d?.position?.line}:${d?.position?.column}`;

const ACTIVITY = '<iati-activities version="2.03"><iati-activity><iati-identifier>A</iati-identifier><title><narrative>&lol9;</narrative></title></iati-activity></iati-activities>';

describe('entity attacks', () => {
  it('billion laughs: refused at its DOCTYPE, nothing expanded, in a blink', () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)];
    const text = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n ${entities.join('\n ')}\n]>\n${ACTIVITY}`;
    const started = performance.now();
    const { diagnostics, ids } = read(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(ids).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(where(diagnostics[0])).toBe('iati-doctype 2:1');
    expect(diagnostics[0]?.message).toContain('<!DOCTYPE lolz…>');
    expect(JSON.stringify(diagnostics)).not.toContain('lollol');
  });

  it('quadratic blowup (one 100 kB entity used 50,000 times, 5 GB expanded): refused at its DOCTYPE, memory barely moves', () => {
    const text = `<!DOCTYPE q [<!ENTITY a "${'a'.repeat(100_000)}">]>\n<iati-activities version="2.03"><iati-activity><iati-identifier>${'&a;'.repeat(50_000)}</iati-identifier></iati-activity></iati-activities>`;
    const before = process.memoryUsage().heapUsed;
    const { diagnostics, ids } = read(text);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
    expect(ids).toEqual([]);
    expect(diagnostics.map(where)).toEqual(['iati-doctype 1:1']);
  });

  it('external entity (file://): refused, the file is never read, its text appears nowhere', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toc-xxe-'));
    const secret = join(dir, 'secret.txt');
    await writeFile(secret, 'TOP-SECRET-CONTENT');
    const text = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://${secret}">]>\n<iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>`;
    const result = readIatiActivities(text);
    expect(result.activities).toEqual([]);
    expect(result.diagnostics.map(where)).toEqual(['iati-doctype 2:1']);
    expect(JSON.stringify(result)).not.toContain('TOP-SECRET');
    // Without the DOCTYPE the reference is an unknown entity: refused, not looked up.
    const bare = readIatiActivities(text.replace(/<!DOCTYPE[^\n]*\n/, ''));
    expect(bare.diagnostics.map(where)).toEqual(['iati-entity 2:65']);
    expect(bare.diagnostics[0]?.message).toContain('&xxe;');
    expect(JSON.stringify(bare)).not.toContain('TOP-SECRET');
  });

  it('an HTML entity (&nbsp;) without a DOCTYPE: refused at its "&", named in the message; in an attribute too', () => {
    const text = '<iati-activities version="2.03">\n  <iati-activity>\n    <iati-identifier>A&nbsp;B</iati-identifier>\n  </iati-activity>\n</iati-activities>';
    const { diagnostics, ids } = read(text);
    expect(ids).toEqual([]);
    expect(diagnostics).toEqual([
      {
        code: 'iati-entity',
        severity: 'error',
        path: [],
        ids: [],
        message:
          'The file uses the entity reference &nbsp; which XML does not define. Only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are read; write the character itself (UTF-8) instead.',
        position: { line: 3, column: 23 },
      },
    ]);
    expect(read('<iati-activities version="2.03" generated-datetime="&eacute;"/>').diagnostics.map(where)).toEqual(['iati-entity 1:53']);
  });

  it('100,000 nested elements: refused at the 101st level, no stack exhausted', () => {
    const text = `<iati-activities version="2.03"><iati-activity>${'<t:x xmlns:t="urn:t">'.repeat(100_000)}${'</t:x>'.repeat(100_000)}</iati-activity></iati-activities>`;
    const { diagnostics, ids } = read(text);
    expect(ids).toEqual([]);
    // 32 + 15 characters of root and activity, then 98 <t:x …> of 21 characters each before the refused one.
    expect(diagnostics.map(where)).toEqual([`iati-too-deep 1:${32 + 15 + 98 * 21 + 1}`]);
  });

  it('decodes &#233; and &amp; (what XML itself defines)', () => {
    const result = readIatiActivities('<iati-activities version="2.03"><iati-activity><iati-identifier>caf&#233;&amp;co</iati-identifier></iati-activity></iati-activities>');
    expect(result.diagnostics).toEqual([]);
    expect(result.activities[0]?.identifier).toBe('café&co');
  });
});

describe('broken files: one diagnostic at the first fault', () => {
  it.each([
    ['empty', '', 'iati-not-xml 1:1', 'The file is empty or holds no XML element.'],
    ['JSON', '{"title": "x"}', 'iati-not-xml 1:1', 'it has text outside any element'],
    ['an organisation file', '<?xml version="1.0"?>\n<iati-organisations version="2.03"/>', 'iati-not-activities 2:1', 'its root element is "iati-organisations"'],
    ['a namespace on the root', '<iati-activities xmlns="urn:x" version="2.03"/>', 'iati-not-activities 1:1', '"iati-activities" in the namespace "urn:x"'],
    ['a wrong end tag', '<iati-activities version="2.03">\n  <iati-activity>\n  </iati-activities>', 'iati-not-xml 3:3', 'an end tag does not match <iati-activity>, the element open there (from line 2, column 3)'],
    ['a file cut short', '<iati-activities version="2.03">\n  <iati-activity>\n    <iati-identifier>A', 'iati-not-xml 3:23', 'the file ends before <iati-identifier> (from line 3, column 5) is closed: is it cut short?'],
    ['a lone &', '<iati-activities version="2.03"><iati-activity><iati-identifier>A & B</iati-identifier></iati-activity></iati-activities>', 'iati-not-xml 1:67', 'a lone "&" must be written &amp;'],
    ['a lone & followed later by ;', '<iati-activities version="2.03"><iati-activity><title><narrative>R & D</narrative><narrative>x&amp;y</narrative></title></iati-activity></iati-activities>', 'iati-not-xml 1:68', 'a lone "&" must be written &amp;'],
    ['a character reference to a control character', '<iati-activities version="2.03">&#1;</iati-activities>', 'iati-not-xml 1:33', 'the character reference &#1; names a character XML does not allow'],
    ['an unbound prefix', '<iati-activities version="2.03"><t:x/></iati-activities>', 'iati-not-xml 1:33', 'unbound namespace prefix'],
    ['two roots', '<iati-activities version="2.03"/><iati-activities version="2.03"/>', 'iati-not-xml', 'only one root'],
    ['a BOM, then an error on line 1 (the BOM is no column)', '\uFEFF<iati-activities version="2.03">&bad;</iati-activities>', 'iati-entity 1:33', '&bad;'],
  ])('%s', (_name, text, expected, words) => {
    const { diagnostics, ids } = read(text);
    expect(ids).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(`${where(diagnostics[0])} `).toContain(`${expected} `);
    expect(diagnostics[0]?.message).toContain(words);
    expect(diagnostics[0]?.severity).toBe('error');
  });

  it('an activity closed by a wrong end tag is not handed over; the activities before the fault are', () => {
    const text = '<iati-activities version="2.03"><iati-activity><iati-identifier>A</iati-identifier></iati-activity><iati-activity><iati-identifier>B</iati-identifier></iati-activities>';
    const { diagnostics, ids } = read(text);
    expect(ids).toEqual(['A']);
    expect(diagnostics.map((d) => d.code)).toEqual(['iati-not-xml']);
  });

  it('a tag whose name ends its line still gets the line and column of its "<"', () => {
    const result = readIatiActivities('<iati-activities version="2.03">\r\n  <iati-activity\r\n    default-currency="EUR"><iati-identifier>A</iati-identifier></iati-activity></iati-activities>');
    expect(result.activities[0]?.at).toEqual({ line: 2, column: 3 });
  });

  it('never throws and gives at most one diagnostic, with a place, whatever is cut from or spliced into a valid file (property)', async () => {
    const valid = await readFile(resolve(import.meta.dirname, '../fixtures/minimal-activity.xml'), 'utf8');
    const pieces = ['<', '>', '&', '&amp;', '&x;', ']]>', '<!DOCTYPE a>', '"', '</title>', '<a:b>', '\u0000', '\uD800', '<![CDATA[', '<!--', '?>', '\r'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: valid.length }), fc.integer({ min: 0, max: 40 }), fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), (at, cut, insert) => {
        const text = valid.slice(0, at) + insert + valid.slice(at + cut);
        const { diagnostics } = readIati(text, () => undefined);
        expect(diagnostics.length).toBeLessThanOrEqual(1);
        for (const d of diagnostics) {
          expect(['iati-not-xml', 'iati-doctype', 'iati-entity', 'iati-not-activities']).toContain(d.code);
          expect(d.position?.line).toBeGreaterThanOrEqual(1);
          expect(d.position?.column).toBeGreaterThanOrEqual(1);
          expect(d.message).toMatch(/^The file /);
        }
      }),
      { numRuns: 400 },
    );
  });
});
