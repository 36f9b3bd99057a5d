import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { progressSeries, rollUp, validate, type Model, type TheoryOfChangeDocument } from '../../src/index.js';
import { toHtmlReport } from '../../src/report/index.js';
import { FRAGMENTS } from '../hardening/hostile.js';
import { CI } from '../property-runs.js';

/**
 * A water programme, 2020–2022, as of 2021-12-31, worked by hand:
 * - i1 working wells: 10 → 20 of a target of 30: (20 − 10) / (30 − 10) = 50%;
 * - i2 households treating water (illustrative, readings without a source): 0 → 40 of 80: 50%;
 * - expected: a line from 0 at the baseline (2020-01-01) to 1 at the target (2022-12-31): 730 / 1095 days = 67%;
 * - o1, o2 and the goal (mean of o1 and o2): 50%, expected 67%, 17 points behind: at risk (over 10, at most 25).
 * Readings up to the report date: 3, of which 2 illustrative.
 */
const WATER: TheoryOfChangeDocument = {
  title: 'Clean water for Kibera',
  organisation: 'Water Trust',
  period: { start: '2020-01-01', end: '2022-12-31' },
  nodes: [
    { kind: 'goal', id: 'g', title: 'Clean water for all' },
    { kind: 'assumption', id: 'a1', title: 'Chlorine is affordable', status: 'fails', evidence: [{ summary: 'The price doubled in 2021', source: 'Market survey', date: '2021-06-30' }] },
    { kind: 'assumption', id: 'a2', title: 'Rains come on time', status: 'uncertain' },
    { kind: 'objective', id: 'o1', ref: '1', title: 'Wells are maintained', contributesTo: ['g'] },
    { kind: 'objective', id: 'o2', ref: '2', title: 'Households treat water', contributesTo: [{ to: 'g', assumptions: ['a1', 'a2'] }] },
    { kind: 'duty-bearer', id: 'd1', title: 'County water board', actorType: 'state', accountableFor: ['o1'] },
    {
      kind: 'indicator',
      id: 'i1',
      title: 'Working wells',
      measures: ['o1'],
      measure: { kind: 'number' },
      unit: 'wells',
      baseline: { date: '2020-01-01', value: 10, source: 'County register 2020' },
      targets: [{ date: '2022-12-31', value: 30 }],
      observations: [{ date: '2021-12-31', value: 20, source: 'County register 2021' }],
    },
    {
      kind: 'indicator',
      id: 'i2',
      title: 'Households treating water',
      tags: ['illustrative'],
      measures: ['o2'],
      measure: { kind: 'percentage' },
      baseline: { date: '2020-01-01', value: 0 },
      targets: [{ date: '2022-12-31', value: 80 }],
      observations: [
        { date: '2021-06-30', value: 20 },
        { date: '2021-12-31', value: 40 },
      ],
    },
  ],
};

