import { formatPeriod } from '../document/reading-date.js';
import type { JudgedTarget } from './types.js';

/**
 * How reports name a per-period target: `the 2022 target` for a calendar
 * year, else `the target for 2015-04-01 – 2016-03-31`, or `the target of
 * 2016-03-31` when its period's start is unknown.
 * @internal
 */
export function judgedTargetName(target: JudgedTarget): string {
  const period = target.period;
  if (period === undefined) return `the target of ${target.date}`;
  const year = period.start.slice(0, 4);
  if (period.start === `${year}-01-01` && period.end === `${year}-12-31`) return `the ${year} target`;
  return `the target for ${formatPeriod(period)}`;
}

/**
 * The sentence part of explanations and reports that says which per-period
 * target an indicator is judged against: `judged against the 2022 target of
 * 25 (period 2022-01-01 – 2022-12-31)`, or, before the first target's date,
 * `against the 2021 target of 24, its period still running (period …)`.
 * `value` is the target's value as the report writes it.
 * @internal
 */
export function describeJudgedTarget(target: JudgedTarget, value: string): string {
  const period = target.period === undefined ? '' : ` (period ${formatPeriod(target.period)})`;
  return target.ended ? `judged against ${judgedTargetName(target)} of ${value}${period}` : `against ${judgedTargetName(target)} of ${value}, its period still running${period}`;
}
