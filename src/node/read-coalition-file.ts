import { readdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { validateCoalition, type CoalitionValidation } from '../coalition/validate-coalition.js';
import type { Diagnostic, DocumentPath, SourcePosition } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { isRecord } from '../document/is-record.js';
import { placeDiagnostics, readText } from '../parse/parse-text.js';
import { validate } from '../validate/validate.js';
import { readTextFile, type ReadModelFileOptions, type ReadModelFileResult } from './read-model-file.js';

/** The outcome of {@link readCoalitionFile}: a {@link CoalitionValidation}, or `unusable` when a file cannot be read or parsed. */
export type ReadCoalitionFileResult = CoalitionValidation | { readonly ok: false; readonly unusable: true; readonly diagnostics: readonly Diagnostic[]; readonly coalition?: undefined };

/** Whether parsed data is a coalition rather than one theory of change: it lists `members`. */
export function isCoalition(data: unknown): boolean {
  return isRecord(data) && Object.prototype.hasOwnProperty.call(data, 'members');
}

/**
 * Reads a coalition file (YAML or JSON) and each member's theory-of-change
 * file (an absolute path as it is, a relative one relative to the coalition
 * file), and validates them together (see
 * {@link validateCoalition}). Every diagnostic names the file it is in (the
 * coalition file or a member's, as a path from here) with its line and column.
 * Never throws for a bad file.
 *
 * @example
 * ```ts
 * import { readCoalitionFile } from 'theory-of-change/node';
 * const result = await readCoalitionFile('examples/coalition/coalition.yaml');
 * ```
 */
export async function readCoalitionFile(path: string, options: ReadModelFileOptions = {}): Promise<ReadCoalitionFileResult> {
  const read = await readTextFile(path, options);
  if (!('text' in read)) return read;
  const { parsed, locate } = readText(read.text, path);
  if (!parsed.ok) return { ok: false, unusable: true, diagnostics: [{ ...parsed.diagnostic, file: path }] };
  return coalitionFrom(path, parsed.data, locate, options);
}

/**
 * Reads a theory-of-change file or a coalition file, whichever it is (a
 * coalition lists `members`). @internal
 */
export async function readModelOrCoalitionFile(path: string, options: ReadModelFileOptions = {}): Promise<ReadModelFileResult | ReadCoalitionFileResult> {
  const read = await readTextFile(path, options);
  if (!('text' in read)) return read;
  const { parsed, locate } = readText(read.text, path);
  if (!parsed.ok) return { ok: false, unusable: true, diagnostics: [{ ...parsed.diagnostic, file: path }] };
  if (isCoalition(parsed.data)) return coalitionFrom(path, parsed.data, locate, options);
  const result = validate(parsed.data, options);
  if (result.diagnostics.length === 0) return result;
  return { ...result, diagnostics: placeDiagnostics(result.diagnostics, locate, path) } as ReadModelFileResult;
}

type Locate = (paths: readonly DocumentPath[]) => SourcePosition[];

/**
 * The path of a member's file as written in a coalition file: an absolute one
 * (`/home/x/asi.yaml`, or `C:\x\asi.yaml` on Windows) as it is, a relative one
 * relative to the coalition file's folder. @internal
 */
export function memberFilePath(coalitionFile: string, written: string): string {
  return isAbsolute(written) ? written : join(dirname(coalitionFile), written);
}

/** ` Did you mean "./x.yaml"?` when the folder of a missing member file holds a file with a name close to it. */
async function nearFile(file: string, written: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dirname(file))).filter((name) => /\.(ya?ml|json)$/i.test(name));
  } catch {
    return '';
  }
  const match = didYouMean(basename(file), names);
  // The folder as written (`./`, `../x/` or none), then the near name.
  return match === undefined ? '' : ` Did you mean ${JSON.stringify(`${written.slice(0, written.lastIndexOf('/') + 1)}${match}`)}?`;
}

