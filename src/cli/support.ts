import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { formatDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/model.js';
import { readModelFile, type ReadModelFileOptions } from '../node/read-model-file.js';

/** Where a command writes: standard output and standard error, replaceable in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A command of the CLI. */
export interface Command {
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(args: { readonly values: Readonly<Record<string, unknown>>; readonly positionals: readonly string[] }, io: Io): Promise<number>;
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
export const FILE_OPTIONS = { 'max-file-size': { type: 'string' } } as const;

/** Help for {@link FILE_OPTIONS}. @internal */
export const FILE_OPTIONS_HELP = '  --max-file-size MIB   refuse files larger than MIB mebibytes (default 16)';

/** Reading options from the command line: `--max-file-size` in MiB. @internal */
export function readOptions(values: Readonly<Record<string, unknown>>): ReadModelFileOptions {
  const value = values['max-file-size'];
  if (value === undefined) return {};
  const mib = Number(value);
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value) || !(mib > 0) || !Number.isFinite(mib)) {
    throw new UsageError(`--max-file-size must be a positive number of mebibytes, such as 64, not "${String(value)}".`);
  }
  return { maxFileSize: Math.floor(mib * 1024 * 1024) };
}

/** Reads and validates a file for a command; unusable input becomes a {@link UsageError}. @internal */
export async function loadForCommand(file: string, io: Io, values: Readonly<Record<string, unknown>> = {}): Promise<Model> {
  const result = await readModelFile(file, readOptions(values));
  if (!result.ok) {
    const unusable = 'unusable' in result;
    if (!unusable) io.err(`${formatDiagnostics(result.diagnostics.filter((d: Diagnostic) => d.severity === 'error'))}\n`);
    throw new UsageError(
      unusable ? (result.diagnostics[0]?.message ?? `${file} could not be read.`) : `${file} has errors; run \`toc validate ${file}\` for every diagnostic.`,
      unusable ? EXIT.unusable : EXIT.invalid,
    );
  }
  return result.model;
}

/** Writes `text` to `-o FILE` (creating its folder) or standard output. @internal */
export async function emit(text: string | Uint8Array, output: unknown, io: Io): Promise<void> {
  if (typeof output === 'string') {
    try {
      await mkdir(dirname(output), { recursive: true });
      await writeFile(output, text);
    } catch (error) {
      throw new UsageError(`could not write ${output} (${error instanceof Error && 'code' in error ? String(error.code) : 'error'}).`);
    }
    io.err(`wrote ${output}\n`);
  } else io.out(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
}
