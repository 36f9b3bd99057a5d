import { formatDiagnostics } from '../diagnostics/diagnostic.js';
import { readModelOrCoalitionFile } from '../node/read-coalition-file.js';
import { aggregationsOption } from './aggregations-option.js';
import { EXIT, UsageError, readOptions, type CommandArgs, type Io } from './support.js';

/** `toc validate FILE…`: every file's diagnostics, as text or JSON; the worst exit code. @internal */
export async function runValidate({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  if (positionals.length === 0) throw new UsageError('validate needs at least one FILE. Run `toc help validate`.');
  const functions = await aggregationsOption(values);
  const reading = { ...readOptions(values), aggregationNames: Object.keys(functions ?? {}) };
  let exit: number = EXIT.ok;
  const reports: unknown[] = [];
  for (const file of positionals) {
    const result = await readModelOrCoalitionFile(file, reading);
    const unusable = !result.ok && 'unusable' in result;
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    const fails = unusable ? EXIT.unusable : errors > 0 || (values.strict === true && warnings > 0) ? EXIT.invalid : EXIT.ok;
    exit = Math.max(exit, fails);
    if (values.json === true) {
      reports.push({ file, valid: fails === EXIT.ok, unusable, diagnostics: result.diagnostics });
      continue;
    }
    const summary = unusable
      ? 'unusable'
      : `${errors === 0 ? 'valid' : `${errors} error${errors === 1 ? '' : 's'}`}${warnings === 0 ? '' : `, ${warnings} warning${warnings === 1 ? '' : 's'}`}`;
    io.out(`${file}: ${summary}\n`);
    if (result.diagnostics.length > 0) io.out(`${indent(formatDiagnostics(result.diagnostics))}\n`);
  }
  if (values.json === true) io.out(`${JSON.stringify(reports, null, 2)}\n`);
  return exit;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
