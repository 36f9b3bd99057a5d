import { formatDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { IatiExportOptions } from '../iati/export/iati-export-options.js';
import { toIati } from '../iati/export/to-iati.js';
import type { CoalitionDocument } from '../coalition/types.js';
import type { CoalitionComposition } from '../coalition/validate-coalition.js';
import { toIatiCoalition } from '../iati/export/to-iati-coalition.js';
import type { IatiExport } from '../iati/export/to-iati.js';
import { memberFilePath } from '../node/read-coalition-file.js';
import { readTextFile } from '../node/read-model-file.js';
import { parseText, placeDiagnostics, readText } from '../parse/parse-text.js';
import { loadWithCoalition } from './load-for-command.js';
import { EXIT, UsageError, emit, readOptions, type CommandArgs, type Io } from './support.js';

const FORMATS = ['iati'] as const;

/** An option's text, refused when empty or only spaces (an IATI code or identifier cannot be blank). */
function text(values: Readonly<Record<string, unknown>>, name: string, pattern?: RegExp, example = ''): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} needs a value${example === '' ? '' : `, such as ${example}`}.`);
  if (pattern !== undefined && !pattern.test(value)) throw new UsageError(`--${name} must be ${example}; not "${value}".`);
  return value;
}

/**
 * `toc export iati FILE [-o OUT.xml] [--identifier ID] [--org REF] …`: the
 * IATI 2.03 XML of the document, its warnings on standard error. @internal
 */
export async function runExport({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const [format, file, ...extra] = positionals;
  if (format === undefined) throw new UsageError('export needs a format and a FILE: toc export iati FILE. Run `toc help export`.');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`export knows one format, iati, not "${format}": toc export iati FILE.`);
  if (file === undefined) throw new UsageError('export iati needs a FILE: toc export iati strategy.yaml -o activity.xml.');
  if (extra.length > 0) throw new UsageError(`export iati takes one FILE, but got ${positionals.length - 1}.`);
  const org = text(values, 'org', undefined, 'GB-CHC-1234567');
  const orgType = text(values, 'org-type', /^\d+$/, 'an IATI organisation type code, such as 21 (international NGO)');
  const orgName = text(values, 'org-name');
  const options: IatiExportOptions = {
    ...(values.identifier === undefined ? {} : { identifier: text(values, 'identifier', undefined, 'GB-CHC-1234567-strategy-2025') as string }),
    ...(org === undefined && orgType === undefined && orgName === undefined
      ? {}
      : { reportingOrg: { ...(org === undefined ? {} : { ref: org }), ...(orgType === undefined ? {} : { type: orgType }), ...(orgName === undefined ? {} : { name: orgName }) } }),
    ...(values.lang === undefined ? {} : { language: text(values, 'lang', /^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language code, such as en or fr') as string }),
    ...(values.status === undefined ? {} : { status: text(values, 'status', /^[1-6]$/, 'an IATI activity status from 1 to 6, such as 2 (implementation)') as string }),
  };
  const loaded = await loadWithCoalition(file, io, values);
  const { xml, diagnostics } = loaded.coalition === undefined ? toIati(loaded.model, options) : await coalitionToIati(file, loaded.coalition, options, values);
  if (diagnostics.length > 0) io.err(`${formatDiagnostics(await placed(diagnostics, file, values))}\n`);
  // The writer gives DEL and the C1 controls as character references, so `emit` has no control character to change.
  await emit(xml, values.output, io);
  return EXIT.ok;
}

/**
 * The export's warnings placed in the files they are about, with line and column: a
 * coalition's member's in that member's file (as {@link memberFilePath} finds it), the rest in
 * `file`. Each file is read again once; one that cannot be read leaves its warnings unplaced.
 */
async function placed(diagnostics: readonly Diagnostic[], file: string, values: Readonly<Record<string, unknown>>): Promise<readonly Diagnostic[]> {
  const out = [...diagnostics];
  const byFile = new Map<string, number[]>();
  diagnostics.forEach((d, i) => {
    const path = d.file === undefined ? file : memberFilePath(file, d.file);
    byFile.set(path, [...(byFile.get(path) ?? []), i]);
  });
  for (const [path, indexes] of byFile) {
    const read = await readTextFile(path, readOptions(values));
    const group = indexes.map((i) => ({ ...(diagnostics[i] as Diagnostic), file: path }));
    const { locate } = 'text' in read ? readText(read.text, path) : { locate: undefined };
    const done = locate === undefined ? group : placeDiagnostics(group, locate, path);
    indexes.forEach((i, k) => (out[i] = done[k] as Diagnostic));
  }
  return out;
}

/** A coalition file (already validated with its members) as IATI: its members' own models, as the validation made them, and the file as written. */
async function coalitionToIati(file: string, coalition: CoalitionComposition, options: IatiExportOptions, values: Readonly<Record<string, unknown>>): Promise<IatiExport> {
  // A valid coalition holds every member's model, validated alone: no member file is read again.
  const models = coalition.memberModels;
  if (models === undefined) throw new Error(`theory-of-change: the coalition ${file} was validated without its members' models.`);
  const read = await readTextFile(file, readOptions(values));
  const parsed = 'text' in read ? parseText(read.text, file) : undefined;
  if (parsed === undefined || !parsed.ok) throw new UsageError(`${file} could not be read again.`, EXIT.unusable);
  return toIatiCoalition(parsed.data as CoalitionDocument, models, options);
}
