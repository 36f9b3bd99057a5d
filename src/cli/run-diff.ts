import { diff } from '../diff/diff.js';
import { formatDiffMarkdown, formatDiffText } from '../diff/format-diff.js';
import type { DiffOptions } from '../diff/types.js';
import type { Model } from '../model/model.js';
import { aggregationsOption, functionsOption } from './aggregations-option.js';
import { loadForCommand } from './load-for-command.js';
import { EXIT, UsageError, emit, type CommandArgs, type Io } from './support.js';

/** The arguments git gives an external diff driver: path old-file old-hex old-mode new-file new-hex new-mode. */
const GIT_ARGUMENTS = 7;

/** What git passes for the missing side of an added or deleted file. */
const NO_FILE = '/dev/null';

/** `toc diff BEFORE AFTER`, or as git's external diff driver with its seven arguments. @internal */
export async function runDiff({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  if (values.json === true && values.markdown === true) throw new UsageError('--json and --markdown: choose one.');
  if (positionals.length === GIT_ARGUMENTS) return runGitDriver(positionals, values, io);
  if (positionals.length !== 2) throw new UsageError(`diff takes two FILEs, BEFORE and AFTER (or git's seven arguments), but got ${positionals.length}. Run \`toc help diff\`.`);
  const [beforeFile, afterFile] = positionals as [string, string];
  const before = await load(beforeFile, io, values);
  const after = await load(afterFile, io, values);
  const result = diff(before, after, await options(values));
  const names = { before: beforeFile, after: afterFile };
  const text = values.json === true ? `${JSON.stringify(result, null, 2)}\n` : values.markdown === true ? formatDiffMarkdown(result, names) : formatDiffText(result, names);
  await emit(text, values.output, io);
  return result.equal ? EXIT.ok : 1;
}

/** A version read for the diff: a file with errors is trouble (2), not a difference (1). */
async function load(file: string, io: Io, values: Readonly<Record<string, unknown>>): Promise<Model> {
  try {
    return await loadForCommand(file, io, values);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(error.message, EXIT.unusable);
    throw error;
  }
}

async function options(values: Readonly<Record<string, unknown>>): Promise<DiffOptions> {
  const asOf = typeof values['as-of'] === 'string' ? values['as-of'] : undefined;
  const functions = functionsOption(await aggregationsOption(values));
  return { ...(asOf === undefined ? {} : { asOf }), ...(Object.keys(functions).length === 0 ? {} : { progress: functions }) };
}

/**
 * As git's external diff driver: the diff of one file between two versions, named `a/PATH` and
 * `b/PATH`; exit 0 whatever it found, as git stops at a driver's other exit codes.
 */
async function runGitDriver(args: readonly string[], values: Readonly<Record<string, unknown>>, io: Io): Promise<number> {
  const [path, oldFile, , , newFile] = args as [string, string, string, string, string];
  const names = { before: `a/${path}`, after: `b/${path}` };
  if (oldFile === NO_FILE || newFile === NO_FILE) {
    await emit(`${oldFile === NO_FILE ? `${names.after}: new file.` : `${names.before}: deleted.`}\n`, values.output, io);
    return EXIT.ok;
  }
  let before: Model;
  let after: Model;
  try {
    before = await load(oldFile, io, values);
    after = await load(newFile, io, values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await emit(`${path}: not compared: ${error.message}\n`, values.output, io);
    return EXIT.ok;
  }
  const result = diff(before, after, await options(values));
  const text = values.json === true ? `${JSON.stringify(result, null, 2)}\n` : values.markdown === true ? formatDiffMarkdown(result, names) : formatDiffText(result, names);
  await emit(text, values.output, io);
  return EXIT.ok;
}
