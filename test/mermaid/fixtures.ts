import { loadModel } from '../../src/index.js';
import type { Model, NodeDocument, TheoryOfChangeDocument } from '../../src/index.js';
import type {
  IndicatorProgress,
  ProgressReportData,
  ResultProgress,
  Status,
} from '../../src/progress/types.js';

/** A small theory of change with every kind of node, a failing and an uncertain assumption. */
export const SMALL: TheoryOfChangeDocument = {
  title: 'Clean water for every village',
  levels: ['Impact', 'Outcome', 'Output'],
  nodes: [
    { kind: 'goal', id: 'impact', title: 'Every village has clean water', level: 'Impact' },
    { kind: 'assumption', id: 'spares', title: 'Spare parts can be bought locally', status: 'fails' },
    { kind: 'assumption', id: 'budget', title: 'District budget is released', status: 'uncertain' },
    {
      kind: 'objective',
      id: 'wells',
      ref: '1',
      title: 'Wells are maintained',
      level: 'Outcome',
      contributesTo: [{ to: 'impact', assumptions: ['budget'] }],
    },
    { kind: 'objective', id: 'hygiene', ref: '2', title: 'Families practise safe hygiene', level: 'Outcome', contributesTo: ['impact'] },
    {
      kind: 'objective',
      id: 'mechanics',
      ref: '1.1',
      title: 'Village mechanics are trained',
      level: 'Output',
      contributesTo: [{ to: 'wells', weight: 2, assumptions: ['spares'] }],
    },
    { kind: 'objective', id: 'committees', ref: '1.2', title: 'Water committees collect fees', level: 'Output', contributesTo: ['wells'] },
    { kind: 'duty-bearer', id: 'district', title: 'District water office', actorType: 'state', accountableFor: ['wells'] },
    { kind: 'rights-holder', id: 'villagers', title: 'Villagers', benefitsFrom: ['impact'] },
    {
      kind: 'indicator',
      id: 'working-wells',
      ref: 'I1',
      title: 'Share of wells working',
      measure: { kind: 'percentage' },
      measures: ['wells'],
      baseline: { date: '2024-01-01', value: 40 },
      targets: [{ date: '2026-12-31', value: 90 }],
    },
    {
      kind: 'indicator',
      id: 'trained',
      ref: 'I2',
      title: 'Mechanics trained',
      tags: ['illustrative'],
      measure: { kind: 'number' },
      unit: 'people',
      measures: ['mechanics'],
      baseline: { date: '2024-01-01', value: 0 },
      targets: [{ date: '2026-12-31', value: 40 }],
    },
  ],
};

export function smallModel(): Model {
  return loadModel(SMALL);
}

/** The same document with its nodes (and every list in them) in another order. */
export function shuffled(document: TheoryOfChangeDocument, seed: number): TheoryOfChangeDocument {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const nodes = shuffle(document.nodes).map((node): NodeDocument => {
    switch (node.kind) {
      case 'goal':
      case 'objective':
        return node.contributesTo === undefined ? node : { ...node, contributesTo: shuffle(node.contributesTo) };
      case 'indicator':
        return node.measures === undefined ? node : { ...node, measures: shuffle(node.measures) };
      case 'duty-bearer':
        return node.accountableFor === undefined ? node : { ...node, accountableFor: shuffle(node.accountableFor) };
      default:
        return node;
    }
  });
  return { ...document, nodes };
}

/**
 * The Anti-Slavery International strategy's shape (1 vision, 1 strategic priority,
 * 3 key objectives, 9 sub-objectives, 13 indicators, 4 duty bearers: 31 nodes),
 * built here so the browser test does not depend on the example file.
 */
