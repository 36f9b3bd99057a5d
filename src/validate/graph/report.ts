import type { Diagnostic, DocumentPath } from '../../diagnostics/diagnostic.js';

/** Adds one diagnostic of the graph pass to `out`. @internal */
export function report(out: Diagnostic[], code: Diagnostic['code'], severity: Diagnostic['severity'], path: DocumentPath, ids: readonly string[], message: string): void {
  out.push({ code, severity, path, ids, message });
}
