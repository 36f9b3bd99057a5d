import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { report } from './report.js';

/** Reports a period that ends before it starts (`invalid-period`). @internal */
export function checkPeriod(period: { readonly start: string; readonly end: string } | undefined, out: Diagnostic[]): void {
  if (period !== undefined && period.end < period.start) {
    report(out, 'invalid-period', 'error', ['period'], [], `The period ends (${period.end}) before it starts (${period.start}).`);
  }
}
