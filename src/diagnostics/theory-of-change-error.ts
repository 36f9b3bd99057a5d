import { formatDiagnostics, type Diagnostic } from './diagnostic.js';

/**
 * Thrown by the loading functions ({@link loadModel}, {@link ModelBuilder.build})
 * when a document has errors. Carries every diagnostic, and prints them readably.
 *
 * @example
 * ```ts
 * try {
 *   loadModel(doc);
 * } catch (error) {
 *   if (error instanceof TheoryOfChangeError) console.error(error.diagnostics);
 * }
 * ```
 */
export class TheoryOfChangeError extends Error {
  /** Every diagnostic found, warnings included. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `theory-of-change: the document has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        formatDiagnostics(errors),
    );
    this.name = 'TheoryOfChangeError';
    this.diagnostics = diagnostics;
  }
}
