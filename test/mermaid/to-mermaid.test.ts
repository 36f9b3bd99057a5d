// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadModel, type Model, type NodeDocument } from '../../src/index.js';
import { toMermaid, type MermaidOptions } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import type { ProgressReportData } from '../../src/progress/types.js';
import { asiShapedDocument, handMadeReport, SMALL, shuffled, smallModel } from './fixtures.js';
import { parseFlowchart, shownText, type ParsedFlowchart } from './parse.js';

/** The label the tests expect without a report or wrapping, written independently of the library. */
function plainLabel(node: NodeDocument): string {
  const lines = [node.ref === undefined || node.ref === '' ? node.title : `${node.ref} ${node.title}`];
  if (node.kind === 'indicator' && node.tags?.includes('illustrative')) lines.push('◇ illustrative');
  if (node.kind === 'assumption') lines.push(node.status === 'fails' ? '⚠ fails' : (node.status ?? ''));
  return lines.join('\n');
}

/** Mermaid's vertices and edges, mapped back to model ids; legend entries left out. */
function backToModel(model: Model, parsed: ParsedFlowchart) {
  const byMermaidId = new Map([...mermaidNodeIds(model)].map(([id, mermaidId]) => [mermaidId, id]));
  const model_ = (mermaidId: string): string => {
    const id = byMermaidId.get(mermaidId);
    if (id === undefined) throw new Error(`unknown vertex ${mermaidId}`);
    return id;
  };
  const vertices = new Map(
    [...parsed.vertices.values()]
      .filter((v) => !v.id.startsWith('legend_'))
      .map((v) => [model_(v.id), { text: shownText(v.text ?? ''), type: v.type, classes: v.classes }]),
  );
  // The legend's invisible links (`~~~`, which place it) are left out too.
  const edges = parsed.edges.filter((e) => !e.start.startsWith('legend_') && !e.end.startsWith('legend_')).map((e) => ({
    from: model_(e.start),
    to: model_(e.end),
    text: shownText(e.text),
    type: e.type,
    stroke: e.stroke,
    style: e.style ?? [],
  }));
  return { vertices, edges };
}

/** Every relation of the model drawn, as `kind from→to`, for the kinds shown. */
function relationsOf(model: Model, kinds: readonly string[]): string[] {
  return model.relations.filter((r) => kinds.includes(r.kind)).map((r) => `${r.from}→${r.to}`).sort();
}

/**
 * The edges drawn for the relations of the kinds shown, as `from→to`: a
 * contributes-to link resting on one assumption shown runs through it
 * (contributor → assumption → result), and no underpins relation has an edge of its own.
 */
function edgesOf(model: Model, kinds: readonly string[]): string[] {
  return model.relations
    .filter((r) => kinds.includes(r.kind) && r.kind !== 'underpins')
    .flatMap((r) => {
      if (r.kind !== 'contributes-to' || r.assumptions.length === 0 || !kinds.includes('underpins')) return [`${r.from}→${r.to}`];
      const [a] = r.assumptions;
      return [`${r.from}→${a}`, `${a}→${r.to}`];
    })
    .sort();
}

const everything: MermaidOptions = { indicators: true, assumptions: true, wrap: false };

