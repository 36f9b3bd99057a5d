/**
 * The smallest weight a link may have: 10⁻⁹. Weights are relative, so this
 * and {@link MAX_WEIGHT} leave room for shares, percentages and budgets in
 * any currency while keeping every node's arithmetic within ordinary numbers.
 * @internal
 */
export const MIN_WEIGHT = 1e-9;

/** The largest weight a link may have: 10¹⁵. @internal */
export const MAX_WEIGHT = 1e15;
