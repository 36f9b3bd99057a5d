import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  formatDiagnostics,
  readingDate,
  toDocument,
  type IndicatorDocument,
  type Measure,
  type Model,
  type ReadingDocument,
} from '../../src/index.js';
import { readModelFile } from '../../src/node/index.js';
import { buildAsiModel } from '../../examples/anti-slavery-international/build.js';

const YAML_PATH = fileURLToPath(new URL('../../examples/anti-slavery-international/asi.yaml', import.meta.url));
const result = await readModelFile(YAML_PATH);

/** The model from asi.yaml; fails the calling test with every diagnostic if it does not load. */
function yamlModel(): Model {
  if (!result.ok) throw new Error(`asi.yaml does not validate:\n${formatDiagnostics(result.diagnostics)}`);
  return result.model;
}

function indicator(model: Model, id: string): IndicatorDocument {
  const node = model.node(id);
  if (node?.kind !== 'indicator') throw new Error(`no indicator "${id}"`);
  return node;
}

function finalTarget(ind: IndicatorDocument): ReadingDocument | undefined {
  return [...(ind.targets ?? [])].sort((a, b) => ((readingDate(a) as string) < (readingDate(b) as string) ? -1 : (readingDate(a) as string) > (readingDate(b) as string) ? 1 : 0)).at(-1);
}

/** The parts of an indicator listed in `meta[key]` (`illustrative`: invented; `inferred`: reasoned by the example). */
function metaParts(ind: IndicatorDocument, key: 'illustrative' | 'inferred'): readonly string[] {
  const parts = ind.meta?.[key];
  return Array.isArray(parts) ? parts.filter((p): p is string => typeof p === 'string') : [];
}

const illustrativeParts = (ind: IndicatorDocument): readonly string[] => metaParts(ind, 'illustrative');

/** The strategy's own words on its multi-level approach (the strategy page, after the key objectives). */
const MULTI_LEVEL =
  'The evidence based knowledge from our projects underpins local to global advocacy aimed at achieving sustained, systemic change. This uniquely multi-level approach is a distinctive feature of our strategy.';

/**
 * The strategy's own wording (https://www.antislavery.org/about-us/vision-mission-and-strategy/),
 * without the trailing ";" or "." of the list.
 */
const KEY_OBJECTIVES: Readonly<Record<string, { ref: string; statement: string }>> = {
  ko1: { ref: '1', statement: 'Duty bearers are responsive and accountable to the rights and needs of people affected by and vulnerable to slavery' },
  ko2: { ref: '2', statement: 'People affected by and vulnerable to slavery are empowered to understand, assert and claim their rights' },
  ko3: { ref: '3', statement: 'The social norms and attitudes that underpin and perpetuate slavery are rejected' },
};

const SUB_OBJECTIVES: Readonly<Record<string, { ref: string; parent: string; sentence: string }>> = {
  'so1-1': {
    ref: '1.1',
    parent: 'ko1',
    sentence:
      'Drawing on demonstrated learning from Anti-Slavery’s partners and programmes, national governments and institutions, including law enforcement and judiciary, have introduced effective anti-slavery measures to address the causes and consequences of slavery in each country',
  },
  'so1-2': {
    ref: '1.2',
    parent: 'ko1',
    sentence: 'Businesses have adopted effective approaches towards eliminating forced and child labour in business operations and supply chains',
  },
  'so1-3': { ref: '1.3', parent: 'ko1', sentence: 'Slavery and its causes are recognised internationally as a fundamental development issue' },
  'so2-1': {
    ref: '2.1',
    parent: 'ko2',
    sentence:
      'People affected by and vulnerable to slavery have improved knowledge and understanding of the relevant legal framework, their rights, the corresponding responsibilities of relevant duty bearers, available mechanisms for support and redress, and the potential hazards of a range of livelihood options',
  },
  'so2-2': {
    ref: '2.2',
    parent: 'ko2',
    sentence:
      'People affected by and vulnerable to slavery have improved capacity and confidence to assert and claim their rights, participate in or lead collective representation, seek redress in the case of exploitation and make safer livelihoods choices',
  },
  'so3-1': {
    ref: '3.1',
    parent: 'ko3',
    sentence: 'Local partner organisations effectively challenge the social norms and attitudes that underpin and perpetuate slavery in their countries and regions',
  },
  'so3-2': {
    ref: '3.2',
    parent: 'ko3',
    sentence:
      'Slavery eradication is recognised as an issue of political economy, requiring fundamental reform of trade and migration policy as well as the advancement of national and international rule of law',
  },
  'so3-3': { ref: '3.3', parent: 'ko3', sentence: 'The international community recognise child and early marriage as a form of slavery' },
  'so3-4': {
    ref: '3.4',
    parent: 'ko3',
    sentence:
      'The international community recognise that discrimination, in particular caste discrimination and gender discrimination, are fundamental causes of slavery',
  },
};

