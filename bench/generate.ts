import type { IndicatorDocument, NodeDocument, ReadingDocument, TheoryOfChangeDocument } from '../src/index.js';

/** A small, fast, seeded pseudo-random generator (mulberry32): the same seed gives the same model everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the generator made, besides the document. */
export interface Portfolio {
  readonly document: TheoryOfChangeDocument;
  /** Ids of the indicators, in document order. */
  readonly indicators: readonly string[];
}

const LEVELS = ['Impact', 'Strategic objective', 'Shared outcome', 'Project outcome', 'Output'];
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];
const SCALE = ['none', 'emerging', 'developing', 'established', 'embedded'];
const ACTORS = ['state', 'law-enforcement', 'judiciary', 'business', 'international', 'civil-society', 'community', 'other'] as const;

/**
 * A realistic portfolio theory of change of about `size` nodes, from `seed`:
 * goals, strategic objectives, shared outcomes (many-to-many contributes-to,
 * weighted), then projects, each with its own results chain (a project outcome
 * and outputs, some outputs shared between two projects), indicators of every
 * measure with baselines, milestones, final targets and several observations
 * each over 2015–2024, duty bearers, rights holders, assumptions (some
 * failing) on links, a few manual assessments and weakest-link nodes.
 * Always valid; stops at the first project that reaches `size` nodes.
 */
