import { FILE_OPTIONS, FILE_OPTIONS_HELP, type Command } from './support.js';

/** `toc progress`: the roll-up as a table or JSON. */
export const progressCommand: Command = {
  help: `toc progress FILE [--as-of DATE] [--json] [--indicators] [-o OUT] [--max-file-size MIB]

Rolls progress up from the indicators to the goals as of DATE (default: today)
and prints a table: progress, expected progress, coverage (the share backed by
data) and status per goal and objective. --json prints the whole report.
Rows marked * rest on figures tagged illustrative. OUT may not be FILE itself.

Options:
${FILE_OPTIONS_HELP}`,
  options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, indicators: { type: 'boolean' }, output: { type: 'string', short: 'o' }, ...FILE_OPTIONS },
  run: async (args, io) => (await import('./run-progress.js')).runProgress(args, io),
};
