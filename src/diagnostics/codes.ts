/**
 * Every diagnostic code, with its default severity and what it means.
 * Codes are stable: tools may match on them.
 */
export const DIAGNOSTIC_CODES = {
  'unreadable-file': { severity: 'error', summary: 'A file could not be read.' },
  'invalid-syntax': { severity: 'error', summary: 'A file is not valid YAML or JSON.' },
  'invalid-type': { severity: 'error', summary: 'A field has the wrong type, or the document is not an object.' },
  'missing-field': { severity: 'error', summary: 'A required field is missing.' },
  'unknown-field': { severity: 'error', summary: 'A field the format does not define (often a typo).' },
  'invalid-value': { severity: 'error', summary: 'A value is not one of those allowed, or out of range.' },
  'unknown-kind': { severity: 'error', summary: 'A node has a `kind` the format does not define.' },
  'empty-text': { severity: 'error', summary: 'An id or title is empty.' },
  'non-finite-number': { severity: 'error', summary: 'A number is NaN or infinite.' },
  'non-positive-weight': { severity: 'error', summary: 'A weight is zero or negative.' },
  'weight-out-of-range': { severity: 'error', summary: 'A weight is below 10⁻⁹ or above 10¹⁵, too far from the others to be computed faithfully.' },
  'invalid-date': { severity: 'error', summary: 'A date is not a real calendar date written YYYY-MM-DD.' },
  'invalid-period': { severity: 'error', summary: 'A period (the document’s, or a reading’s) ends before it starts.' },
  'invalid-duration': { severity: 'error', summary: 'An age limit is not an ISO 8601 duration of whole years, months, weeks or days, such as P18M.' },
  'duplicate-id': { severity: 'error', summary: 'Two nodes share an id.' },
  'duplicate-relation': { severity: 'error', summary: 'The same relation is written twice.' },
  'duplicate-level': { severity: 'error', summary: 'A level name is listed twice.' },
  'unknown-reference': { severity: 'error', summary: 'A relation names an id no node has.' },
  'invalid-source-url': { severity: 'error', summary: 'A reading’s source has a link that is not an http:// or https:// web address.' },
  'unknown-level': { severity: 'error', summary: 'A node names a level the document does not list.' },
  'wrong-relation-kind': { severity: 'error', summary: 'A relation joins nodes of kinds it cannot join.' },
  cycle: { severity: 'error', summary: 'Contributes-to links form a loop.' },
  'value-mismatch': { severity: 'error', summary: 'A baseline, target or observation does not fit the indicator’s measure.' },
  'conflicting-readings': { severity: 'error', summary: 'Two targets, two observations of a latest-value indicator, or two assessments share a date but differ.' },
  'target-before-baseline': { severity: 'error', summary: 'A target is dated on or before the baseline.' },
  'missing-value': { severity: 'error', summary: 'A baseline, target or observation gives no value, nor the numerator and denominator or the complete breakdown that would give it.' },
  'unknown-dimension': { severity: 'error', summary: 'A breakdown names a dimension the indicator does not declare, or none.' },
  'unknown-category': { severity: 'error', summary: 'A breakdown names a category its dimension does not list (often a typo).' },
  'duplicate-category': { severity: 'error', summary: 'A dimension lists a category twice, or a reading gives two parts for the same categories.' },
  'breakdown-mismatch': { severity: 'error', summary: 'The parts of a breakdown do not add up to the total (or exceed it), or two complete breakdowns disagree.' },
  'invalid-ratio': { severity: 'error', summary: 'A numerator or denominator is negative, the denominator 0, the numerator above the denominator, one given without the other, or the value disagrees with them.' },
  'date-not-period-end': { severity: 'error', summary: 'A reading gives both a date and a period, and the date is not the period’s last day.' },
  'overlapping-targets': { severity: 'error', summary: 'Two targets of an indicator with per-period targets cover overlapping periods, so which one is in force is ambiguous.' },
  'unmeasured-objective': { severity: 'warning', summary: 'A goal or objective has no indicator at or below it.' },
  'missing-baseline': { severity: 'warning', summary: 'An indicator has no baseline.' },
  'missing-target': { severity: 'warning', summary: 'An indicator has no target.' },
  'target-wrong-side': { severity: 'warning', summary: 'A target lies on the wrong side of the baseline for the indicator’s direction.' },
  'target-equals-baseline': { severity: 'warning', summary: 'The final target equals the baseline, so it is read as a level to maintain.' },
  'milestone-beyond-target': { severity: 'warning', summary: 'A milestone lies beyond the final target, so the final target is expected from the milestone’s date.' },
  'duplicate-reading': { severity: 'warning', summary: 'The same target, observation or assessment is written twice for one date.' },
  'goal-unreachable': { severity: 'warning', summary: 'An objective contributes to no goal, directly or indirectly.' },
  'indicator-unlinked': { severity: 'warning', summary: 'An indicator measures nothing.' },
  'duty-bearer-unlinked': { severity: 'warning', summary: 'A duty bearer is accountable for nothing.' },
  'assumption-unused': { severity: 'warning', summary: 'No link rests on an assumption.' },
  'level-order': { severity: 'warning', summary: 'A contributes-to link does not run from a lower level to a higher one.' },
  'overlapping-observations': { severity: 'warning', summary: 'Two observations of a cumulative indicator cover overlapping periods, so the days they share are counted twice.' },
  'outside-target-periods': { severity: 'warning', summary: 'An observation of an indicator with per-period targets falls in no target’s period, so no target judges it.' },
  'unknown-aggregation': { severity: 'error', summary: 'A goal or objective names an aggregation that is neither built in nor registered.' },
  'assumption-status-contradicted': { severity: 'warning', summary: 'An assumption’s written status goes against what most of its evidence says.' },
  'output-to-impact': { severity: 'warning', summary: 'An output contributes directly to an impact, skipping the outcome between them.' },
  'result-type-order': { severity: 'warning', summary: 'A contributes-to link runs down the results chain: an impact to an outcome or output, or an outcome to an output.' },
  'iati-not-xml': { severity: 'error', summary: 'An IATI file is not well-formed XML (or is empty); reading stops at the first fault.' },
  'iati-doctype': { severity: 'error', summary: 'An IATI file declares a document type (<!DOCTYPE …>), which IATI files never need and which can define entities that expand without limit or read other files; the file is not read.' },
  'iati-entity': { severity: 'error', summary: 'An IATI file uses an entity reference other than XML’s five (&amp; &lt; &gt; &quot; &apos;) and character references such as &#233;; it is never looked up or expanded.' },
  'iati-not-activities': { severity: 'error', summary: 'An XML file’s root element is not iati-activities (an organisation file, another format, or a namespace on the root).' },
  'iati-too-deep': { severity: 'error', summary: 'An IATI file nests elements more than 100 deep (IATI needs 9): refused, so that reading and writing it cannot exhaust the stack.' },
  'iati-result-without-indicator': { severity: 'warning', summary: 'A goal or objective that no indicator measures cannot be an IATI result; the IATI export keeps it in its own extension only.' },
  'iati-placeholder': { severity: 'warning', summary: 'The IATI export needed a value it was not given (identifier, reporting organisation, dates) and wrote a placeholder to replace before publishing.' },
  'iati-not-carried-over': { severity: 'warning', summary: 'Part of an IATI activity written by this library (a result, indicator or value added or edited in another tool) could not be carried back into the theory of change.' },
  'iati-no-results': { severity: 'warning', summary: 'An IATI activity has no results, so it gives no theory of change.' },
  'iati-unusable-value': { severity: 'warning', summary: 'An IATI baseline, target or actual gives a value a number cannot hold ("N/A", empty, "12,5", "50%"), so it is left out.' },
  'iati-invalid-date': { severity: 'warning', summary: 'An IATI period or baseline has a date that is not YYYY-MM-DD, or a period ends before it starts, so its values are left out.' },
  'iati-ascending-assumed': { severity: 'warning', summary: 'An IATI indicator does not say whether more is better (`ascending`), so an increase is taken as progress.' },
  'iati-direction-doubtful': { severity: 'warning', summary: 'An IATI indicator says less is better (`ascending="0"`), but its targets lie above its baseline.' },
  'iati-measure-as-number': { severity: 'warning', summary: 'An IATI indicator’s measure is nominal (3), ordinal (4) or not a code of the list (1–5), so its values are read as plain numbers.' },
  'iati-percentage-out-of-range': { severity: 'warning', summary: 'An IATI percentage indicator has values above 100 or below 0, so it is read as a plain number.' },
  'iati-result-type-other': { severity: 'warning', summary: 'An IATI result is of type 9 (other) or a type not in the list, so it is imported as an objective with no result type.' },
  'iati-reading-left-out': { severity: 'warning', summary: 'An IATI value cannot be carried over as it stands (a second baseline, a repeated or conflicting value, parts without a total), so it is left out.' },
  'iati-total-from-parts': { severity: 'warning', summary: 'An IATI period gives values only per dimension or location, with no overall value, so the total is the sum of its parts.' },
  'coalition-unknown-member': { severity: 'error', summary: 'A coalition reference (`member:id`) names a member the coalition does not list.' },
  'coalition-unknown-reference': { severity: 'error', summary: 'A coalition reference (`member:id`) names a node the member’s document does not have (often a typo).' },
  'coalition-duplicate-member': { severity: 'error', summary: 'A coalition lists two members with the same id, or the same file twice.' },
  'coalition-gap': { severity: 'warning', summary: 'A joint goal or objective of a coalition that no member contributes to, directly or through other joint objectives.' },
  'coalition-conflicting-claims': { severity: 'warning', summary: 'Two members report one shared indicator differently (its measure, baseline, or a reading on the same date); the first member’s is kept.' },
  'coalition-member-period': { severity: 'warning', summary: 'A member’s period is not the coalition’s, and some of its indicators (without a baseline, or without a written target) take their timeline from the period: in the coalition, they follow the coalition’s.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/** How serious a diagnostic is. Errors stop a model being built; warnings do not. */
export type Severity = 'error' | 'warning';

/** A stable diagnostic code. See {@link DIAGNOSTIC_CODES}. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Codes whose severity a user may change: every warning. Errors always stay errors. */
export type AdjustableCode = {
  [C in DiagnosticCode]: (typeof DIAGNOSTIC_CODES)[C]['severity'] extends 'warning' ? C : never;
}[DiagnosticCode];

/**
 * The warnings, as a table of their own: validating needs only to know which
 * codes a user may adjust, not what each code means. Its type makes it list
 * exactly the codes {@link DIAGNOSTIC_CODES} makes warnings.
 */
const ADJUSTABLE: { readonly [C in AdjustableCode]: true } = {
  'unmeasured-objective': true,
  'missing-baseline': true,
  'missing-target': true,
  'target-wrong-side': true,
  'target-equals-baseline': true,
  'milestone-beyond-target': true,
  'duplicate-reading': true,
  'goal-unreachable': true,
  'indicator-unlinked': true,
  'duty-bearer-unlinked': true,
  'assumption-unused': true,
  'level-order': true,
  'overlapping-observations': true,
  'outside-target-periods': true,
  'assumption-status-contradicted': true,
  'output-to-impact': true,
  'result-type-order': true,
  'iati-no-results': true,
  'iati-unusable-value': true,
  'iati-invalid-date': true,
  'iati-ascending-assumed': true,
  'iati-direction-doubtful': true,
  'iati-measure-as-number': true,
  'iati-percentage-out-of-range': true,
  'iati-result-type-other': true,
  'iati-reading-left-out': true,
  'iati-total-from-parts': true,
  'iati-result-without-indicator': true,
  'iati-placeholder': true,
  'iati-not-carried-over': true,
  'coalition-gap': true,
  'coalition-conflicting-claims': true,
  'coalition-member-period': true,
};

/** Whether a user may change the severity of `code`: whether it is a warning. @internal */
export function isAdjustable(code: DiagnosticCode): code is AdjustableCode {
  return Object.prototype.hasOwnProperty.call(ADJUSTABLE, code);
}

/**
 * Per-code severity overrides: raise a warning to an error, or turn it `off`.
 *
 * @example
 * ```ts
 * validate(doc, { severities: { 'level-order': 'error', 'missing-baseline': 'off' } });
 * ```
 */
export type SeverityOverrides = { readonly [C in AdjustableCode]?: Severity | 'off' };
