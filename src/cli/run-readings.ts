import { constants } from 'node:fs';
import { access, open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { addReadings, type AddReadingsResult } from '../readings/add-readings.js';
import { readingsFromCsv, type SheetResult } from '../readings/readings-from-csv.js';
import type { NewReading } from '../readings/group-rows.js';
import type { ReadingWarning } from '../readings/check-readings.js';
import { nameReading } from '../readings/group-rows.js';
import { formatReadingProblems, rowList } from '../readings/reading-problems.js';
import { DEFAULT_MAX_FILE_SIZE } from '../node/read-model-file.js';
import { loadForCommand } from './load-for-command.js';
import { refuseOutputOverInput } from './refuse-output-over-input.js';
import { EXIT, UsageError, emit, readOptions, type CommandArgs, type Io } from './support.js';

const MIB = 1024 * 1024;

/** How many added readings are listed one by one. */
const LISTED = 20;

/** `toc readings template|add …`. @internal */
export async function runReadings(args: CommandArgs, io: Io): Promise<number> {
  const [sub, ...rest] = args.positionals;
  if (sub === 'template') return runTemplate(rest, args.values, io);
  if (sub === 'add') return runAdd(rest, args.values, io);
  throw new UsageError(`readings needs template or add${sub === undefined ? '' : `, not "${sub}"`}: toc readings template FILE -o OUT.xlsx, or toc readings add FILE SHEET. Run \`toc help readings\`.`);
}

async function runTemplate(positionals: readonly string[], values: Readonly<Record<string, unknown>>, io: Io): Promise<number> {
  refuseOptions(values, ['skip-bad-rows', 'check', 'sheet', 'delimiter', 'max-unzipped-size'], 'template');
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('readings template takes one FILE: toc readings template strategy.yaml -o readings.xlsx.');
  const output = values.output;
  const format = typeof output === 'string' && /\.xlsx$/i.test(output) ? 'xlsx' : 'csv';
  if (typeof output === 'string' && !/\.(xlsx|csv)$/i.test(output)) throw new UsageError(`-o ${output}: the template is written as .xlsx or .csv; end the file name with one of them.`);
  if (typeof output === 'string' && values.force !== true && (await exists(output))) {
    throw new UsageError(`${output} already exists (it may hold readings already filled in); use --force to replace it.`);
  }
  const model = await loadForCommand(file, io, values);
  if (model.indicators().length === 0) throw new UsageError(`${file} has no indicator, so there is nothing to fill in.`, EXIT.invalid);
  const { readingsTemplate } = await import('../readings/readings-template.js');
  const made = format === 'xlsx' ? await readingsTemplate(model, 'xlsx') : await readingsTemplate(model, 'csv');
  await emit(made, output, io);
  return EXIT.ok;
}

async function runAdd(positionals: readonly string[], values: Readonly<Record<string, unknown>>, io: Io): Promise<number> {
  refuseOptions(values, ['force'], 'add');
  const [file, sheetFile, ...extra] = positionals;
  if (file === undefined || sheetFile === undefined || extra.length > 0) throw new UsageError('readings add takes FILE and SHEET: toc readings add strategy.yaml readings.xlsx.');
  const output = typeof values.output === 'string' ? values.output : undefined;
  await refuseOutputOverInput(output, [sheetFile]);
  const maxFileSize = readOptions(values).maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // A byte-order mark is kept: the file is written back byte for byte but for the readings.
  const text = decode(await readLimited(file, maxFileSize), file, 'Save it as UTF-8.', true);
  const sheet = await readSheet(sheetFile, values, maxFileSize);
  if (!sheet.ok) {
    io.err(`${formatReadingProblems(sheet.problems, sheetFile)}\n`);
    throw new UsageError(`${sheetFile} could not be read; nothing was added.`);
  }
  const result = addReadings(text, sheet.sheet, { skipBadRows: values['skip-bad-rows'] === true });
  if (result.problems.length > 0) io.err(`${formatReadingProblems(result.problems, result.problems.every((p) => p.rows.length === 0 && p.code === 'invalid-document') ? file : sheetFile)}\n`);
  if (!result.ok) {
    const invalid = result.problems.some((p) => p.code === 'invalid-document');
    throw new UsageError(invalid ? `${file} cannot take readings until it is fixed; run \`toc validate ${file}\`. Nothing was added.` : `${problemCount(result)} in ${sheetFile}; nothing was added to ${file}. Fix the rows, or use --skip-bad-rows to add the others.`, EXIT.invalid);
  }
  const target = output ?? file;
  for (const warning of result.warnings) io.err(`${warningLine(warning, sheetFile, target, values.check === true)}\n`);
  if (result.skipped.length > 0) io.err(`Skipped row${result.skipped.length === 1 ? '' : 's'} ${rowList(result.skipped)} of ${sheetFile} (--skip-bad-rows): the problems above.\n`);
  if (result.added.length === 0) {
    io.err(result.skipped.length > 0 ? `No reading is left to add; ${file} is unchanged.\n` : `${sheetFile} has no filled-in readings to add; ${file} is unchanged.\n`);
    return EXIT.ok;
  }
  const verb = values.check === true ? 'Would add' : 'Added';
  // Each reading, up to a screenful; a sheet of thousands says how many more.
  const shown = result.added.length > LISTED + 1 ? result.added.slice(0, LISTED) : result.added;
  const more = result.added.length - shown.length;
  io.err(
    `${verb} ${result.added.length === 1 ? '1 reading' : `${result.added.length.toLocaleString('en-GB')} readings`} to ${target}:\n${shown.map((r) => `  ${describe(r)}\n`).join('')}${more > 0 ? `  … and ${more.toLocaleString('en-GB')} more\n` : ''}`,
  );
  if (values.check === true) return EXIT.ok;
  await writeAtomically(target, result.text);
  return EXIT.ok;
}

/**
 * `readings.csv row 3: warning target-wrong-side at strategy.yaml:20:17: …`: a
 * warning placed as row problems are, on the rows it comes from, then where it
 * is in the YAML written (with --check, where it would be).
 */
function warningLine(warning: ReadingWarning, sheetFile: string, target: string, check: boolean): string {
  const rows = warning.rows.length === 0 ? sheetFile : `${sheetFile} row${warning.rows.length === 1 ? '' : 's'} ${rowList(warning.rows)}`;
  const at = warning.position === undefined ? '' : ` at ${target}:${warning.position.line}:${warning.position.column}${check ? ' (once added)' : ''}`;
  return `${rows}: warning ${warning.code}${at}: ${warning.message}`;
}

function describe(r: NewReading): string {
  const name = nameReading(r.indicator, r.kind, r.reading);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} (row${r.rows.length === 1 ? '' : 's'} ${rowList(r.rows)})`;
}

function problemCount(result: AddReadingsResult): string {
  const rows = new Set(result.problems.flatMap((p) => p.rows));
  return `${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`}${rows.size === 0 ? '' : ` on ${rows.size === 1 ? '1 row' : `${rows.size} rows`}`}`;
}

async function readSheet(path: string, values: Readonly<Record<string, unknown>>, maxFileSize: number): Promise<SheetResult> {
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') {
    const limit = unzippedLimit(values['max-unzipped-size']);
    const bytes = await readLimited(path, maxFileSize);
    const { readingsFromXlsx } = await import('../readings/readings-from-xlsx.js');
    return readingsFromXlsx(bytes, { maxUnzippedSize: limit, ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}) });
  }
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') {
    const delimiter = values.delimiter;
    if (delimiter !== undefined && (typeof delimiter !== 'string' || ![...delimiter].length || [...delimiter].length !== 1 || /["\r\n]/.test(delimiter))) {
      throw new UsageError(`--delimiter must be one character, such as ";" or "\\t"; not ${JSON.stringify(delimiter)}.`);
    }
    const text = decode(await readLimited(path, maxFileSize), path, 'In the spreadsheet, save it as "CSV UTF-8".');
    return readingsFromCsv(text, typeof delimiter === 'string' ? { delimiter: delimiter === '\\t' ? '\t' : delimiter } : {});
  }
  throw new UsageError(`${path}: readings are read from .xlsx or .csv files${extension === '.xls' || extension === '.ods' ? `; save the ${extension} file as .xlsx (or CSV UTF-8)` : ''}.`);
}