export function asiShapedDocument(): TheoryOfChangeDocument {
  const nodes: NodeDocument[] = [
    { kind: 'goal', id: 'vision', title: 'A world free from slavery', level: 'Vision' },
    {
      kind: 'goal',
      id: 'priority',
      title: 'Significant progress towards slavery eradication in at least 10 countries by 2020',
      level: 'Strategic priority',
      contributesTo: ['vision'],
    },
  ];
  const keyTitles = [
    'Duty bearers are more responsive and accountable',
    'People affected by slavery are empowered',
    'Social norms that perpetuate slavery are rejected',
  ];
  let indicator = 0;
  keyTitles.forEach((title, k) => {
    const ko = `ko${k + 1}`;
    nodes.push({ kind: 'objective', id: ko, ref: `${k + 1}`, title, level: 'Key objective', contributesTo: ['priority'] });
    for (let s = 1; s <= 3; s++) {
      const so = `so${k + 1}.${s}`;
      nodes.push({
        kind: 'objective',
        id: so,
        ref: `${k + 1}.${s}`,
        title: `Sub-objective ${k + 1}.${s}: change that makes the key objective possible`,
        level: 'Sub-objective',
        contributesTo: [ko],
      });
    }
  });
  const measured = ['ko1', 'so1.1', 'so1.2', 'so1.3', 'ko2', 'so2.1', 'so2.2', 'so2.3', 'ko3', 'so3.1', 'so3.2', 'so3.3', 'priority'];
  for (const target of measured) {
    indicator++;
    nodes.push({
      kind: 'indicator',
      id: `ind${indicator}`,
      ref: `I${indicator}`,
      title: `Indicator ${indicator} of ${target}`,
      measure: { kind: 'percentage' },
      measures: [target],
      ...(indicator % 4 === 0 ? { tags: ['illustrative'] } : {}),
    });
  }
  const bearers = [
    ['governments', 'National governments', 'state', ['ko1', 'so1.1']],
    ['judiciary', 'The judiciary', 'judiciary', ['so1.2']],
    ['business', 'Businesses', 'business', ['so1.3', 'so3.2']],
    ['international', 'The international community', 'international', ['ko1']],
  ] as const;
  for (const [id, title, actorType, accountableFor] of bearers) {
    nodes.push({ kind: 'duty-bearer', id, title, actorType, accountableFor: [...accountableFor] });
  }
  return {
    title: 'Anti-Slavery International strategy (shape)',
    levels: ['Vision', 'Strategic priority', 'Key objective', 'Sub-objective'],
    nodes,
  };
}

const STATUS_CYCLE: readonly Status[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'];

/**
 * A hand-made progress report for a model: statuses cycle through the node ids in
 * order, progress follows the status, coverage is 0.5 on every third result.
 */
export function handMadeReport(model: Model, asOf = '2025-06-30'): ProgressReportData {
  const sortIds = (ids: string[]): string[] => ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const progressOf = (status: Status): number | null =>
    status === 'achieved' ? 1 : status === 'on-track' ? 0.62 : status === 'at-risk' ? 0.41 : status === 'off-track' ? 0.1 : null;
  const resultIds = sortIds(model.nodes.filter((n) => n.kind === 'goal' || n.kind === 'objective').map((n) => n.id));
  const results = resultIds.map((id, i): ResultProgress => {
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length] as Status;
    const progress = progressOf(status);
    const contributions = model.children(id).map((child) => ({
      id: child,
      relation: 'contributes-to' as const,
      weight: 1,
      progress: null,
      countedAsZero: false,
      share: 0,
      failingAssumptions: model
        .assumptionsOf(child, id)
        .filter((a) => a.status === 'fails')
        .map((a) => a.id),
    }));
    return {
      kind: model.node(id)?.kind === 'goal' ? 'goal' : 'objective',
      id,
      progress,
      computed: progress,
      expected: progress === null ? null : 0.5,
      coverage: progress === null ? 0 : i % 3 === 0 ? 0.5 : 1,
      status,
      method: progress === null ? 'none' : 'weighted-mean',
      assessment: null,
      contributions,
      failingAssumptions: contributions.flatMap((c) => c.failingAssumptions),
    };
  });
  const indicators = sortIds(model.indicators().map((n) => n.id)).map((id, i): IndicatorProgress => {
    const status = STATUS_CYCLE[(i + 2) % STATUS_CYCLE.length] as Status;
    const progress = progressOf(status);
    return {
      kind: 'indicator',
      id,
      progress,
      rawProgress: progress,
      expected: progress === null ? null : 0.5,
      coverage: progress === null ? 0 : 1,
      status,
      value: progress === null ? null : 55,
      baseline: 40,
      target: 90,
      observations: [],
      reason: progress === null ? 'no-observation' : null,
      illustrative: (model.node(id)?.tags ?? []).includes('illustrative'),
    };
  });
  return {
    asOf,
    settings: {
      asOf,
      aggregation: 'weighted-mean',
      missingData: 'exclude',
      markerWeights: { expect: 1, like: 2, love: 3 },
      thresholds: { atRisk: 0.1, offTrack: 0.25 },
      useAssessments: true,
    },
    results,
    indicators,
  };
}
