import type { CoalitionComposition } from '../coalition/validate-coalition.js';
import { memberGroups } from '../coalition/member-groups.js';
import type { FlowDirection, FocusDirection, Grouping, MermaidOptions } from '../mermaid/options.js';
import type { Model } from '../model/model.js';
import { rollUp } from '../progress/roll-up.js';
import type { AggregationFunction, ProgressReport } from '../progress/types.js';
import { functionsOption } from './aggregations-option.js';
import { maxReadingAgeOption } from './max-reading-age-option.js';
import { forOption } from './for-option.js';
import { UsageError } from './support.js';

/** The file a diagram is drawn from: its name, and its members when it is a coalition. @internal */
export interface DiagramSource {
  readonly file: string;
  readonly coalition?: CoalitionComposition | undefined;
}

/**
 * The diagram options of `toc mermaid` and `toc render`, checked, and the roll-up they overlay (none with `--no-progress`), with the `--aggregations` functions.
 * A coalition (see `source`) is drawn with one subgraph per member unless `--group` says otherwise; `--group member` on any other file is a usage error.
 * @internal
 */
export function diagramSettings(
  values: Readonly<Record<string, unknown>>,
  model: Model,
  functions?: Readonly<Record<string, AggregationFunction>>,
  source?: DiagramSource,
): { readonly report: ProgressReport | undefined; readonly options: MermaidOptions } {
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
    }
    return value as T;
  };
  const count = (name: string): number | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    const n = Number(value);
    if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a whole number, not "${String(value)}".`);
    return n;
  };
  const focus = values.focus;
  if (typeof focus === 'string') {
    const kind = model.node(focus)?.kind;
    if (kind === undefined) throw new UsageError(`--focus: no node has the id "${focus}".`);
    if (kind !== 'goal' && kind !== 'objective') throw new UsageError(`--focus needs a goal or objective, but "${focus}" is ${kind === 'indicator' || kind === 'assumption' ? 'an' : 'a'} ${kind.replace('-', ' ')}.`);
  }
  const direction = pick<FlowDirection>('direction', ['BT', 'TB', 'LR', 'RL']);
  const grouping = pick<Grouping | 'member'>('group', ['none', 'level', 'key-objective', 'member']);
  const coalition = source?.coalition;
  let group: MermaidOptions['group'] = grouping === 'member' ? undefined : grouping;
  if (grouping === 'member' || (grouping === undefined && coalition !== undefined)) {
    if (coalition === undefined) {
      throw new UsageError(`--group member draws one subgraph per member of a coalition, but ${source?.file ?? 'the file'} is not a coalition file (one that lists members); use none, level or key-objective.`);
    }
    group = memberGroups(model, coalition);
  }
  const focusDirection = pick<FocusDirection>('focus-direction', ['below', 'above', 'both']);
  const depth = count('depth');
  const wrap = count('wrap');
  const maxReadingAge = maxReadingAgeOption(values);
  const category = forOption(values, model);
  const asOf = values['as-of'];
  const report =
    values['no-progress'] === true
      ? undefined
      : rollUp(model, { ...(typeof asOf === 'string' ? { asOf } : {}), ...(maxReadingAge === undefined ? {} : { maxReadingAge }), ...(category === undefined ? {} : { for: category }), ...functionsOption(functions) });
  const options: MermaidOptions = {
    ...(direction === undefined ? {} : { direction }),
    ...(group === undefined ? {} : { group }),
    ...(typeof focus === 'string' ? { focus } : {}),
    ...(focusDirection === undefined ? {} : { focusDirection }),
    ...(depth === undefined ? {} : { depth }),
    ...(wrap === undefined ? {} : { wrap: wrap === 0 ? false : wrap }),
    ...(values.indicators === true ? { indicators: true } : {}),
    ...(values['no-duty-bearers'] === true ? { dutyBearers: false } : {}),
    ...(values.assumptions === true ? { assumptions: true } : {}),
  };
  return { report, options };
}