function load(document: TheoryOfChangeDocument): Model {
  const result = validate(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.model;
}

const model = load(WATER);
const report = rollUp(model, { asOf: '2021-12-31' });
const html = toHtmlReport(model, report);
const page = new JSDOM(html).window.document;
const text = (selector: string): string[] => [...page.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('toHtmlReport: the page', () => {
  it('is one HTML document with a policy that forbids scripts and every fetch', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
    expect(page.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it('has no script, no event attribute and no address outside the page', () => {
    expect(page.querySelectorAll('script, iframe, object, embed, link, img, base, form')).toHaveLength(0);
    for (const element of page.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        expect(attribute).not.toMatch(/^on/);
        if (attribute === 'href' || attribute === 'src' || attribute === 'xlink:href') expect(element.getAttribute(attribute)).toMatch(/^#/);
      }
    }
    expect(html).not.toMatch(/url\(|@import|https?:/i);
  });

  it('opens with the title, the organisation, the report date and the period', () => {
    expect(page.title).toBe('Clean water for Kibera — progress as of 2021-12-31');
    expect(text('h1')).toEqual(['Clean water for Kibera']);
    expect(text('header p.meta')).toEqual(['Water Trust', 'Progress as of 2021-12-31 · Strategy period 2020-01-01 to 2022-12-31']);
  });

  it('has its sections in reading order, each listed in the contents', () => {
    expect(text('h2')).toEqual(['The theory of change', 'Progress', 'Trend', 'Duty bearers', 'Indicators', 'Failing assumptions', 'Sources']);
    expect([...page.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual(['#diagram', '#progress', '#trend', '#duty-bearers', '#indicators', '#assumptions', '#sources']);
  });

  it('says when most readings are illustrative: a demonstration, not an evaluation', () => {
    expect(text('.banner')).toEqual(['2 of 3 readings are illustrative: a demonstration, not an evaluation. Figures marked illustrative are not from a published source.']);
  });

  it('says so in a note, not a banner, when only some are', () => {
    const fewer = load({
      ...WATER,
      nodes: WATER.nodes.map((n) => (n.id === 'i2' && n.kind === 'indicator' ? { ...n, observations: [{ date: '2021-12-31', value: 40 }] } : n)).concat([
        { kind: 'indicator', id: 'i3', title: 'Wells tested', measures: ['o1'], measure: { kind: 'number' }, baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2022-12-31', value: 4 }], observations: [{ date: '2021-03-31', value: 1 }, { date: '2021-09-30', value: 2 }] },
      ]),
    });
    const other = new JSDOM(toHtmlReport(fewer, rollUp(fewer, { asOf: '2021-12-31' }))).window.document;
    expect(other.querySelector('.banner')).toBeNull();
    expect(other.querySelector('header .note')?.textContent).toBe('1 of 4 readings are illustrative (not from a published source); each is marked.');
  });

  it('lists each goal and objective with progress, expected, coverage, status and the numbers of its sources', () => {
    const rows = [...page.querySelectorAll('table.progress tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()));
    expect(rows).toEqual([
      ['', 'Clean water for allillustrative', '50%', '67%', '100%', 'at risk', ''],
      ['1', 'Wells are maintained', '50%', '67%', '100%', 'at risk', '[1, 2]'],
      ['2', 'Households treat waterillustrative', '50%', '67%', '100%', 'at risk', ''],
    ]);
    expect(text('ol.source-list li')).toEqual(['County register 2020', 'County register 2021']);
  });

  it('lists every indicator with baseline, latest reading and target, each dated, and marks illustrative figures', () => {
    const rows = [...page.querySelectorAll('table.indicators tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      ['', 'Working wells', '1', '10 wells2020-01-01', '20 wells2021-12-31', '30 wells2022-12-31', '50%', 'at risk', '[1, 2]'],
      ['', 'Households treating waterillustrative', '2', '0%illustrative2020-01-01', '40%illustrative2021-12-31', '80%illustrative2022-12-31', '50%', 'at risk', ''],
    ]);
  });

  it('shows the duty bearers with what they are accountable for', () => {
    expect(text('table.duty-bearers tbody tr td')).toEqual(['County water board state', '1 Wells are maintained: 50% at risk', 'at risk']);
  });

  it('shows a failing assumption with the link it qualifies and its evidence, and names the uncertain ones', () => {
    expect(text('.assumption h3')).toEqual(['Chlorine is affordable']);
    expect(text('.assumption li')).toEqual(['2 → Clean water for all', 'The price doubled in 2021 2021-06-30 (Market survey)']);
    expect(text('#assumptions > p')).toEqual(['Judged uncertain: Rains come on time.']);
  });

  it('draws a trend chart for the goal and each objective, and a table of progress at each year end', () => {
    expect(page.querySelectorAll('.trends figure svg.trend')).toHaveLength(3);
    expect(text('.trends figcaption .figure')).toEqual(['50% at 2021-12-31; expected 67%', '50% at 2021-12-31; expected 67%', '50% at 2021-12-31; expected 67%']);
    // At 2020-12-31 neither indicator has a reading yet (a baseline alone is no data), so nothing has progress.
    const rows = [...page.querySelectorAll('table.trend-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()));
    expect(text('table.trend-table thead th')).toEqual(['Ref', 'Goal or objective', '2020', '2021']);
    expect(rows).toEqual([
      ['', 'Clean water for all', '—', '50%'],
      ['1', 'Wells are maintained', '—', '50%'],
      ['2', 'Households treat water', '—', '50%'],
    ]);
  });

  it('marks a reading older than its age limit, and coverage by recent readings, when a limit is in force', () => {
    // Limit 6 months; at 2022-09-30 both indicators' latest readings (2021-12-31) are 9 months old: still counted, no recent coverage.
    const aged = load({ ...WATER, maxReadingAge: 'P6M' });
    const doc = new JSDOM(toHtmlReport(aged, rollUp(aged, { asOf: '2022-09-30' }))).window.document;
    expect(doc.querySelector('header p.note')?.textContent).toBe('2 indicators rest on a reading older than its age limit at 2022-09-30: still counted, marked ◷ old.');
    expect([...doc.querySelectorAll('table.indicators .mark.old')].map((m) => m.textContent)).toEqual([
      '◷ old: 9 months, older than the 6-month limit',
      '◷ old: 9 months, older than the 6-month limit',
    ]);
    expect([...doc.querySelectorAll('table.progress tbody tr td:nth-child(5)')].map((td) => td.textContent)).toEqual(['100%0% recent', '100%0% recent', '100%0% recent']);
    expect(html).not.toContain('class="mark old"');
  });

  it('without a drawn diagram, shows its Mermaid source and how to get the picture', () => {
    expect(page.querySelector('pre.mermaid-source')?.textContent).toMatch(/^flowchart BT\n/);
    expect(page.querySelector('#diagram p.note')?.textContent).toContain('install Chromium');
    const noted = new JSDOM(toHtmlReport(model, report, { diagramNote: 'No Chromium found.' })).window.document;
    expect(noted.querySelector('#diagram p.note')?.textContent).toMatch(/^No Chromium found\. The picture/);
  });

  it('with a drawn diagram, shows the SVG in place of the source', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" id="theory-of-change" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
    const drawn = toHtmlReport(model, report, { diagramSvg: `<?xml version="1.0"?>\n${svg}` });
    expect(drawn).toContain(`<figure class="diagram">${svg}</figure>`);
    expect(drawn).not.toContain('<pre class="mermaid-source"');
  });

  it('is the same text every time, and whatever the order of the nodes in the file', () => {
    expect(toHtmlReport(model, report)).toBe(html);
    const reversed = load({ ...WATER, nodes: [...WATER.nodes].reverse() });
    expect(toHtmlReport(reversed, rollUp(reversed, { asOf: '2021-12-31' }))).toBe(html);
  });

  it('says so when there is nothing to chart or list', () => {
    const bare = load({ title: 'Bare', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] });
    const doc = new JSDOM(toHtmlReport(bare, rollUp(bare, { asOf: '2021-12-31' }))).window.document;
    const text = (selector: string): string[] => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');
    expect(text('#trend p')).toEqual(['No trend to draw: the model has no period and no dated figure.']);
    expect(text('#duty-bearers p')).toEqual(['The model names no duty bearer.']);
    expect(text('#indicators p')).toEqual(['The model has no indicator.']);
    expect(text('#assumptions p')).toEqual(['The model states no assumption.']);
  });
});

describe('toHtmlReport: hostile text', () => {
  /** What escapeHtml shows for a control character: `\u` and four hex digits; a carriage return too; a lone surrogate as U+FFFD. */
  const shown = (s: string): string =>
    s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[\ud800-\udfff]/gu, '\ufffd');

  // Every fragment in CI; in the unit loop, one of each sort (markup, script, quotes, line breaks, controls, a lone surrogate, emoji, right-to-left).
  const fragments = CI ? FRAGMENTS : ['"]; n1 --> n2; click n1 href "javascript:alert(1)"; n9["', '<script>window.__pwned=1</script>', '<img src=x onerror=window.__pwned=1>', '&amp;', '\r\n', '\u0000', '\u202e', '\ud800', '👩‍👩‍👧', 'שלום', '__proto__', '| x |'];

  it.each(fragments.map((f) => [JSON.stringify(f), f]))('shows %s as text wherever user text goes', (_name, fragment) => {
    const hostile = `x${fragment}y`;
    const doc: TheoryOfChangeDocument = {
      title: hostile,
      organisation: hostile,
      description: hostile,
      period: { start: '2020-01-01', end: '2022-12-31' },
      nodes: WATER.nodes.map((n) => {
        const withText = { ...n, title: hostile, ...(n.kind === 'objective' ? { ref: `${n.ref ?? ''}${hostile}` } : {}) };
        if (withText.kind === 'indicator') return { ...withText, unit: hostile, source: hostile, ...(withText.id === 'i1' ? { observations: [{ date: '2021-12-31', value: 20, source: hostile }] } : {}) };
        if (withText.kind === 'assumption') return { ...withText, description: hostile, evidence: [{ summary: hostile, source: hostile }] };
        return withText;
      }),
    };
    const hostileModel = load(doc);
    // Two dates of trend are enough here (the default samples every month end, 37 roll-ups).
    const out = toHtmlReport(hostileModel, rollUp(hostileModel, { asOf: '2021-12-31' }), { series: progressSeries(hostileModel, ['2020-12-31', '2021-12-31']) });
    const dom = new JSDOM(out).window.document;
    expect(dom.querySelector('h1')?.textContent).toBe(shown(hostile));
    expect(dom.querySelectorAll('script, iframe, img, svg svg, a:not([href^="#"])')).toHaveLength(0);
    for (const element of dom.querySelectorAll('*')) for (const name of element.getAttributeNames()) expect(name).not.toMatch(/^on/);
    // Every progress-table title cell is the title as written.
    expect([...dom.querySelectorAll('table.progress tbody tr td:nth-child(2)')].map((td) => td.firstChild?.textContent)).toEqual([shown(hostile), shown(hostile), shown(hostile)]);
    expect([...dom.querySelectorAll('ol.source-list li')].map((li) => li.textContent)).toEqual(['County register 2020', shown(hostile)]);
  });
});
