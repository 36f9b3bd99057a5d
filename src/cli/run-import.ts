import { constants, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatDiagnostics, formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TheoryOfChangeDocument } from '../document/types.js';
import { importIatiStream } from '../iati/import/import-iati.js';
import type { IatiImport, IatiProgramme, ImportIatiOptions, NotCarried } from '../iati/import/import-result.js';
import { escapeControlCharacters } from './escape-control-characters.js';
import { EXIT, UsageError, readOptions, type CommandArgs, type Io } from './support.js';

const MIB = 1024 * 1024;

/**
 * The largest IATI file `toc import iati` reads unless told otherwise: 256 MiB. IATI files are
 * read as a stream, one activity at a time, so memory grows with the documents made, not the
 * file: a 20 MB registry file (normal for a large publisher) is far below it.
 * @internal
 */
export const DEFAULT_MAX_IATI_FILE_SIZE = 256 * MIB;

const CHUNK = 1024 * 1024;

/** `toc import iati FILE -o DIR`. @internal */
export async function runImport({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const [format, file, ...extra] = positionals;
  if (format !== 'iati') {
    throw new UsageError(`import needs what to import and a FILE: toc import iati FILE -o DIR${format === undefined ? '' : ` (not "${format}": iati is the one format)`}. Run \`toc help import\`.`);
  }
  if (file === undefined) throw new UsageError('import iati needs a FILE: toc import iati FILE -o DIR.');
  if (extra.length > 0) throw new UsageError(`import iati takes one FILE, but got ${positionals.length - 1}.`);
  const dir = values.output;
  if (typeof dir !== 'string' || dir === '') throw new UsageError('import iati needs -o DIR, the folder to write the documents into.');
  const limit = readOptions(values).maxFileSize ?? DEFAULT_MAX_IATI_FILE_SIZE;
  const lang = typeof values.lang === 'string' && values.lang.trim() !== '' ? values.lang.trim() : undefined;
  const json = values.json === true;

  const created = (await stat(dir).catch(() => undefined)) === undefined;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`could not create the folder ${dir} (${codeOf(error)}).`);
  }
  // Each document is written to a staging folder inside DIR as soon as its activity is read (memory
  // stays that of one activity), then moved into place once the whole file has been read and no
  // file would be replaced without --force; otherwise the staging folder is removed and nothing is written.
  const staging = await mkdtemp(join(dir, '.toc-import-'));
  /** Removes the staging folder, and DIR too when this run created it: nothing written leaves nothing behind. */
  const discard = async (): Promise<void> => {
    await rm(created ? dir : staging, { recursive: true, force: true });
  };
  const names = new FileNames();
  const staged: Staged[] = [];
  /** The file written for each activity (the first of a repeated identifier), for the programmes. */
  const fileOf = new Map<string, string>();
  let imported: IatiImport;
  try {
    imported = await readFile(file, limit, lang, (document, { identifier, validation }) => {
      const name = names.next(identifier);
      if (!fileOf.has(identifier)) fileOf.set(identifier, name);
      const errors = validation.filter((d) => d.severity === 'error').length;
      writeFileSync(join(staging, name), yamlOf(document, identifier, file));
      staged.push({ name, activity: identifier, title: document.title, results: count(document, 'objective'), indicators: count(document, 'indicator'), errors, warnings: validation.length - errors });
    }, (identifier) => `./${fileOf.get(identifier) ?? identifier}`);
    // One coalition file per programme, beside its members' documents.
    for (const programme of imported.programmes) {
      const name = names.next(`programme-${programme.parent}`);
      writeFileSync(join(staging, name), programmeYaml(programme, file));
      const members = Object.keys(programme.activities).length;
      const joint = (programme.coalition.nodes?.length ?? 0) > 0;
      staged.push({ name, activity: programme.parent, title: programme.coalition.title, programme: { members, links: programme.coalition.links?.length ?? 0, joint }, results: 0, indicators: 0, errors: 0, warnings: 0 });
    }
  } catch (error) {
    await discard();
    if (error instanceof UsageError) throw error;
    throw new UsageError(`could not write the documents into ${dir} (${codeOf(error)}); nothing written.`);
  }
  const placed = (d: Diagnostic): Diagnostic => (d.position === undefined ? d : { ...d, file });
  const fatal = imported.diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('iati-') && d.ids.length === 0 && d.path.length === 0);
  if (fatal.length > 0 || staged.length === 0) {
    await discard();
    const why = fatal.length > 0 ? `${file} is not an IATI activity file that can be read; nothing written.` : `${file} has no activity with results; nothing written.`;
    if (json) io.out(`${JSON.stringify({ file, written: [], ...report(imported) }, null, 2)}\n`);
    else {
      io.err(`toc: ${why}\n`);
      if (imported.diagnostics.length > 0) io.err(`${indent(formatDiagnostics(imported.diagnostics.map(placed)))}\n`);
      if (imported.notCarried.length > 0) io.err(`${notCarriedText(imported.notCarried, file)}\n`);
    }
    return fatal.length > 0 ? EXIT.unusable : EXIT.ok;
  }
  const targets = staged.map((s) => join(dir, s.name));
  if (values.force !== true) {
    const existing = (await Promise.all(targets.map(async (t) => ((await stat(t).catch(() => undefined)) === undefined ? [] : [t])))).flat();
    if (existing.length > 0) {
      await discard();
      const shown = existing.slice(0, 10).join(', ') + (existing.length > 10 ? ` and ${existing.length - 10} more` : '');
      throw new UsageError(`${existing.length === 1 ? 'a file' : `${existing.length} files`} to write already exist${existing.length === 1 ? 's' : ''} (${shown}); nothing written. Use --force to replace ${existing.length === 1 ? 'it' : 'them'}, or another -o DIR.`);
    }
  }
  let moved = 0;
  try {
    for (const [i, s] of staged.entries()) {
      await rename(join(staging, s.name), targets[i] as string);
      moved += 1;
    }
  } catch (error) {
    throw new UsageError(`could not write ${targets[moved] ?? dir} (${codeOf(error)}); ${moved} of ${staged.length} files were written.`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }

  const exit: number = staged.some((s) => s.errors > 0) ? EXIT.invalid : EXIT.ok;
  const written = staged.map((s, i) => ({ file: targets[i] as string, activity: s.activity, title: s.title, ...(s.programme === undefined ? {} : { programme: true }), errors: s.errors, warnings: s.warnings }));
  if (json) {
    io.out(`${JSON.stringify({ file, written, ...report(imported) }, null, 2)}\n`);
    return exit;
  }
  const lines = staged.map((s, i) => {
    const target = targets[i] as string;
    if (s.programme !== undefined) {
      // --by member splits joint goals and objectives: a programme made from related-activity links has none, its parent's goal is the top.
      const see = s.programme.joint ? `toc progress ${target} --by member` : `toc progress ${target}`;
      return `wrote ${target}: ${JSON.stringify(s.title)}, a coalition of ${plural(s.programme.members, 'activity document')} (${plural(s.programme.links, 'link')}); see it with ${see}`;
    }
    const state = s.errors > 0 ? `; ${s.errors} error${s.errors === 1 ? '' : 's'}: run toc validate ${target}` : s.warnings > 0 ? `; valid, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} (toc validate ${target})` : '; valid';
    return `wrote ${target}: ${JSON.stringify(s.title)} (${plural(s.results, 'objective')}, ${plural(s.indicators, 'indicator')})${state}`;
  });
  io.out(`${lines.join('\n')}\n`);
  if (imported.notCarried.length > 0) io.out(`\n${notCarriedText(imported.notCarried, file)}\n`);
  if (imported.diagnostics.length > 0) io.out(`\nProblems and assumptions (${imported.diagnostics.length}):\n${indent(formatDiagnostics(imported.diagnostics.map(placed)))}\n`);
  if (imported.unfollowed.length > 0) {
    io.out(`\nRelated activities (${imported.unfollowed.length}), not followed:\n${imported.unfollowed.map((r) => `  ${r.activity} -> ${r.ref} (${r.relation === 'unknown' ? `type ${r.type}` : r.relation})\n    ${r.why}`).join('\n')}\n`);
  }
  return exit;
}