export function generatePortfolio(size: number, seed = 1): Portfolio {
  const rnd = random(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const chance = (p: number): boolean => rnd() < p;
  const nodes: NodeDocument[] = [];
  const indicatorIds: string[] = [];
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');

  const goals = Math.max(1, Math.round(size / 50_000));
  const strategic = Math.max(3, Math.round(size / 2_000));
  const shared = Math.max(6, Math.round(size / 200));
  const goalIds: string[] = [];
  for (let g = 0; g < goals; g++) {
    const id = `goal-${g + 1}`;
    goalIds.push(id);
    nodes.push({ kind: 'goal', id, ref: String(g + 1), title: `Impact ${g + 1}: people live free from exploitation in region ${g + 1}`, level: 'Impact' });
  }
  const strategicIds: string[] = [];
  for (let s = 0; s < strategic; s++) {
    const id = `so-${pad(s + 1, 3)}`;
    strategicIds.push(id);
    const to = goals === 1 || !chance(0.2) ? [goalIds[s % goals] as string] : [goalIds[s % goals] as string, goalIds[(s + 1) % goals] as string];
    nodes.push({
      kind: 'objective',
      id,
      ref: `${(s % goals) + 1}.${s + 1}`,
      title: `Strategic objective ${s + 1}: duty bearers enforce protections in sector ${s + 1}`,
      level: 'Strategic objective',
      contributesTo: to.map((t) => ({ to: t, weight: int(1, 3) })),
      ...(chance(0.1) ? { aggregation: 'weakest-link' as const } : {}),
    });
  }
  const assumptionIds: string[] = [];
  const newAssumption = (): string => {
    const id = `as-${pad(assumptionIds.length + 1, 5)}`;
    const status = chance(0.1) ? 'fails' : chance(0.3) ? 'uncertain' : 'holds';
    assumptionIds.push(id);
    nodes.push({ kind: 'assumption', id, title: `Assumption ${assumptionIds.length}: partners stay engaged`, status });
    return id;
  };
  const sharedIds: string[] = [];
  for (let o = 0; o < shared; o++) {
    const id = `outcome-${pad(o + 1, 4)}`;
    sharedIds.push(id);
    const first = o % strategic;
    const targets = new Set([first]);
    const extra = int(0, 2);
    for (let k = 0; k < extra; k++) targets.add(int(0, strategic - 1));
    nodes.push({
      kind: 'objective',
      id,
      ref: `${first + 1}.${o + 1}`,
      title: `Shared outcome ${o + 1}: communities and authorities act on forced labour`,
      level: 'Shared outcome',
      contributesTo: [...targets].map((t) => ({ to: strategicIds[t] as string, weight: int(1, 4) })),
    });
  }

  const date = (from: number, to: number): string => `${int(from, to)}-${pick(QUARTER_ENDS)}`;
  const indicator = (id: string, measures: readonly string[], start: number): IndicatorDocument => {
    const kind = rnd();
    const measuresRefs = measures.map((m) => (chance(0.2) ? { to: m, weight: int(1, 3) } : m));
    const baselineDate = `${start}-01-01`;
    const end = Math.min(2024, start + int(4, 8));
    const observationDates = [...new Set(Array.from({ length: int(2, 8) }, () => date(start, Math.min(2024, end + 1))))].sort();
    const source = `Monitoring report ${int(1, 40)}`;
    const common = { kind: 'indicator' as const, id, title: `Indicator ${id}: people reached by the programme`, measures: measuresRefs };
    const milestone = (value: ReadingDocument['value']): ReadingDocument => ({ date: `${Math.floor((start + end) / 2)}-12-31`, value });
    if (kind < 0.4) {
      const cumulative = chance(0.3);
      const decreasing = !cumulative && chance(0.2);
      const base = decreasing ? int(200, 1000) : int(0, 100);
      const target = decreasing ? int(0, base - 50) : base + int(50, 2000);
      const observations = observationDates.map((d, i) => {
        const fraction = (i + 1) / observationDates.length;
        const value = cumulative ? int(0, Math.ceil((target - base) / observationDates.length)) : Math.round(base + (target - base) * fraction * (0.5 + rnd()));
        return chance(0.5) ? { date: d, value, source } : { date: d, value };
      });
      return {
        ...common,
        measure: { kind: 'number' },
        unit: 'people',
        ...(decreasing ? { direction: 'decrease' as const } : {}),
        ...(cumulative ? { combine: 'cumulative' as const } : {}),
        ...(chance(0.02) ? { tags: ['illustrative'] } : {}),
        baseline: { date: baselineDate, value: base },
        targets: [milestone(Math.round((base + target) / 2)), { date: `${end}-12-31`, value: target }],
        observations,
      };
    }
    if (kind < 0.65) {
      const base = int(0, 60);
      const target = int(base + 10, 100);
      return {
        ...common,
        measure: { kind: 'percentage' },
        baseline: { date: baselineDate, value: base },
        targets: [{ date: `${end}-12-31`, value: target }],
        observations: observationDates.map((d) => ({ date: d, value: int(base, 100), source })),
      };
    }
    if (kind < 0.73) {
      return {
        ...common,
        measure: { kind: 'boolean' },
        targets: [{ date: `${end}-12-31`, value: true }],
        observations: observationDates.map((d, i) => ({ date: d, value: i === observationDates.length - 1 ? chance(0.6) : false })),
      };
    }
    if (kind < 0.83) {
      return {
        ...common,
        measure: { kind: 'scale', levels: SCALE },
        baseline: { date: baselineDate, value: SCALE[int(0, 1)] as string },
        targets: [milestone('developing'), { date: `${end}-12-31`, value: SCALE[int(3, 4)] as string }],
        observations: observationDates.map((d) => ({ date: d, value: pick(SCALE) })),
      };
    }
    if (kind < 0.93) {
      const markers = [
        { id: 'm1', grade: 'expect' as const, title: 'Attends meetings' },
        { id: 'm2', grade: 'expect' as const, title: 'Shares data' },
        { id: 'm3', grade: 'like' as const, title: 'Funds inspections' },
        { id: 'm4', grade: 'love' as const, title: 'Changes the law' },
      ];
      return {
        ...common,
        measure: { kind: 'markers', markers },
        observations: observationDates.map((d, i) => ({ date: d, value: markers.slice(0, Math.min(4, i + 1)).map((m) => m.id) })),
      };
    }
    return {
      ...common,
      measure: { kind: 'qualitative' },
      observations: observationDates.map((d) => ({ date: d, value: 'Partners report steady change', rating: Math.round(rnd() * 100) / 100, note: 'Annual review' })),
    };
  };

  let project = 0;
  let dutyBearers = 0;
  let rightsHolders = 0;
  const previousOutputs: number[] = [];
  while (nodes.length < size) {
    project += 1;
    const p = `p${pad(project, 6)}`;
    const outcome = `${p}-outcome`;
    const start = pick(YEARS.slice(0, 6));
    const links = new Set([sharedIds[int(0, shared - 1)] as string]);
    if (chance(0.5)) links.add(sharedIds[int(0, shared - 1)] as string);
    if (chance(0.1)) links.add(sharedIds[int(0, shared - 1)] as string);
    const contributesTo = [...links].map((to) => {
      const assumptions = chance(0.2) ? [assumptionIds.length > 0 && chance(0.5) ? pick(assumptionIds) : newAssumption()] : [];
      return { to, weight: int(1, 5), ...(assumptions.length > 0 ? { assumptions } : {}) };
    });
    nodes.push({
      kind: 'objective',
      id: outcome,
      ref: `P${project}`,
      title: `Project ${project}: local authorities and employers change practice`,
      level: 'Project outcome',
      contributesTo,
      ...(chance(0.05) ? { aggregation: 'weakest-link' as const } : {}),
      ...(chance(0.01) ? { assessments: [{ progress: Math.round(rnd() * 100) / 100, date: `${start + 2}-06-30`, by: 'Programme officer', note: 'Field visit' }] } : {}),
    });
    const outputs = int(2, 4);
    const outputsAt: number[] = [];
    for (let k = 1; k <= outputs; k++) {
      const id = `${p}-output-${k}`;
      const to: { to: string; weight: number }[] = [{ to: outcome, weight: int(1, 3) }];
      outputsAt.push(nodes.length);
      nodes.push({ kind: 'objective', id, ref: `P${project}.${k}`, title: `Output ${k} of project ${project}: people trained`, level: 'Output', contributesTo: to });
      const count = int(1, 2);
      for (let j = 1; j <= count; j++) {
        const iid = `${p}-o${k}-ind${j}`;
        indicatorIds.push(iid);
        nodes.push(indicator(iid, chance(0.05) ? [id, outcome] : [id], start));
      }
    }
    // Some projects share an output of the previous project: a shared sub-objective.
    if (chance(0.25) && previousOutputs.length > 0) {
      const index = pick(previousOutputs);
      const node = nodes[index];
      if (node?.kind === 'objective') nodes[index] = { ...node, contributesTo: [...(node.contributesTo ?? []), { to: outcome, weight: 1 }] };
    }
    previousOutputs.length = 0;
    previousOutputs.push(...outputsAt);
    const iid = `${p}-outcome-ind`;
    indicatorIds.push(iid);
    nodes.push(indicator(iid, [outcome], start));
    if (chance(0.33)) {
      dutyBearers += 1;
      const accountableFor = new Set([outcome]);
      if (chance(0.3)) accountableFor.add(pick(sharedIds));
      nodes.push({
        kind: 'duty-bearer',
        id: `db-${pad(dutyBearers, 6)}`,
        title: `District labour office ${dutyBearers}`,
        actorType: pick(ACTORS),
        accountableFor: [...accountableFor],
      });
    }
    if (chance(0.05)) {
      rightsHolders += 1;
      nodes.push({ kind: 'rights-holder', id: `rh-${pad(rightsHolders, 5)}`, title: `Workers in district ${rightsHolders}`, benefitsFrom: [outcome] });
    }
  }
  return {
    document: { title: `Portfolio of ${project} projects`, organisation: 'A coalition', period: { start: '2015-01-01', end: '2025-12-31' }, levels: LEVELS, nodes },
    indicators: indicatorIds,
  };
}