describe('toMermaid', () => {
  it('writes a small model exactly so', () => {
    const model = loadModel({
      title: 'Tiny',
      nodes: [
        { kind: 'goal', id: 'g', title: 'Goal' },
        { kind: 'objective', id: 'o', ref: '1', title: 'Objective', contributesTo: ['g'] },
        { kind: 'objective', id: 's', ref: '1.1', title: 'Sub "objective"', contributesTo: ['o'] },
        { kind: 'indicator', id: 'i', title: 'Indicator', measure: { kind: 'boolean' }, measures: ['s'] },
      ],
    });
    const ids = mermaidNodeIds(model);
    const [g, o, s, i] = ['g', 'o', 's', 'i'].map((id) => ids.get(id));
    expect(toMermaid(model, undefined, { indicators: true })).toBe(
      [
        'flowchart BT',
        '  %% Generated from a theory-of-change model: edit the model, not this diagram.',
        `  ${g}(["Goal"])`,
        `  ${o}["1 Objective"]`,
        `  ${s}("1.1 Sub #quot;objective#quot;")`,
        `  ${i}[/"Indicator"/]`,
        `  ${o} --> ${g}`,
        `  ${s} --> ${o}`,
        `  ${i} -.-> ${s}`,
        '  classDef goal fill:#1f4e79,stroke:#0e2a47,color:#ffffff',
        '  classDef objective fill:#dbe8f6,stroke:#1f4e79,color:#0e2a47',
        '  classDef subObjective fill:#f0f5fb,stroke:#5b84b1,color:#0e2a47',
        '  classDef indicator fill:#ffffff,stroke:#6b7778,color:#333333',
        `  class ${g} goal`,
        `  class ${o} objective`,
        `  class ${s} subObjective`,
        `  class ${i} indicator`,
        '',
      ].join('\n'),
    );
  });

  it('by default draws goals, objectives and actors bottom-up, each with its ref and title', async () => {
    const model = smallModel();
    const parsed = await parseFlowchart(toMermaid(model));
    const { vertices, edges } = backToModel(model, parsed);
    expect(parsed.direction).toBe('BT');
    const shown = model.nodes.filter((n) => n.kind !== 'indicator' && n.kind !== 'assumption');
    expect([...vertices.keys()].sort()).toEqual(shown.map((n) => n.id).sort());
    for (const node of shown) {
      // Wrapping turns some spaces into line breaks, and nothing else.
      expect(vertices.get(node.id)?.text.replace(/\n/g, ' ')).toBe(plainLabel(node).replace(/\n/g, ' '));
    }
    expect(edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual(
      relationsOf(model, ['contributes-to', 'accountable-for', 'benefits-from']),
    );
  });

  it('draws every node and relation, labels unchanged, when asked for everything', async () => {
    const model = smallModel();
    const { vertices, edges } = backToModel(model, await parseFlowchart(toMermaid(model, undefined, everything)));
    expect(vertices.size).toBe(model.nodes.length);
    for (const node of model.nodes) expect(vertices.get(node.id)?.text).toBe(plainLabel(node));
    expect(edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual(edgesOf(model, model.relations.map((r) => r.kind)));
    // Worked by hand: 1.1 runs through 'spares' to 1, and 1 through 'budget' to the goal.
    expect(edges.filter((e) => e.from === 'mechanics' || e.from === 'spares').map((e) => `${e.from}→${e.to}`)).toEqual([
      'mechanics→spares',
      'spares→wells',
    ]);
  });

  it('gives each kind its shape and each relation its line', async () => {
    const model = smallModel();
    const { vertices, edges } = backToModel(model, await parseFlowchart(toMermaid(model, undefined, everything)));
    const shape = (id: string): string | undefined => vertices.get(id)?.type;
    expect(shape('impact')).toBe('stadium');
    expect(shape('wells')).toBe('square'); // key objective
    expect(shape('mechanics')).toBe('round'); // sub-objective
    expect(shape('working-wells')).toBe('lean_right');
    expect(shape('district')).toBe('subroutine');
    expect(shape('villagers')).toBe('odd');
    expect(shape('spares')).toBe('hexagon');
    const line = (from: string, to: string) => edges.find((e) => e.from === from && e.to === to);
    expect(line('hygiene', 'impact')).toMatchObject({ type: 'arrow_point', stroke: 'normal' });
    expect(line('working-wells', 'wells')).toMatchObject({ type: 'arrow_point', stroke: 'dotted' });
    expect(line('district', 'wells')).toMatchObject({ type: 'arrow_open', stroke: 'dotted' });
    expect(line('villagers', 'impact')).toMatchObject({ type: 'arrow_open', stroke: 'dotted' });
    // An assumption stands on the link it qualifies: a solid line into it, the arrow out of it.
    expect(line('mechanics', 'spares')).toMatchObject({ type: 'arrow_open', stroke: 'normal' });
    expect(line('spares', 'wells')).toMatchObject({ type: 'arrow_point', stroke: 'normal' });
    expect(line('mechanics', 'wells')).toBeUndefined();
  });

  it('follows the direction option', async () => {
    for (const direction of ['TB', 'LR', 'RL', 'BT'] as const) {
      expect((await parseFlowchart(toMermaid(smallModel(), undefined, { direction }))).direction).toBe(direction);
    }
  });

  it('shows or hides duty bearers, rights holders, indicators and assumptions by option', async () => {
    const model = smallModel();
    const kindsDrawn = async (options: MermaidOptions): Promise<string[]> => {
      const { vertices } = backToModel(model, await parseFlowchart(toMermaid(model, undefined, options)));
      return [...new Set([...vertices.keys()].map((id) => model.node(id)?.kind ?? ''))].sort();
    };
    expect(await kindsDrawn({})).toEqual(['duty-bearer', 'goal', 'objective', 'rights-holder']);
    expect(await kindsDrawn({ dutyBearers: false, rightsHolders: false })).toEqual(['goal', 'objective']);
    expect(await kindsDrawn({ indicators: true, assumptions: true, dutyBearers: false })).toEqual([
      'assumption',
      'goal',
      'indicator',
      'objective',
      'rights-holder',
    ]);
  });

  describe('focus and depth', () => {
    const model = loadModel(asiShapedDocument());
    const drawn = async (options: MermaidOptions): Promise<string[]> =>
      [...backToModel(model, await parseFlowchart(toMermaid(model, undefined, options))).vertices.keys()].sort();

    it('draws a focus and what lies below it, with its indicators and actors', async () => {
      expect(await drawn({ focus: 'ko1', indicators: true })).toEqual(
        ['ko1', 'so1.1', 'so1.2', 'so1.3', 'ind1', 'ind2', 'ind3', 'ind4', 'governments', 'judiciary', 'business', 'international'].sort(),
      );
    });

    it('walks up, or both ways, and stops at the depth', async () => {
      expect(await drawn({ focus: 'so2.1', focusDirection: 'above', dutyBearers: false })).toEqual(['ko2', 'priority', 'so2.1', 'vision']);
      expect(await drawn({ focus: 'so2.1', focusDirection: 'above', depth: 1, dutyBearers: false })).toEqual(['ko2', 'so2.1']);
      expect(await drawn({ focus: 'ko3', focusDirection: 'both', depth: 1, dutyBearers: false })).toEqual(
        ['ko3', 'priority', 'so3.1', 'so3.2', 'so3.3'].sort(),
      );
      expect(await drawn({ focus: 'ko3', depth: 0, dutyBearers: false })).toEqual(['ko3']);
    });

    it('limits the depth from the top when there is no focus', async () => {
      expect(await drawn({ depth: 1, dutyBearers: false })).toEqual(['priority', 'vision']);
      expect(await drawn({ depth: 2 })).toEqual(['international', 'governments', 'ko1', 'ko2', 'ko3', 'priority', 'vision'].sort());
    });

    it('draws only the links whose two ends are drawn', async () => {
      const { edges } = backToModel(model, await parseFlowchart(toMermaid(model, undefined, { focus: 'ko1', depth: 1 })));
      for (const edge of edges) expect(edge.to).not.toBe('priority');
      expect(edges.filter((e) => e.to === 'ko1')).toHaveLength(5); // 3 sub-objectives, 2 duty bearers
    });

    it('rejects a focus that is not a goal or objective, and impossible option values', () => {
      expect(() => toMermaid(model, undefined, { focus: 'nowhere' })).toThrow(/focus "nowhere" is not the id of a goal or objective/);
      expect(() => toMermaid(model, undefined, { focus: 'ind1' })).toThrow(/not the id of a goal or objective/);
      expect(() => toMermaid(model, undefined, { depth: -1 })).toThrow(RangeError);
      expect(() => toMermaid(model, undefined, { depth: 1.5 })).toThrow(RangeError);
      expect(() => toMermaid(model, undefined, { wrap: 0 })).toThrow(RangeError);
      expect(() => toMermaid(model, undefined, { maxTitleLength: 1 })).toThrow(RangeError);
      expect(() => toMermaid(model, undefined, { direction: 'XX' as 'BT' })).toThrow(RangeError);
    });
  });

  describe('grouping', () => {
    it('puts goals and objectives in one subgraph per level, titled with the level', async () => {
      const model = smallModel();
      const parsed = await parseFlowchart(toMermaid(model, undefined, { group: 'level' }));
      const ids = mermaidNodeIds(model);
      const groups = parsed.subgraphs.map((s) => [shownText(s.title), [...s.nodes].sort()]);
      const of = (...list: string[]) => list.map((id) => ids.get(id)).sort();
      expect(groups).toEqual([
        ['Impact', of('impact')],
        ['Outcome', of('wells', 'hygiene')],
        ['Output', of('mechanics', 'committees')],
      ]);
    });

    it('puts each key objective with what lies below it, in ref order, and an actor accountable in several with each', async () => {
      const model = loadModel(asiShapedDocument());
      const ids = mermaidNodeIds(model);
      const parsed = await parseFlowchart(toMermaid(model, undefined, { group: 'key-objective', indicators: true }));
      const byMermaidId = new Map([...ids].map(([id, m]) => [m, id]));
      // A copy of an actor has its Mermaid id, `_` and its key objective's Mermaid id without the `n`.
      const modelId = (m: string): string | undefined => byMermaidId.get(m) ?? byMermaidId.get(m.replace(/_.*$/, ''));
      const groups = Object.fromEntries(parsed.subgraphs.map((s) => [shownText(s.title), s.nodes.map(modelId).sort()]));
      expect(Object.keys(groups)).toEqual(['Key objective 1', 'Key objective 2', 'Key objective 3']);
      expect(groups['Key objective 1']).toEqual(
        ['ko1', 'so1.1', 'so1.2', 'so1.3', 'ind1', 'ind2', 'ind3', 'ind4', 'governments', 'judiciary', 'international', 'business'].sort(),
      );
      // Businesses are accountable for 1.3 and 3.2: drawn once in each group, each copy linked to its own.
      expect(groups['Key objective 3']).toContain('business');
      expect(groups['Key objective 3']).toContain('so3.2');
      const business = ids.get('business') as string;
      const copy = `${business}_${(ids.get('ko3') as string).slice(1)}`;
      const links = parsed.edges.filter((e) => e.start.startsWith(business)).map((e) => `${e.start}→${byMermaidId.get(e.end)}`);
      expect(links.sort()).toEqual([`${business}→so1.3`, `${copy}→so3.2`].sort());
    });
  });

  describe('long titles', () => {
    const long = 'Governments enact and enforce laws against every form of slavery in at least ten countries';
    const model = loadModel({ title: 'Long', nodes: [{ kind: 'goal', id: 'g', ref: '1', title: long }] });
    const label = async (options: MermaidOptions): Promise<string> =>
      backToModel(model, await parseFlowchart(toMermaid(model, undefined, options))).vertices.get('g')?.text ?? '';

    it('are wrapped at spaces by default, never cut', async () => {
      const text = await label({});
      expect(text.replace(/\n/g, ' ')).toBe(`1 ${long}`);
      for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(24);
    });

    it('wrap at the width asked for, or not at all', async () => {
      // 92 characters need 3 lines of 40; the narrowest width that still gives 3 is 33 (at 32, a fourth line).
      expect((await label({ wrap: 40 })).split('\n').map((l) => l.length)).toEqual([31, 26, 33]);
      expect(await label({ wrap: false })).toBe(`1 ${long}`);
    });

    it('break into lines of even length', async () => {
      const actor = loadModel({ title: 'A', nodes: [{ kind: 'goal', id: 'g', title: 'National governments and institutions' }] });
      const { vertices } = backToModel(actor, await parseFlowchart(toMermaid(actor)));
      expect(vertices.get('g')?.text).toBe('National governments\nand institutions');
    });

    it('keep a word longer than the width whole', async () => {
      const word = loadModel({ title: 'W', nodes: [{ kind: 'goal', id: 'g', title: 'Antidisestablishmentarianism rules' }] });
      const { vertices } = backToModel(word, await parseFlowchart(toMermaid(word, undefined, { wrap: 10 })));
      expect(vertices.get('g')?.text).toBe('Antidisestablishmentarianism\nrules');
    });

    it('are shortened only with maxTitleLength, ending with an ellipsis', async () => {
      expect(await label({ maxTitleLength: 30, wrap: false })).toBe('1 Governments enact and enforce…');
      expect(await label({ maxTitleLength: 26, wrap: false })).toBe('1 Governments enact and…');
      expect(await label({ maxTitleLength: 200, wrap: false })).toBe(`1 ${long}`);
    });
  });

  describe('with a progress report', () => {
    const model = smallModel();
    const report = handMadeReport(model);
    const options: MermaidOptions = { indicators: true, assumptions: true, wrap: false };

    it('adds progress, status, coverage under 100% and "no data" to each label', async () => {
      const { vertices } = backToModel(model, await parseFlowchart(toMermaid(model, report, options)));
      // Statuses cycle through the ids in code-unit order (see handMadeReport).
      expect(vertices.get('committees')?.text).toBe('1.2 Water committees collect fees\n100% · achieved · coverage 50%');
      expect(vertices.get('hygiene')?.text).toBe('2 Families practise safe hygiene\n62% · on track');
      expect(vertices.get('impact')?.text).toBe('Every village has clean water\n41% · at risk');
      expect(vertices.get('mechanics')?.text).toBe('1.1 Village mechanics are trained\n10% · off track · coverage 50%');
      expect(vertices.get('wells')?.text).toBe('1 Wells are maintained\nno data');
      expect(vertices.get('trained')?.text).toBe('I2 Mechanics trained\n◇ illustrative\n41% · at risk');
      expect(vertices.get('working-wells')?.text).toBe('I1 Share of wells working\n10% · off track');
      expect(vertices.get('district')?.text).toBe('District water office');
      expect(vertices.get('spares')?.text).toBe('Spare parts can be bought locally\n⚠ fails');
    });

    it('colours each node by status, one classDef per status, with a legend', async () => {
      const parsed = await parseFlowchart(toMermaid(model, report, options));
      const { vertices } = backToModel(model, parsed);
      expect(vertices.get('committees')?.classes).toEqual(['achieved']);
      expect(vertices.get('hygiene')?.classes).toEqual(['onTrack']);
      expect(vertices.get('impact')?.classes).toEqual(['atRisk']);
      expect(vertices.get('mechanics')?.classes).toEqual(['offTrack']);
      expect(vertices.get('wells')?.classes).toEqual(['noData']);
      expect(vertices.get('district')?.classes).toEqual(['dutyBearer']);
      expect(vertices.get('spares')?.classes).toEqual(['assumptionFails']);
      expect(vertices.get('budget')?.classes).toEqual(['assumption']);
      for (const name of ['achieved', 'onTrack', 'atRisk', 'offTrack', 'noData']) {
        expect(parsed.classes.get(name)?.styles.some((s) => s.startsWith('fill:'))).toBe(true);
      }
      const legend = parsed.subgraphs.find((s) => s.id === 'legend');
      expect(shownText(legend?.title ?? '')).toBe('Key · status as of 2025-06-30');
      expect(legend?.nodes.map((id) => shownText(parsed.vertices.get(id)?.text ?? ''))).toEqual(
        expect.arrayContaining(['achieved', 'on track', 'at risk', 'off track', 'no data']),
      );
      const statusClasses = new Set(['achieved', 'atRisk', 'noData', 'offTrack', 'onTrack']);
      const legendClasses = legend?.nodes.map((id) => parsed.vertices.get(id)?.classes[0] ?? '') ?? [];
      expect(legendClasses.filter((c) => statusClasses.has(c)).sort()).toEqual(['achieved', 'atRisk', 'noData', 'offTrack', 'onTrack']);
      // The shapes and lines the diagram uses are explained too.
      const legendTexts = legend?.nodes.map((id) => shownText(parsed.vertices.get(id)?.text ?? '')) ?? [];
      expect(legendTexts).toEqual(expect.arrayContaining(['Duty bearer', 'Assumption']));
      expect(legendTexts).toContain(
        '──▶ contributes to\n┈┈▶ measures\n┈┈┈ is accountable for\n┈┈┈ benefits from\n──⬡──▶ contributes to,\nresting on the assumption\nred dashed: rests on\na failing assumption',
      );
    });

    it('stands the legend beside the top of the diagram, across its flow', async () => {
      const ids = mermaidNodeIds(model);
      for (const direction of ['BT', 'LR'] as const) {
        const text = toMermaid(model, report, { ...options, direction });
        // Across the flow: a row when the diagram runs up, a column when it runs across.
        expect(text).toContain(`subgraph legend ["Key · status as of 2025-06-30"]\n    direction ${direction === 'LR' ? 'LR' : 'TB'}\n`);
        const parsed = await parseFlowchart(text);
        const legend = parsed.subgraphs.find((s) => s.id === 'legend');
        // Each legend entry tied by one invisible link to the first contributor to the goal ('1 Wells are maintained'),
        // written after every other link, so that the failing links' styles keep their numbers.
        const tied = parsed.edges.filter((e) => e.end.startsWith('legend_'));
        expect(tied.map((e) => e.end)).toEqual(legend?.nodes);
        expect(new Set(tied.map((e) => `${e.start} ${e.stroke ?? ''}`))).toEqual(new Set([`${ids.get('wells') ?? ''} invisible`]));
        expect(parsed.edges.slice(-tied.length)).toEqual(tied);
      }
    });

    it('marks results resting on illustrative figures and on old readings, and explains both marks in the legend', async () => {
      const marked: ProgressReportData = {
        ...report,
        settings: { ...report.settings, maxReadingAge: 'P18M' },
        results: report.results.map((r) => {
          if (r.id === 'mechanics') {
            const trained = { id: 'trained', relation: 'measures' as const, weight: 1, progress: 0.41, countedAsZero: false, share: 0.41, failingAssumptions: [] };
            return { ...r, recentCoverage: 0.25, contributions: [...r.contributions, trained] };
          }
          return { ...r, recentCoverage: r.coverage };
        }),
        indicators: report.indicators.map((i) => ({ ...i, maxReadingAge: 'P18M', old: i.id === 'trained' })),
      };
      const parsed = await parseFlowchart(toMermaid(model, marked, options));
      const { vertices } = backToModel(model, parsed);
      // 1.1 rests on the illustrative I2 (its mark), and half of its 50% coverage on old readings.
      expect(vertices.get('mechanics')?.text).toBe('1.1 Village mechanics are trained\n10% · off track · coverage 50%\n◇ illustrative\n◷ old');
      // The indicator is marked illustrative by its tag, old by its reading.
      expect(vertices.get('trained')?.text).toBe('I2 Mechanics trained\n◇ illustrative\n41% · at risk\n◷ old');
      // Coverage all recent: no mark.
      expect(vertices.get('committees')?.text).toBe('1.2 Water committees collect fees\n100% · achieved · coverage 50%');
      const legend = parsed.subgraphs.find((s) => s.id === 'legend');
      const texts = legend?.nodes.map((id) => shownText(parsed.vertices.get(id)?.text ?? '')) ?? [];
      expect(texts).toContain('◷ old: rests partly on\nreadings older than\nthe 18-month limit\n(still counted)');
      expect(texts.some((t) => t.startsWith('◇ illustrative: rests on\nfigures not from a\npublished source\n('))).toBe(true);
      // Without old readings, no old mark and no legend entry for it.
      const plain = await parseFlowchart(toMermaid(model, report, options));
      expect([...plain.vertices.values()].some((v) => shownText(v.text ?? '').includes('◷'))).toBe(false);
    });

    it('leaves the legend out by option, and leaves progress out for nodes the report lacks', async () => {
      const partial: ProgressReportData = { ...report, results: report.results.filter((r) => r.id !== 'hygiene') };
      const parsed = await parseFlowchart(toMermaid(model, partial, { ...options, legend: false }));
      expect(parsed.subgraphs).toEqual([]);
      const { vertices } = backToModel(model, parsed);
      expect(vertices.get('hygiene')).toMatchObject({ text: '2 Families practise safe hygiene', classes: ['objective'] });
    });

    it('marks "assessed" when a manual assessment sets the progress', async () => {
      const assessed: ProgressReportData = {
        ...report,
        results: report.results.map((r) =>
          r.id === 'hygiene' ? { ...r, method: 'assessment' as const, assessment: { progress: 0.62 } } : r,
        ),
      };
      const { vertices } = backToModel(model, await parseFlowchart(toMermaid(model, assessed, options)));
      expect(vertices.get('hygiene')?.text).toBe('2 Families practise safe hygiene\n62% · on track · assessed');
    });
  });

  describe('links resting on a failing assumption', () => {
    const model = smallModel();
    const failing = async (report: ProgressReportData | undefined, options: MermaidOptions = {}) =>
      backToModel(model, await parseFlowchart(toMermaid(model, report, options))).edges.filter((e) => e.text.includes('assumption fails'));

    it('are labelled and drawn red and dashed, with or without a report', async () => {
      for (const report of [undefined, handMadeReport(model)]) {
        const edges = await failing(report);
        expect(edges.map((e) => `${e.from}→${e.to}`)).toEqual(['mechanics→wells']);
        expect(edges[0]?.text).toBe('⚠ assumption fails');
        expect(edges[0]?.style).toEqual(expect.arrayContaining(['stroke:#b3261e', 'stroke-dasharray:6 4']));
      }
    });

    it('are marked when the report says an assumption fails', async () => {
      const report = handMadeReport(model);
      const marked: ProgressReportData = {
        ...report,
        results: report.results.map((r) =>
          r.id === 'impact'
            ? { ...r, contributions: r.contributions.map((c) => (c.id === 'hygiene' ? { ...c, failingAssumptions: ['x'] } : c)) }
            : r,
        ),
      };
      expect((await failing(marked)).map((e) => `${e.from}→${e.to}`).sort()).toEqual(['hygiene→impact', 'mechanics→wells']);
    });

    it('are left plain by option', async () => {
      expect(await failing(undefined, { markFailingAssumptions: false })).toEqual([]);
      expect(toMermaid(model, undefined, { markFailingAssumptions: false })).not.toContain('linkStyle');
    });

    it('show weights other than 1 by option', async () => {
      const { edges } = backToModel(model, await parseFlowchart(toMermaid(model, undefined, { weights: true })));
      expect(edges.find((e) => e.from === 'mechanics')?.text).toBe('weight 2 · ⚠ assumption fails');
      expect(edges.find((e) => e.from === 'committees')?.text).toBe('');
    });
  });

  describe('assumptions on the links they qualify', () => {
    // Worked by hand. Reading order: g, a (1), d (1.1), b (2), c (3); x is read at a (the last result it
    // qualifies a link to), y at g, so a chain lists y before x. Chains are numbered by contributor:
    // a→g [x] (x's own node), d→a [x] (a copy by a), b→g [x] (the same as a→g), c→g [y, x] (y's own, a copy of x by g).
    const model = loadModel({
      title: 'Chains',
      nodes: [
        { kind: 'goal', id: 'g', title: 'Goal' },
        { kind: 'assumption', id: 'x', title: 'X holds', status: 'holds' },
        { kind: 'assumption', id: 'y', title: 'Y fails', status: 'fails' },
        { kind: 'objective', id: 'a', ref: '1', title: 'A', contributesTo: [{ to: 'g', assumptions: ['x'] }] },
        { kind: 'objective', id: 'b', ref: '2', title: 'B', contributesTo: [{ to: 'g', assumptions: ['x'] }] },
        { kind: 'objective', id: 'c', ref: '3', title: 'C', contributesTo: [{ to: 'g', assumptions: ['x', 'y'] }] },
        { kind: 'objective', id: 'd', ref: '1.1', title: 'D', contributesTo: [{ to: 'a', weight: 2, assumptions: ['x'] }] },
      ],
    });
    const ids = mermaidNodeIds(model);
    const name = new Map([...ids].map(([id, m]) => [m, id]));
    const [g, a, x] = ['g', 'a', 'x'].map((id) => ids.get(id) as string) as [string, string, string];
    name.set(`${x}_${a.slice(1)}`, 'x by a');
    name.set(`${x}_${g.slice(1)}`, 'x by g');
    const edgesOf = (parsed: ParsedFlowchart) =>
      parsed.edges
        .filter((e) => !e.end.startsWith('legend_'))
        .map((e) => ({ edge: `${name.get(e.start)}→${name.get(e.end)}`, text: shownText(e.text), red: (e.style ?? []).includes('stroke:#b3261e') }));

    it('draws each link through its assumptions, sharing a chain between links to one result resting on the same ones', async () => {
      const parsed = await parseFlowchart(toMermaid(model, undefined, { assumptions: true, weights: true }));
      const edges = edgesOf(parsed);
      expect(edges.map((e) => e.edge)).toEqual(['a→x', 'x→g', 'd→x by a', 'x by a→a', 'b→x', 'c→y', 'y→x by g', 'x by g→g']);
      expect(parsed.vertices.get(`${x}_${a.slice(1)}`)?.text).toBe(parsed.vertices.get(x)?.text);
      expect(parsed.vertices.get(`${x}_${g.slice(1)}`)?.classes).toEqual(['assumption']);
      expect(parsed.vertices.size).toBe(model.nodes.length + 2);
      // Labels on the first segment; every segment of the link resting on the failing y red and dashed, nothing else.
      expect(edges.filter((e) => e.text !== '').map((e) => `${e.edge}: ${e.text}`)).toEqual(['d→x by a: weight 2', 'c→y: ⚠ assumption fails']);
      expect(edges.filter((e) => e.red).map((e) => e.edge)).toEqual(['c→y', 'y→x by g', 'x by g→g']);
    });

    it('keeps the failing segments red after the legend, and explains the line', async () => {
      const parsed = await parseFlowchart(toMermaid(model, handMadeReport(model), { assumptions: true }));
      expect(edgesOf(parsed).filter((e) => e.red).map((e) => e.edge)).toEqual(['c→y', 'y→x by g', 'x by g→g']);
      const legend = parsed.subgraphs.find((s) => s.id === 'legend');
      const texts = legend?.nodes.map((id) => shownText(parsed.vertices.get(id)?.text ?? '')) ?? [];
      // Every contributes-to link rests on an assumption here: no plain contributes-to line to explain.
      expect(texts).toContain('──⬡──▶ contributes to,\nresting on the assumption\nred dashed: rests on\na failing assumption');
    });

    it("puts an assumption in a key objective's group when the links through it run inside that group", async () => {
      const parsed = await parseFlowchart(toMermaid(model, undefined, { assumptions: true, group: 'key-objective' }));
      const groupOf = (m: string) => parsed.subgraphs.find((s) => s.nodes.includes(m))?.id;
      expect(groupOf(a)).toBeDefined();
      expect(groupOf(`${x}_${a.slice(1)}`)).toBe(groupOf(a));
      expect(groupOf(x)).toBeUndefined();
    });

    it('draws the links plainly when assumptions are not shown', async () => {
      const edges = edgesOf(await parseFlowchart(toMermaid(model, undefined, { weights: true })));
      expect(edges.map((e) => e.edge)).toEqual(['a→g', 'd→a', 'b→g', 'c→g']);
      expect(edges.filter((e) => e.red).map((e) => e.edge)).toEqual(['c→g']);
    });
  });

  describe('determinism', () => {
    const optionSets: MermaidOptions[] = [
      {},
      { ...everything, weights: true },
      { group: 'level', indicators: true },
      { group: 'key-objective', indicators: true, assumptions: true },
      { focus: 'wells', focusDirection: 'both', depth: 1 },
    ];

    it('gives byte-identical output whatever the order of nodes and links', () => {
      for (const options of optionSets) {
        const expected = toMermaid(smallModel(), handMadeReport(smallModel()), options);
        for (const seed of [1, 7, 42, 1234]) {
          const model = loadModel(shuffled(SMALL, seed));
          expect(toMermaid(model, handMadeReport(model), options)).toBe(expected);
        }
      }
    });

    it('does so for a bigger model too', () => {
      const expected = toMermaid(loadModel(asiShapedDocument()), undefined, { indicators: true, group: 'key-objective' });
      for (const seed of [3, 5]) {
        expect(toMermaid(loadModel(shuffled(asiShapedDocument(), seed)), undefined, { indicators: true, group: 'key-objective' })).toBe(expected);
      }
    });

    it('parses for every combination of the main options', async () => {
      const model = smallModel();
      for (const group of ['none', 'level', 'key-objective'] as const) {
        for (const report of [undefined, handMadeReport(model)]) {
          const text = toMermaid(model, report, { ...everything, group, weights: true });
          const { vertices } = backToModel(model, await parseFlowchart(text));
          expect(vertices.size).toBe(model.nodes.length);
        }
      }
    });
  });
});