async function coalitionFrom(path: string, data: unknown, locate: Locate, options: ReadModelFileOptions): Promise<ReadCoalitionFileResult> {
  const documents = new Map<string, unknown>();
  const locators = new Map<string, { readonly locate: Locate; readonly file: string }>([[path, { locate, file: path }]]);
  const unusable: Diagnostic[] = [];
  const refused = new Map<string, Diagnostic>();
  const entries = isRecord(data) && Array.isArray(data.members) ? data.members : [];
  for (const [index, entry] of entries.entries()) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.file !== 'string' || documents.has(entry.id)) continue;
    const file = memberFilePath(path, entry.file);
    const at: DocumentPath = ['members', index, 'file'];
    const [position] = locate([at]);
    const notAMember = (message: string): Diagnostic => ({ code: 'invalid-value', severity: 'error', path: at, ids: [entry.id as string], file: path, ...(position === undefined ? {} : { position }), message });
    // Not members: errors in the coalition file (exit 1), said in place of "was not given".
    if (resolve(file) === resolve(path)) {
      refused.set(entry.id, notAMember(`Member "${entry.id}" is this coalition file itself; a member's file is one organisation's theory of change.`));
      continue;
    }
    if (locators.has(entry.file)) continue;
    const text = await readTextFile(file, options);
    if (!('text' in text)) {
      // Said where the member is listed, with the file names near the one written when it is missing.
      const hint = text.diagnostics.some((d) => /ENOENT/.test(d.message)) ? await nearFile(file, entry.file) : '';
      unusable.push(...text.diagnostics.map((d) => ({ ...d, path: at, ids: [entry.id as string], file: path, ...(position === undefined ? {} : { position }), message: `${d.message} It is member "${entry.id as string}" of ${path}.${hint}` })));
      continue;
    }
    const member = readText(text.text, file);
    if (!member.parsed.ok) {
      unusable.push({ ...member.parsed.diagnostic, file });
      continue;
    }
    if (isCoalition(member.parsed.data)) {
      refused.set(entry.id, notAMember(`Member "${entry.id}" (${entry.file}) is itself a coalition (it lists members); a member's file is one organisation's theory of change. List that coalition's members here instead.`));
      continue;
    }
    documents.set(entry.id, member.parsed.data);
    locators.set(entry.file, { locate: member.locate, file });
  }
  if (unusable.length > 0) return { ok: false, unusable: true, diagnostics: unusable };
  const validated = validateCoalition(data, documents, { ...options, name: path });
  const result =
    refused.size === 0
      ? validated
      : ({
          ...validated,
          diagnostics: validated.diagnostics
            .map((d) => (d.code === 'unreadable-file' && refused.has(d.ids[0] ?? '') ? (refused.get(d.ids[0] ?? '') as Diagnostic) : d))
            // A refused member's nodes cannot be found: the references to them say nothing more.
            .filter((d) => d.code === 'invalid-value' || !d.ids.some((id) => id.includes(':') && refused.has(id.slice(0, id.indexOf(':')))))
        } as CoalitionValidation);
  if (result.diagnostics.length === 0) return result;
  // Place each diagnostic in its file, asking each file for all its places at once.
  const byFile = new Map<string, number[]>();
  result.diagnostics.forEach((d, i) => byFile.set(d.file ?? path, [...(byFile.get(d.file ?? path) ?? []), i]));
  const placed: Diagnostic[] = [...result.diagnostics];
  for (const [file, indexes] of byFile) {
    const locator = locators.get(file) ?? locators.get(path);
    if (locator === undefined) continue;
    const out = placeDiagnostics(
      indexes.map((i) => result.diagnostics[i] as Diagnostic),
      locator.locate,
      locator.file,
    );
    indexes.forEach((i, k) => (placed[i] = out[k] as Diagnostic));
  }
  return { ...result, diagnostics: placed } as ReadCoalitionFileResult;
}
