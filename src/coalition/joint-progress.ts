import { compareIds } from '../model/compare-ids.js';
import { compareRefs } from '../model/compare-refs.js';
import type { Model } from '../model/model.js';
import { strategyOrder } from '../model/strategy-order.js';
import type { ProgressReportData, ResultProgress, Status } from '../progress/types.js';
import type { CoalitionComposition } from './validate-coalition.js';

/** One member's part of a joint goal's or objective's progress. */
export interface MemberShare {
  /** The member's id; `null` for the coalition's own joint indicators. */
  readonly member: string | null;
  /** Its part of the joint progress; the shares of a joint node add up to its progress. */
  readonly share: number;
}

/** A joint goal's or objective's progress, and each member's part of it. */
export interface JointResultProgress {
  readonly kind: 'goal' | 'objective';
  readonly id: string;
  readonly title: string;
  /** Its progress, as the roll-up gives it (`null`: no data). */
  readonly progress: number | null;
  readonly status: Status;
  /** Each member's part, in the members' order (then the coalition's own), only those with a part; they add up to `progress`. */
  readonly shares: readonly MemberShare[];
  /** The members that contribute to it, directly or through other joint objectives, with data or not. */
  readonly contributors: readonly string[];
}

/** One link from a member's node to a joint node, and how far that node is. */
export interface MemberContribution {
  /** The member's goal or objective (`member:id`). */
  readonly from: string;
  /** The joint goal or objective it contributes to. */
  readonly to: string;
  /** The member node's progress (`null`: no data). */
  readonly progress: number | null;
  readonly status: Status;
}

/** What one member contributes: its links to joint nodes, and its part of each joint node's progress. */
export interface MemberView {
  readonly member: string;
  readonly title?: string;
  readonly contributions: readonly MemberContribution[];
  /** Its share of each joint node it has a part in, by joint node id, in the joint nodes' order. */
  readonly shares: readonly { readonly id: string; readonly share: number }[];
}

/** The roll-up of a coalition: joint progress with members' shares, each member's view, and the gaps. */
export interface JointProgress {
  readonly asOf: string;
  /** Joint goals and objectives in the order the progress table lists them: each goal, then what contributes to it, depth first, siblings by ref then id. */
  readonly joint: readonly JointResultProgress[];
  readonly members: readonly MemberView[];
  /** Joint goals and objectives no member contributes to. */
  readonly gaps: readonly string[];
}

/**
 * Splits the roll-up of a composed coalition by member: each joint goal's and
 * objective's progress with each member's share (the shares of its
 * contributions, followed down through joint objectives to the members'
 * nodes; a shared indicator's share split evenly between the members that
 * report it), what each member contributes, and the joint nodes no member
 * contributes to.
 *
 * @example
 * ```ts
 * const joint = jointProgress(result.model, result.coalition, rollUp(result.model, { asOf: '2020-12-31' }));
 * ```
 */
export function jointProgress(model: Model, coalition: CoalitionComposition, report: ProgressReportData): JointProgress {
  const results = new Map<string, ResultProgress>(report.results.map((r) => [r.id, r]));
  const memo = new Map<string, Map<string | null, number>>();
  const sharesOf = (id: string): Map<string | null, number> => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const out = new Map<string | null, number>();
    memo.set(id, out);
    const r = results.get(id);
    if (r === undefined || r.progress === null || r.progress === 0) return out;
    const add = (who: string | null, amount: number): void => {
      if (amount !== 0) out.set(who, (out.get(who) ?? 0) + amount);
    };
    const owners = coalition.ownersOf(id);
    const total = r.contributions.reduce((s, c) => s + c.share, 0);
    if (owners.length > 0 || total === 0) {
      // A member's node is all that member's; a joint node assessed by hand, the coalition's own.
      for (const who of owners.length > 0 ? owners : [null]) add(who, r.progress / Math.max(1, owners.length));
      return out;
    }
    const scale = r.progress / total;
    for (const c of r.contributions) {
      const part = c.share * scale;
      if (part === 0) continue;
      const childOwners = coalition.ownersOf(c.id);
      if (c.relation === 'measures' || childOwners.length > 0) {
        if (childOwners.length === 0) add(null, part);
        else for (const who of childOwners) add(who, part / childOwners.length);
        continue;
      }
      const child = sharesOf(c.id);
      const childProgress = results.get(c.id)?.progress ?? 0;
      if (childProgress === 0) continue;
      for (const [who, amount] of child) add(who, (part * amount) / childProgress);
    }
    return out;
  };

  const order = coalition.members.map((m) => m.id);
  // In the strategy's order (each goal, then what contributes to it, depth first, siblings by ref then id), whatever the order of the files.
  const jointNodes = strategyOrder(model)
    .map(({ node }) => node)
    .filter((n) => (n.kind === 'goal' || n.kind === 'objective') && coalition.ownersOf(n.id).length === 0);
  const joint: JointResultProgress[] = jointNodes.map((node) => {
    const r = results.get(node.id);
    const shares = sharesOf(node.id);
    const below = [node.id, ...model.descendants(node.id)];
    const contributors = new Set<string>();
    for (const id of below) for (const who of [...coalition.ownersOf(id), ...model.indicatorsOf(id).flatMap((i) => coalition.ownersOf(i))]) contributors.add(who);
    return {
      kind: node.kind as 'goal' | 'objective',
      id: node.id,
      title: node.title,
      progress: r?.progress ?? null,
      status: r?.status ?? 'no-data',
      shares: [...order, null].filter((who) => shares.has(who)).map((who) => ({ member: who, share: shares.get(who) as number })),
      contributors: order.filter((m) => contributors.has(m)),
    };
  });
  const members: MemberView[] = coalition.members.map((m) => {
    const contributions: MemberContribution[] = [];
    for (const j of jointNodes) {
      for (const child of [...model.children(j.id)].sort((a, b) => compareRefs(model.node(a)?.ref ?? '', model.node(b)?.ref ?? '') || compareIds(a, b))) {
        if (!coalition.ownersOf(child).includes(m.id)) continue;
        const r = results.get(child);
        contributions.push({ from: child, to: j.id, progress: r?.progress ?? null, status: r?.status ?? 'no-data' });
      }
    }
    const shares = joint.flatMap((j) => j.shares.filter((s) => s.member === m.id).map((s) => ({ id: j.id, share: s.share })));
    return { member: m.id, ...(m.title === undefined ? {} : { title: m.title }), contributions, shares };
  });
  return { asOf: report.asOf, joint, members, gaps: joint.filter((j) => j.contributors.length === 0).map((j) => j.id) };
}