/** A document written to the staging folder, and what the report says of it. */
interface Staged {
  readonly name: string;
  readonly activity: string;
  readonly title: string;
  readonly results: number;
  readonly indicators: number;
  /** For a programme's coalition file: how many members and links. */
  readonly programme?: { readonly members: number; readonly links: number; readonly joint: boolean };
  readonly errors: number;
  readonly warnings: number;
}

/** Reads FILE as a stream of UTF-8 text, within `limit` bytes, and imports it; an unusable file is a UsageError. */
async function readFile(file: string, limit: number, lang: string | undefined, onDocument: NonNullable<ImportIatiOptions['onDocument']>, fileOf: NonNullable<ImportIatiOptions['fileOf']>): Promise<IatiImport> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new UsageError(`${file} could not be read (${codeOf(error)}).`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UsageError(`${file} could not be read: it is ${info.isDirectory() ? 'a folder' : 'not a regular file'}, not a file.`);
    if (info.size > limit) throw new UsageError(`${file} could not be read: it is ${size(info.size)}, larger than ${size(limit)}, the limit for an IATI file. If it really is that big, raise the limit with --max-file-size MIB.`);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let total = 0;
    async function* chunks(): AsyncGenerator<string> {
      const buffer = new Uint8Array(CHUNK);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > limit) throw new UsageError(`${file} could not be read: it grew past ${size(limit)}, the limit for an IATI file, while it was read.`);
        yield decode(decoder, buffer.subarray(0, bytesRead), true, file, total - bytesRead);
      }
      yield decode(decoder, new Uint8Array(0), false, file, total);
    }
    return await importIatiStream(chunks(), lang === undefined ? { onDocument, fileOf } : { lang, onDocument, fileOf });
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function decode(decoder: TextDecoder, bytes: Uint8Array, stream: boolean, file: string, offset: number): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new UsageError(`${file} is not UTF-8 text (an invalid byte after byte ${offset}); IATI files are UTF-8. Save it as UTF-8.`);
  }
}