const withoutFinalStop = (text: string): string => text.replace(/[.;]$/, '');
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\d’'-]+/gu) ?? [];

describe('Anti-Slavery International example: asi.yaml', () => {
  it('validates with no errors and no warnings', () => {
    const rendered = formatDiagnostics(result.diagnostics);
    expect(result.ok, rendered).toBe(true);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    // Aim: zero warnings. Any warning that ever appears must be justified here, by code and node.
    expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('has the strategy’s header: organisation, period and levels', () => {
    const doc = toDocument(yamlModel());
    expect(doc.organisation).toBe('Anti-Slavery International');
    expect(doc.period).toEqual({ start: '2015-01-01', end: '2020-12-31' });
    expect(doc.levels).toEqual(['Vision', 'Strategic priority', 'Key objective', 'Sub-objective']);
  });

  it('has two goals: the vision (with the mission) and the strategic priority contributing to it', () => {
    const model = yamlModel();
    expect(model.goals().map((g) => g.id)).toEqual(['vision', 'strategic-priority']);
    const vision = model.node('vision');
    expect(vision?.title).toBe('A world free from slavery');
    expect(vision?.description).toContain('Our mission is to work directly and indirectly with beneficiaries and stakeholders');
    expect(model.level('vision')).toBe('Vision');
    expect(model.level('strategic-priority')).toBe('Strategic priority');
    expect(model.parents('strategic-priority')).toEqual(['vision']);
    expect(model.node('strategic-priority')?.title).toContain('at least 10 countries by 2020');
    expect(model.roots()).toEqual(['vision']);
  });

  it('has exactly the three key objectives, numbered 1–3, in the strategy’s words', () => {
    const model = yamlModel();
    const keyObjectives = model.objectives().filter((o) => o.level === 'Key objective');
    expect(keyObjectives.map((o) => o.id)).toEqual(['ko1', 'ko2', 'ko3']);
    for (const o of keyObjectives) {
      const expected = KEY_OBJECTIVES[o.id];
      expect(o.ref).toBe(expected?.ref);
      expect(o.title).toBe(expected?.statement);
      expect(model.parents(o.id)).toEqual(['strategic-priority']);
    }
    expect(model.children('strategic-priority')).toEqual(['ko1', 'ko2', 'ko3']);
  });

  it('has the nine sub-objectives 1.1–3.4, each under its key objective and in the strategy’s words', () => {
    const model = yamlModel();
    const subObjectives = model.objectives().filter((o) => o.level === 'Sub-objective');
    expect(subObjectives.map((o) => o.ref)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '3.3', '3.4']);
    expect(model.objectives()).toHaveLength(12);
    for (const o of subObjectives) {
      const expected = SUB_OBJECTIVES[o.id];
      expect(expected, `unexpected sub-objective ${o.id}`).toBeDefined();
      if (expected === undefined) continue;
      expect(o.ref).toBe(expected.ref);
      expect(model.parents(o.id)).toEqual([expected.parent]);
      // The full sentence is the description, or the title when it is short enough to be one.
      expect(withoutFinalStop(o.description ?? o.title)).toBe(expected.sentence);
      // A shortened title uses only the sentence's words.
      const sentenceWords = new Set(words(expected.sentence));
      expect(words(o.title).filter((w) => !sentenceWords.has(w)), `title of ${o.id}`).toEqual([]);
    }
    expect(model.subObjectives('ko1')).toEqual(['so1-1', 'so1-2', 'so1-3']);
    expect(model.subObjectives('ko2')).toEqual(['so2-1', 'so2-2']);
    expect(model.subObjectives('ko3')).toEqual(['so3-1', 'so3-2', 'so3-3', 'so3-4']);
  });

  it('measures every objective, and the strategic priority, with at least one indicator of its own', () => {
    const model = yamlModel();
    for (const id of ['strategic-priority', ...model.objectives().map((o) => o.id)]) {
      expect(model.indicatorsOf(id).length, `indicators of ${id}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('names the strategy’s duty bearers, each accountable for the objectives the text ties to them', () => {
    const model = yamlModel();
    const actual = Object.fromEntries(model.dutyBearers().map((d) => [d.id, { actorType: d.actorType, accountableFor: model.accountableFor(d.id) }]));
    expect(actual).toEqual({
      'national-governments': { actorType: 'state', accountableFor: ['ko1', 'so1-1', 'so3-2', 'strategic-priority'] },
      'law-enforcement': { actorType: 'law-enforcement', accountableFor: ['ko1', 'so1-1'] },
      judiciary: { actorType: 'judiciary', accountableFor: ['ko1', 'so1-1'] },
      businesses: { actorType: 'business', accountableFor: ['ko1', 'so1-2'] },
      'international-community': { actorType: 'international', accountableFor: ['ko1', 'so1-3', 'so3-2', 'so3-3', 'so3-4'] },
      'local-partners': { actorType: 'civil-society', accountableFor: ['so3-1'] },
    });
    for (const d of model.dutyBearers()) expect(model.accountableFor(d.id).length, d.id).toBeGreaterThan(0);
    // The split of law enforcement and judiciary is explained where it is made.
    expect(model.node('law-enforcement')?.description).toMatch(/kept as two nodes/);
  });

  it('has the rights holders benefiting from key objective 2 and its sub-objectives', () => {
    const model = yamlModel();
    expect(model.rightsHolders().map((r) => r.title)).toEqual(['People affected by and vulnerable to slavery']);
    for (const id of ['ko2', 'so2-1', 'so2-2']) expect(model.rightsHoldersOf(id)).toEqual(['affected-people']);
  });

  it('quotes the strategy’s multi-level approach where it belongs: the strategic priority, and the assumption on 1 → priority', () => {
    const model = yamlModel();
    expect(model.node('strategic-priority')?.description).toContain(MULTI_LEVEL);
    expect(model.node('duty-bearers-act-on-evidence')?.description).toContain(
      '"the evidence based knowledge from our projects underpins local to global advocacy aimed at achieving sustained, systemic change"',
    );
  });

  it('labels every assumption as this example’s own, not ASI’s', () => {
    const model = yamlModel();
    expect(model.assumptions()).toHaveLength(6);
    for (const a of model.assumptions()) {
      expect(a.meta, a.id).toEqual({ statedBy: 'this example' });
      expect(a.description, a.id).toMatch(/This example's assumption, not ASI's: the published strategy states no assumptions\.$/);
    }
  });

  it('rests links on assumptions, each used, each with evidence, none judged to fail', () => {
    const model = yamlModel();
    const linksWithAssumptions = model.relations.filter((r) => r.kind === 'contributes-to' && r.assumptions.length > 0);
    expect(linksWithAssumptions.length).toBeGreaterThanOrEqual(1);
    expect(model.assumptionsOf('ko1', 'strategic-priority').map((a) => a.id)).toEqual(['duty-bearers-act-on-evidence']);
    for (const a of model.assumptions()) {
      expect(a.evidence?.length ?? 0, a.id).toBeGreaterThan(0);
      expect(a.status, a.id).not.toBe('fails');
      expect(linksWithAssumptions.some((r) => r.kind === 'contributes-to' && r.assumptions.includes(a.id)), a.id).toBe(true);
    }
  });

  it('measures the strategic priority by countries changed: 0 in 2015, target 10 by the end of 2020', () => {
    const model = yamlModel();
    const ind = indicator(model, 'countries-with-change');
    expect(model.indicatorsOf('strategic-priority')).toEqual(['countries-with-change']);
    expect(ind.measure).toEqual({ kind: 'number' });
    expect(ind.unit).toBe('countries');
    expect(ind.baseline).toMatchObject({ date: '2015-01-01', value: 0 });
    expect(finalTarget(ind)).toMatchObject({ date: '2020-12-31', value: 10 });
    // The target is the strategy's; the baseline of 0 is this example's inference, and says so.
    expect(finalTarget(ind)?.source).toBe('https://www.antislavery.org/about-us/vision-mission-and-strategy/');
    expect(metaParts(ind, 'inferred')).toEqual(['baseline']);
    expect(ind.baseline?.note).toMatch(/^Inferred by this example/);
    expect(ind.note).toContain("the baseline of 0 is this example's inference");
  });

  it('gives every indicator a baseline and a final target at the end of the strategy, with observations inside it', () => {
    const model = yamlModel();
    for (const ind of model.indicators()) {
      expect(ind.baseline, ind.id).toBeDefined();
      expect(finalTarget(ind) === undefined ? undefined : readingDate(finalTarget(ind) as ReadingDocument), ind.id).toBe('2020-12-31');
      for (const o of ind.observations ?? []) {
        const date = readingDate(o) as string;
        expect(date >= '2015-01-01' && date <= '2020-12-31', `${ind.id} ${date}`).toBe(true);
      }
      expect(ind.observations?.length ?? 0, ind.id).toBeGreaterThan(0);
    }
  });

  it('labels every invented figure: unsourced observations only on indicators tagged illustrative', () => {
    const model = yamlModel();
    for (const ind of model.indicators()) {
      const tagged = ind.tags?.includes('illustrative') ?? false;
      const parts = illustrativeParts(ind);
      const unsourced = (ind.observations ?? []).filter((o) => o.source === undefined);
      if (unsourced.length > 0) {
        expect(tagged, `${ind.id} has observations without a source`).toBe(true);
        expect(parts, ind.id).toContain('observations');
      }
      // The tag, the meta list and the note agree.
      expect(tagged, ind.id).toBe(parts.length > 0);
      if (tagged) expect(ind.note, ind.id).toMatch(/illustrative/i);
      for (const part of parts) expect(['baseline', 'targets', 'observations', 'ratings'], ind.id).toContain(part);
      // An inferred part is not also invented, and the reading says it is inferred.
      for (const part of metaParts(ind, 'inferred')) {
        expect(part, ind.id).toBe('baseline');
        expect(parts, ind.id).not.toContain(part);
        expect(ind.baseline?.note, ind.id).toMatch(/^Inferred by this example/);
      }
    }
    const inferred = model.indicators().filter((i) => metaParts(i, 'inferred').length > 0).map((i) => i.id);
    expect(inferred).toEqual(['countries-with-change', 'niger-schools-government-funded', 'marriage-recognised-as-slavery']);
  });

  it('counts 106 readings, 61 of them with an illustrative value, on 14 indicators tagged illustrative', () => {
    const model = yamlModel();
    let readings = 0;
    let illustrative = 0;
    for (const ind of model.indicators()) {
      const parts = illustrativeParts(ind);
      const observations = ind.observations ?? [];
      readings += 1 + (ind.targets?.length ?? 0) + observations.length;
      if (parts.includes('baseline')) illustrative += 1;
      if (parts.includes('targets')) illustrative += ind.targets?.length ?? 0;
      // An invented observation, or a published finding whose rating is invented.
      illustrative += observations.filter((o) => parts.includes('observations') || parts.includes('ratings') || o.source === undefined).length;
    }
    const assessments = model.nodes.reduce((n, node) => n + ('assessments' in node ? (node.assessments?.length ?? 0) : 0), 0);
    // 20 baselines + 23 targets + 63 observations, no assessments.
    expect([readings, assessments]).toEqual([106, 0]);
    // 8 baselines + 13 targets + 35 invented observations + 5 findings with invented ratings.
    expect(illustrative).toBe(61);
    expect(model.indicators().filter((i) => i.tags?.includes('illustrative'))).toHaveLength(14);
  });

  it('uses the published figures, each with its source', () => {
    const model = yamlModel();
    const published: readonly [string, string, number | boolean | string, string][] = [
      ['people-counted-by-asi', '2016-03-31', 115200, 'work_in_numbers'],
      ['people-counted-by-asi', '2017-12-31', 81000, 'difference-we-made-2017'],
      ['people-counted-by-asi', '2018-03-31', 77388, 'annual-review-2017-2018'],
      ['mauritania-people-freed', '2016-03-31', 37, 'work_in_numbers'],
      ['niger-children-in-education', '2016-03-31', 452, 'work_in_numbers'],
      ['brick-kiln-workers-reached', '2016-03-31', 53683, 'work_in_numbers'],
      ['movements-strengthened', '2018-03-31', 17, 'annual-review-2017-2018'],
      ['mauritania-convictions', '2017-03-31', 2, '2017-trafficking-in-persons-report'],
      ['mauritania-convictions', '2018-03-31', 3, '2018-trafficking-in-persons-report'],
      ['mauritania-convictions', '2019-03-31', 0, '2019-trafficking-in-persons-report'],
      ['mauritania-convictions', '2020-03-31', 5, '2020-trafficking-in-persons-report'],
      ['uzbek-cotton-forced-labour', '2019-12-31', 102000, 'just-style'],
      ['uk-supply-chain-reporting', '2015-10-29', true, 'lexology'],
      ['sdg-target-8-7', '2015-09-25', true, 'change-cannot-happen-overnight'],
      ['marriage-recognised-as-slavery', '2017-12-31', 'Forced marriage, at any age, counted as modern slavery', 'difference-we-made-2017'],
      ['forced-labour-protocol-ratifications', '2019-07-17', 36, 'walkfree'],
      ['niger-schools-government-funded', '2017-12-31', 100, 'difference-we-made-2017'],
    ];
    for (const [id, date, value, source] of published) {
      const observation = indicator(model, id).observations?.find((o) => readingDate(o) === date);
      expect(observation?.value, `${id} ${date}`).toBe(value);
      expect(observation?.source, `${id} ${date}`).toContain(source);
    }
    // Figures defined differently each year are read one at a time, never added up.
    expect(indicator(model, 'people-counted-by-asi').combine).toBe('latest');
    expect(indicator(model, 'marriage-recognised-as-slavery').observations?.[0]?.note).toContain('15.4 million');
  });

  it('gives the 81,000 of 2017 as ASI wrote it: people whose lives its work changed, not people reached', () => {
    const people = indicator(yamlModel(), 'people-counted-by-asi');
    const in2017 = people.observations?.find((o) => readingDate(o) === '2017-12-31');
    // Calendar 2017, as ASI reported it.
    expect(in2017?.period).toEqual({ start: '2017-01-01', end: '2017-12-31' });
    expect(in2017?.note).toContain('"change the lives of over 81,000 people affected by slavery"');
    expect(in2017?.note).toContain('CHANGED');
    expect(in2017?.note).not.toMatch(/\bREACHED\b/);
    expect(people.title).toContain('lives changed');
    expect(people.title).not.toMatch(/reached/i);
  });

  it('counts Mauritania’s convictions report by report, as the US TIP reports give them: about 10 by March 2020', () => {
    const convictions = indicator(yamlModel(), 'mauritania-convictions');
    expect(convictions.combine).toBe('cumulative');
    // One reading per report period (April–March), written as that period: it counts from the period's end.
    expect(convictions.observations?.map((o) => [o.period, o.date, o.value])).toEqual([
      [{ start: '2015-04-01', end: '2016-03-31' }, undefined, 0],
      [{ start: '2016-04-01', end: '2017-03-31' }, undefined, 2],
      [{ start: '2017-04-01', end: '2018-03-31' }, undefined, 3],
      [{ start: '2018-04-01', end: '2019-03-31' }, undefined, 0],
      [{ start: '2019-04-01', end: '2020-03-31' }, undefined, 5],
    ]);
    expect(convictions.observations?.at(-1)?.note).toContain('Nema');
    expect(convictions.note).toContain('about 10 convictions from April 2015 to March 2020 (0 + 2 + 3 + 0 + 5)');
  });

  it('dates the ILO special paragraph on Mauritania after the June 2015 Conference', () => {
    const review = indicator(yamlModel(), 'duty-bearer-review');
    const special = review.observations?.filter((o) => String(o.value).includes('special paragraph'));
    expect(special?.map((o) => o.date)).toEqual(['2015-06-30']);
    expect(special?.[0]?.value).toContain('June 2015 International Labour Conference');
    expect(special?.[0]?.source).toContain('normlex');
  });

  it('measures the Forced Labour Protocol against the published "50 for Freedom" goal, with the count as Walk Free published it', () => {
    const ratifications = indicator(yamlModel(), 'forced-labour-protocol-ratifications');
    expect(ratifications.tags ?? []).not.toContain('illustrative');
    expect(ratifications.meta).toBeUndefined();
    expect(ratifications.targets?.map((t) => [t.date, t.value])).toEqual([
      ['2018-12-31', 50],
      ['2020-12-31', 50],
    ]);
    // Each target is sourced: the first by one link, the second by the two documents the record gives for it.
    expect(ratifications.targets?.[0]?.source).toBe('http://childlabour2017.org/en/resources/updates/netherlands-became-18th-country-ratifying-ilo-forced-labour-protocol');
    expect(ratifications.targets?.[1]?.sources?.map((d) => [d.kind, d.url])).toEqual([
      ['other', 'https://50forfreedom.org/reaching50/'],
      ['media', 'https://tribuneonlineng.com/ilo-dg-calls-for-ratification-of-forced-labour-protocol-to-save-25-million-persons-affected-globally/'],
    ]);
    expect(ratifications.targets?.[0]?.note).toContain('"50 for Freedom"');
    expect(ratifications.observations?.map((o) => [o.date, o.value])).toEqual([['2019-07-17', 36]]);
  });

  it('claims for 3.3 only what the 2017 estimates show: forced marriage at any age, not child and early marriage as such', () => {
    const model = yamlModel();
    expect(model.indicatorsOf('so3-3')).toEqual(['marriage-recognised-as-slavery']);
    const marriage = indicator(model, 'marriage-recognised-as-slavery');
    const measure = marriage.measure as Extract<Measure, { kind: 'scale' }>;
    // Three levels: the 2017 step is the middle one, the objective's wording the top.
    expect(measure.levels).toHaveLength(3);
    expect(marriage.observations?.[0]?.value).toBe(measure.levels[1]);
    expect(finalTarget(marriage)?.value).toBe(measure.levels[2]);
    expect(measure.levels[2]).toMatch(/^Child and early marriage as such/);
    expect(marriage.observations?.[0]?.note).toContain('not as such');
  });

  it('maps indicators to SDG target 8.7', () => {
    const model = yamlModel();
    const mapped = model.indicators().filter((i) => i.frameworks?.some((f) => f.framework === 'SDG' && f.code.startsWith('8.7')));
    expect(mapped.map((i) => i.id)).toEqual(['uzbek-cotton-forced-labour', 'sdg-target-8-7']);
  });

  it('uses Outcome-Mapping progress markers (expect, like and love to see) for duty bearers’ behaviour', () => {
    const model = yamlModel();
    const withMarkers = model.indicators().filter((i) => i.measure.kind === 'markers');
    expect(withMarkers.map((i) => model.measuredBy(i.id)).flat()).toEqual(expect.arrayContaining(['so1-1', 'so1-2']));
    for (const ind of withMarkers) {
      const measure = ind.measure as Extract<Measure, { kind: 'markers' }>;
      expect(measure.markers.length, ind.id).toBeGreaterThanOrEqual(6);
      expect(measure.markers.length, ind.id).toBeLessThanOrEqual(9);
      expect(new Set(measure.markers.map((m) => m.grade)), ind.id).toEqual(new Set(['expect', 'like', 'love']));
    }
  });

  it('uses every kind of measure, both ways of combining numbers, and a decreasing indicator', () => {
    const model = yamlModel();
    const kinds = new Set(model.indicators().map((i) => i.measure.kind));
    expect(kinds).toEqual(new Set(['number', 'percentage', 'boolean', 'scale', 'markers', 'qualitative']));
    const numbers = model.indicators().filter((i) => i.measure.kind === 'number');
    expect(numbers.some((i) => i.combine === 'cumulative')).toBe(true);
    expect(numbers.some((i) => (i.combine ?? 'latest') === 'latest')).toBe(true);
    const decreasing = model.indicators().filter((i) => i.direction === 'decrease');
    expect(decreasing.map((i) => i.id)).toEqual(['uzbek-cotton-forced-labour']);
    for (const ind of model.indicators().filter((i) => i.measure.kind === 'qualitative')) {
      for (const o of ind.observations ?? []) expect(o.rating, `${ind.id} ${o.date}`).toBeTypeOf('number');
    }
  });
});

describe('Anti-Slavery International example: build.ts', () => {
  it('builds the same document as asi.yaml with the typed builder', () => {
    const built = buildAsiModel();
    const fromYaml = yamlModel();
    expect(built.nodes.map((n) => n.id)).toEqual(fromYaml.nodes.map((n) => n.id));
    expect(toDocument(built)).toStrictEqual(toDocument(fromYaml));
  });
});
