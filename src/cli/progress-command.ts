import { FILE_OPTIONS, FILE_OPTIONS_HELP, type Command } from './support.js';

/** `toc progress`: the roll-up as a table or JSON, in one of four views. */
export const progressCommand: Command = {
  help: `toc progress FILE [--as-of DATE]
             [--indicators | --series [DATES] | --by duty-bearer|result-type|member]
             [--max-reading-age D] [--for D=C] [--json] [--width N] [-o OUT]
             [--max-file-size MIB]

Rolls progress up from the indicators to the goals as of DATE (default: today)
and prints a table of the goals and objectives in the order of the strategy:
progress (0% at the baseline, 100% at the target), the progress expected by
DATE, coverage (the share backed by data) and status. Shares are whole
percentages, halves rounded up, but never 100% short of the target nor 0%
past the baseline. Rows marked * rest on figures tagged illustrative.
FILE may be a coalition (a file listing members): its members' files are
read relative to it, and its nodes are named member:id.
Where readings are held to an age limit (maxReadingAge in the document, or
--max-reading-age), a coverage resting partly on older readings reads
"100% (63% recent)", and --indicators marks an old latest reading ◷ with
its age. Old readings still count.

Views (one at a time):
  --indicators        then every indicator: what it measures, its baseline,
                      latest reading and target (each value over its date),
                      its progress from baseline to target, and its status
  --series [DATES]    a trend: each goal's and objective's progress at each
                      year-end of the model's period up to DATE, or at DATES
                      given comma-separated: --series 2016-12-31,2018-12-31
  --by duty-bearer    each duty bearer, the worst status of what it is
                      accountable for, then each of those with its progress
  --by result-type    the goals and objectives by result type (impact,
                      outcomes, outputs: their resultType), with progress
  --by member         for a coalition file: each joint goal and objective
                      with each member's share of its progress, what each
                      member contributes to which, and the gaps

Options:
  --as-of DATE        compute progress as of DATE, YYYY-MM-DD (default: today)
  --max-reading-age D mark readings older than D at DATE as old: an ISO 8601
                      duration such as P18M or P2Y, replacing the document's
                      maxReadingAge; none removes it (an indicator's own
                      limit still applies)
  --for D=C           progress for one category of the indicators'
                      dimensions, e.g. --for sex=female (several:
                      sex=female,age=under-18); indicators not broken down
                      by it have no data; a footnote says why each
                      row without data has none
  --json              the data instead of a table: the whole report, or the
                      rows of the view chosen
  --width N           fit tables in N columns: titles wrap, numbers are never
                      cut (default: the terminal's width, else 100)
  -o, --output OUT    write to OUT instead of standard output (not FILE itself)
${FILE_OPTIONS_HELP}`,
  options: {
    'as-of': { type: 'string' },
    'max-reading-age': { type: 'string' },
    for: { type: 'string' },
    json: { type: 'boolean' },
    indicators: { type: 'boolean' },
    series: { type: 'boolean' },
    by: { type: 'string' },
    width: { type: 'string' },
    output: { type: 'string', short: 'o' },
    ...FILE_OPTIONS,
  },
  optionalValues: ['series'],
  run: async (args, io) => (await import('./run-progress.js')).runProgress(args, io),
};
