import { diff } from '../diff/diff.js';
import { diffCoalition, type CoalitionVersion } from '../diff/diff-coalition.js';
import { formatCoalitionDiffMarkdown, formatCoalitionDiffText } from '../diff/format-coalition-diff.js';
import { formatDiffMarkdown, formatDiffText, type DiffFormatOptions } from '../diff/format-diff.js';
import type { DiffOptions } from '../diff/types.js';
import type { Model } from '../model/model.js';
import { isCoalition } from '../node/read-coalition-file.js';
import { readTextFile } from '../node/read-model-file.js';
import { parseText } from '../parse/parse-text.js';
import { aggregationsOption, functionsOption } from './aggregations-option.js';
import { loadWithCoalition } from './load-for-command.js';
import { EXIT, UsageError, emit, readOptions, type CommandArgs, type Io } from './support.js';

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
  const { text, equal } = await compare(before, after, { before: beforeFile, after: afterFile }, values);
  await emit(text, values.output, io);
  return equal ? EXIT.ok : 1;
}

/** A version as loaded: a document's model, or a coalition's. */
type Version = { readonly model: Model; readonly coalition?: undefined } | (CoalitionVersion & { readonly coalition: NonNullable<CoalitionVersion['coalition']> });

/** The diff of two versions as the options ask: two documents, or two coalitions (then each member's file too). */
async function compare(before: Version, after: Version, names: DiffFormatOptions, values: Readonly<Record<string, unknown>>): Promise<{ readonly text: string; readonly equal: boolean }> {
  const json = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
  if (before.coalition !== undefined && after.coalition !== undefined) {
    const result = diffCoalition(before, after, await options(values));
    // The composed diff is in the data for programs; members' own models are not data to print.
    const text = values.json === true ? json(result) : values.markdown === true ? formatCoalitionDiffMarkdown(result, names) : formatCoalitionDiffText(result, names);
    return { text, equal: result.equal };
  }
  if ((before.coalition === undefined) !== (after.coalition === undefined)) {
    throw new UsageError(`${before.coalition === undefined ? names.after : names.before} is a coalition (it lists members) and the other is one theory of change: compare two coalitions, or two documents.`, EXIT.unusable);
  }
  const result = diff(before.model, after.model, await options(values));
  const text = values.json === true ? json(result) : values.markdown === true ? formatDiffMarkdown(result, names) : formatDiffText(result, names);
  return { text, equal: result.equal };
}

/** A version read for the diff: a file with errors is trouble (2), not a difference (1). */
async function load(file: string, io: Io, values: Readonly<Record<string, unknown>>): Promise<Version> {
  try {
    return await loadWithCoalition(file, io, values);
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
  if ((await coalitionFile(oldFile, values)) || (await coalitionFile(newFile, values))) {
    await emit(`${names.before} → ${names.after}: not compared: a coalition file's members are read relative to it, and git hands the driver this file's two versions alone, not its members' files as they were in each. Compare two checkouts instead, e.g. \`git worktree add ../before HEAD~1\` then \`toc diff ../before/${path} ${path}\`; a member's own file shows in its own diff here.\n`, values.output, io);
    return EXIT.ok;
  }
  let before: Version;
  let after: Version;
  try {
    before = await load(oldFile, io, values);
    after = await load(newFile, io, values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await emit(`${path}: not compared: ${error.message}\n`, values.output, io);
    return EXIT.ok;
  }
  const { text } = await compare(before, after, names, values);
  await emit(text, values.output, io);
  return EXIT.ok;
}

/** Whether a version git hands over is a coalition file (it lists members); a file that cannot be read or parsed is left to the loader to report. */
async function coalitionFile(file: string, values: Readonly<Record<string, unknown>>): Promise<boolean> {
  if (file === NO_FILE) return false;
  const read = await readTextFile(file, readOptions(values));
  if (!('text' in read)) return false;
  const parsed = parseText(read.text);
  return parsed.ok && isCoalition(parsed.data);
}