function unzippedLimit(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const mib = Number(value);
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value) || !(mib > 0) || !Number.isSafeInteger(Math.floor(mib * MIB))) {
    throw new UsageError(`--max-unzipped-size must be a number of mebibytes (MiB), such as 64; not "${String(value)}".`);
  }
  return Math.floor(mib * MIB);
}

function refuseOptions(values: Readonly<Record<string, unknown>>, names: readonly string[], sub: string): void {
  const given = names.filter((n) => values[n] !== undefined);
  if (given.length > 0) throw new UsageError(`--${given[0] as string} is not an option of readings ${sub}. Run \`toc help readings\`.`);
}

async function readLimited(path: string, limit: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY);
    const info = await handle.stat();
    if (!info.isFile()) throw new UsageError(`${path} is not a file.`);
    if (info.size > limit) throw new UsageError(`${path} is larger than ${Number((limit / MIB).toFixed(2))} MiB; use --max-file-size to read it.`);
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `could not read ${path} (${code}).`);
  } finally {
    await handle?.close();
  }
}

function decode(bytes: Uint8Array, path: string, hint: string, keepBom = false): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepBom }).decode(bytes);
  } catch {
    throw new UsageError(`${path} is not UTF-8 text. ${hint}`);
  }
}

/** Writes `text` to `path` through a temporary file in the same folder, then renames it over: a reader never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const real = await realpath(path).catch(() => path);
  const temporary = join(dirname(real), `.${basename(real)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const mode = await stat(real).then(
      (s) => s.mode & 0o777,
      () => 0o644,
    );
    await writeFile(temporary, text, { mode, flag: 'wx' });
    await rename(temporary, real);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UsageError(`could not write ${path} (${error instanceof Error && 'code' in error ? String(error.code) : 'error'}); it is unchanged.`);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
}
