import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { ReadModelFileOptions } from '../node/read-model-file.js';
import { escapeControlCharacters } from './escape-control-characters.js';
import type { Io } from './io.js';

export type { Io };

/** What a command gets: the parsed option values and the positional arguments. */
export interface CommandArgs {
  readonly values: Readonly<Record<string, unknown>>;
  readonly positionals: readonly string[];
}

/** A command of the CLI: its help and options up front, its code loaded only when it runs. */
export interface Command {
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /**
   * Flags whose value is optional (`--series` or `--series DATES`): the command
   * finds the value among its positionals, and `--series=DATES` is read as
   * `--series DATES`.
   */
  readonly optionalValues?: readonly string[];
  run(args: CommandArgs, io: Io): Promise<number>;
}

/** Exit codes: 0 success, 1 the document has errors, 2 unusable input or a usage mistake. */
export const EXIT = { ok: 0, invalid: 1, unusable: 2 } as const;

/** A mistake the user can fix: printed without a stack trace, exit code 2 unless said. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.unusable,
  ) {
    super(message);
  }
}

/** The option every command that reads files takes. @internal */
export const FILE_OPTIONS = { 'max-file-size': { type: 'string' }, aggregations: { type: 'string' } } as const;

/** The smallest `--max-file-size`, in MiB: about 1 KB (1,048 bytes). @internal */
export const MIN_MAX_FILE_SIZE_MIB = 0.001;

/** Help for {@link FILE_OPTIONS}. @internal */
export const FILE_OPTIONS_HELP = `  --max-file-size MIB   refuse files larger than MIB mebibytes (default 16, at least ${MIN_MAX_FILE_SIZE_MIB})
  --aggregations MODULE load the aggregation functions documents name (aggregation:
                        asi-bands) from an ES module's named exports, e.g. ./rules.mjs`;

const MIB = 1024 * 1024;

/**
 * Reading options from the command line: `--max-file-size` in MiB, a plain
 * decimal number of at least {@link MIN_MAX_FILE_SIZE_MIB} (so the limit is
 * never a few bytes or zero). @internal
 */
export function readOptions(values: Readonly<Record<string, unknown>>): ReadModelFileOptions {
  const value = values['max-file-size'];
  if (value === undefined) return {};
  const mib = Number(value);
  const bytes = Math.floor(mib * MIB);
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value) || !(mib >= MIN_MAX_FILE_SIZE_MIB) || !Number.isSafeInteger(bytes)) {
    throw new UsageError(
      `--max-file-size must be a number of mebibytes (MiB), at least ${MIN_MAX_FILE_SIZE_MIB} (about 1 KB), such as 64; not "${String(value)}".`,
    );
  }
  return { maxFileSize: bytes };
}

/** The table width when stdout is not a terminal (a file, a pipe, a test). @internal */
export const DEFAULT_TABLE_WIDTH = 100;

/** The narrowest `--width`. @internal */
export const MIN_TABLE_WIDTH = 40;

/**
 * The width a table fits in: `--width N`, else the terminal's width when
 * standard output is one and nothing goes to `-o`, else
 * {@link DEFAULT_TABLE_WIDTH}. @internal
 */
export function tableWidth(values: Readonly<Record<string, unknown>>): number {
  const value = values.width;
  if (value !== undefined) {
    const width = Number(value);
    if (typeof value !== 'string' || !/^\d+$/.test(value) || width < MIN_TABLE_WIDTH || width > 10_000) {
      throw new UsageError(`--width must be a whole number of columns from ${MIN_TABLE_WIDTH} to 10000, such as 120; not "${String(value)}".`);
    }
    return width;
  }
  const columns = process.stdout.columns;
  return values.output === undefined && process.stdout.isTTY && typeof columns === 'number' && columns > 0 ? Math.max(columns, MIN_TABLE_WIDTH) : DEFAULT_TABLE_WIDTH;
}

/** The one FILE a command takes. @internal */
export function oneFile(positionals: readonly string[], command: string): string {
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(`${command} needs a FILE. Run \`toc help ${command}\`.`);
  if (extra.length > 0) throw new UsageError(`${command} takes one FILE, but got ${positionals.length}.`);
  return file;
}

/**
 * Writes `text` to `-o FILE` (creating its folder) or standard output. Text
 * written to a file has its control characters escaped as on the terminal
 * ({@link escapeControlCharacters}), so `cat FILE` is as safe; bytes (a PNG)
 * are written as they are. @internal
 */
export async function emit(text: string | Uint8Array, output: unknown, io: Io): Promise<void> {
  if (typeof output === 'string') {
    try {
      await mkdir(dirname(output), { recursive: true });
      await writeFile(output, typeof text === 'string' ? escapeControlCharacters(text) : text);
    } catch (error) {
      throw new UsageError(`could not write ${output} (${error instanceof Error && 'code' in error ? String(error.code) : 'error'}).`);
    }
    io.err(`wrote ${output}\n`);
  } else io.out(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
}