/**
 * File names for documents, from their id (the iati-identifier): letters, digits, `.`, `-` and
 * `_` kept, any other run of characters `_`; no leading dot; Windows' device names prefixed with
 * `_`; names equal but for case (one file on macOS and Windows) told apart with `-2`, `-3`….
 * @internal
 */
export class FileNames {
  private readonly taken = new Set<string>();
  private count = 0;

  next(id: string): string {
    this.count += 1;
    let base = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 150);
    if (base === '') base = `activity-${this.count}`;
    if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(base)) base = `_${base}`;
    let name = `${base}.yaml`;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}-${n}.yaml`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

function yamlOf(document: TheoryOfChangeDocument, identifier: string, file: string): string {
  const header = `# Imported from the IATI activity ${identifier === '' ? '(no identifier)' : identifier} in ${file} by toc import iati.\n# The mapping: docs/iati-mapping.md of theory-of-change. IATI-only facts are under meta.iati.\n`;
  return escapeControlCharacters(header + stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }));
}

function programmeYaml(programme: IatiProgramme, file: string): string {
  const header = `# The programme of the IATI activity ${programme.parent} in ${file}, by toc import iati: the activities linked\n# to it as its children (related-activity), followed down, as a coalition of their documents. Each\n# link is assumed (a child's top result contributes to its parent's): see docs/iati-mapping.md.\n`;
  return escapeControlCharacters(header + stringify(programme.coalition, { aliasDuplicateObjects: false, lineWidth: 0 }));
}

function count(document: TheoryOfChangeDocument, kind: string): number {
  return document.nodes.filter((node) => node.kind === kind).length;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function notCarriedText(list: readonly NotCarried[], file: string): string {
  const lines = list.map((n) => `  ${n.position === undefined ? `${file}: ` : `${file}:${n.position.line}:${n.position.column}: `}${n.activity === '' ? '' : `${n.activity}: `}${n.what} at ${formatPath(n.path)}: ${n.why}`);
  return `Not carried over (${list.length}):\n${lines.join('\n')}`;
}

function report(imported: IatiImport): Pick<IatiImport, 'diagnostics' | 'notCarried' | 'related' | 'unfollowed'> {
  return { notCarried: imported.notCarried, diagnostics: imported.diagnostics, related: imported.related, unfollowed: imported.unfollowed };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function size(bytes: number): string {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${bytes} bytes`;
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : error instanceof Error ? error.message : 'error';
}
