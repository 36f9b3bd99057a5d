import { constants } from 'node:fs';
import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatDiagnostics, formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TheoryOfChangeDocument } from '../document/types.js';
import { importIatiStream } from '../iati/import/import-iati.js';
import type { IatiImport, NotCarried } from '../iati/import/import-result.js';
import { validate } from '../validate/validate.js';
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

  const imported = await readFile(file, limit, lang);
  const placed = (d: Diagnostic): Diagnostic => (d.position === undefined ? d : { ...d, file });
  const fatal = imported.diagnostics.filter((d) => d.severity === 'error' && d.ids.length === 0 && d.code !== 'iati-not-carried-over');
  if (fatal.length > 0 || imported.documents.length === 0) {
    const why = fatal.length > 0 ? `${file} is not an IATI activity file that can be read; nothing written.` : `${file} has no activity with results; nothing written.`;
    if (json) io.out(`${JSON.stringify({ file, written: [], ...report(imported) }, null, 2)}\n`);
    else {
      io.err(`toc: ${why}\n`);
      if (imported.diagnostics.length > 0) io.err(`${indent(formatDiagnostics(imported.diagnostics.map(placed)))}\n`);
      if (imported.notCarried.length > 0) io.err(`${notCarriedText(imported.notCarried, file)}\n`);
    }
    return fatal.length > 0 ? EXIT.unusable : EXIT.ok;
  }

  const names = fileNames(imported.documents);
  const targets = names.map((name) => join(dir, name));
  if (values.force !== true) {
    const existing = (await Promise.all(targets.map(async (t) => ((await stat(t).catch(() => undefined)) === undefined ? [] : [t])))).flat();
    if (existing.length > 0) {
      const shown = existing.slice(0, 10).join(', ') + (existing.length > 10 ? ` and ${existing.length - 10} more` : '');
      throw new UsageError(`${existing.length === 1 ? 'a file' : `${existing.length} files`} to write already exist${existing.length === 1 ? 's' : ''} (${shown}); nothing written. Use --force to replace ${existing.length === 1 ? 'it' : 'them'}, or another -o DIR.`);
    }
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`could not create the folder ${dir} (${codeOf(error)}).`);
  }

  let exit: number = EXIT.ok;
  const written: { file: string; activity: string; title: string; errors: number; warnings: number }[] = [];
  const lines: string[] = [];
  for (const [i, document] of imported.documents.entries()) {
    const target = targets[i] as string;
    const checked = validate(document).diagnostics;
    const errors = checked.filter((d) => d.severity === 'error').length;
    if (errors > 0) exit = EXIT.invalid;
    try {
      await writeFile(target, yamlOf(document, file));
    } catch (error) {
      throw new UsageError(`could not write ${target} (${codeOf(error)}); ${written.length} of ${imported.documents.length} files were written.`);
    }
    written.push({ file: target, activity: document.id ?? '', title: document.title, errors, warnings: checked.length - errors });
    const counts = `${count(document, 'objective', 'result')}, ${count(document, 'indicator', 'indicator')}`;
    const state = errors > 0 ? `; ${errors} error${errors === 1 ? '' : 's'}: run toc validate ${target}` : checked.length > 0 ? `; valid, ${checked.length} warning${checked.length === 1 ? '' : 's'} (toc validate ${target})` : '; valid';
    lines.push(`wrote ${target}: ${JSON.stringify(document.title)} (${counts})${state}`);
  }
  if (json) {
    io.out(`${JSON.stringify({ file, written, ...report(imported) }, null, 2)}\n`);
    return exit;
  }
  io.out(`${lines.join('\n')}\n`);
  if (imported.notCarried.length > 0) io.out(`\n${notCarriedText(imported.notCarried, file)}\n`);
  if (imported.diagnostics.length > 0) io.out(`\nProblems and assumptions (${imported.diagnostics.length}):\n${indent(formatDiagnostics(imported.diagnostics.map(placed)))}\n`);
  if (imported.related.length > 0) {
    io.out(`\nRelated activities (${imported.related.length}), not followed:\n${imported.related.map((r) => `  ${r.activity} -> ${r.ref} (${r.relation === 'unknown' ? `type ${r.type}` : r.relation})`).join('\n')}\n`);
  }
  return exit;
}

/** Reads FILE as a stream of UTF-8 text, within `limit` bytes, and imports it; an unusable file is a UsageError. */
async function readFile(file: string, limit: number, lang: string | undefined): Promise<IatiImport> {
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
    return await importIatiStream(chunks(), lang === undefined ? {} : { lang });
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
 * A file name per document, from its id (the iati-identifier): letters, digits, `.`, `-` and `_`
 * kept, any other run of characters `_`; no leading dot; Windows' device names prefixed with `_`;
 * names equal but for case (one file on macOS and Windows) told apart with `-2`, `-3`….
 * @internal
 */
export function fileNames(documents: readonly TheoryOfChangeDocument[]): string[] {
  const taken = new Set<string>();
  return documents.map((document, i) => {
    let base = (document.id ?? '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 150);
    if (base === '') base = `activity-${i + 1}`;
    if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(base)) base = `_${base}`;
    let name = `${base}.yaml`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.yaml`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function yamlOf(document: TheoryOfChangeDocument, file: string): string {
  const header = `# Imported from the IATI activity ${document.id ?? '(no identifier)'} in ${file} by toc import iati.\n# The mapping: docs/iati-mapping.md of theory-of-change. IATI-only facts are under meta.iati.\n`;
  return escapeControlCharacters(header + stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }));
}

function count(document: TheoryOfChangeDocument, kind: string, noun: string): string {
  const n = document.nodes.filter((node) => node.kind === kind).length;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function notCarriedText(list: readonly NotCarried[], file: string): string {
  const lines = list.map((n) => `  ${n.position === undefined ? `${file}: ` : `${file}:${n.position.line}:${n.position.column}: `}${n.activity === '' ? '' : `${n.activity}: `}${n.what} at ${formatPath(n.path)}: ${n.why}`);
  return `Not carried over (${list.length}):\n${lines.join('\n')}`;
}

function report(imported: IatiImport): Pick<IatiImport, 'diagnostics' | 'notCarried' | 'related'> {
  return { notCarried: imported.notCarried, diagnostics: imported.diagnostics, related: imported.related };
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
