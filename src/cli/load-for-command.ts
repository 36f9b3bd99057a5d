import { formatDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/model.js';
import type { CoalitionComposition } from '../coalition/validate-coalition.js';
import { readModelOrCoalitionFile } from '../node/read-coalition-file.js';
import { aggregationsOption } from './aggregations-option.js';
import { refuseOutputOverInput } from './refuse-output-over-input.js';
import { EXIT, UsageError, readOptions, type Io } from './support.js';

/**
 * Reads and validates `file` for a command; unusable input becomes a
 * {@link UsageError}. `-o` naming the input itself is refused before reading.
 * @internal
 */
export async function loadForCommand(file: string, io: Io, values: Readonly<Record<string, unknown>> = {}): Promise<Model> {
  return (await loadWithCoalition(file, io, values)).model;
}

/**
 * {@link loadForCommand}, and, when `file` is a coalition, its members and
 * which member each node of the composed model belongs to. @internal
 */
export async function loadWithCoalition(
  file: string,
  io: Io,
  values: Readonly<Record<string, unknown>> = {},
): Promise<{ readonly model: Model; readonly coalition?: CoalitionComposition; readonly diagnostics?: readonly Diagnostic[] }> {
  await refuseOutputOverInput(values.output, [file]);
  // The names of the functions --aggregations loads are known names of `aggregation` (none without it).
  const functions = await aggregationsOption(values);
  const result = await readModelOrCoalitionFile(file, { ...readOptions(values), aggregationNames: Object.keys(functions ?? {}) });
  if (!result.ok) {
    const unusable = 'unusable' in result;
    if (!unusable) io.err(`${formatDiagnostics(result.diagnostics.filter((d) => d.severity === 'error'))}\n`);
    throw new UsageError(
      unusable ? (result.diagnostics[0]?.message ?? `${file} could not be read.`) : `${file} has errors; run \`toc validate ${file}\` for every diagnostic.`,
      unusable ? EXIT.unusable : EXIT.invalid,
    );
  }
  return 'coalition' in result && result.coalition !== undefined ? { model: result.model, coalition: result.coalition, diagnostics: result.diagnostics } : { model: result.model };
}
