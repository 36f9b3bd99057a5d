import { FILE_OPTIONS, FILE_OPTIONS_HELP, type Command } from './support.js';

/** `toc diff`: what changed between two versions of a document, and what it did to progress. */
export const diffCommand: Command = {
  help: `toc diff BEFORE AFTER [--json | --markdown] [--as-of DATE] [-o OUT]
         [--max-file-size MIB] [--aggregations MODULE]

Compares two versions of a theory-of-change document and prints what changed:
nodes added, removed, renamed (an id gone and an id new with the same kind,
title and links) and changed; links added, removed and re-weighted;
assumptions changing status; baselines and targets moved; readings added,
removed and corrected (the same indicator and date, another value). Then the
goals, objectives and indicators whose progress or status at DATE differs,
from what to what, with the numbers of the changes that feed each.
Exit code, as diff(1): 0 when the versions mean the same, 1 when they differ,
2 when a file is unusable or has errors.

Given two coalition files (files that list members), it compares each
member's own file (ids as that file writes them) and the coalition file
(members added and removed, joint nodes, links, shared indicators), lists
the coalition's warnings that appeared or went (a member's reading that now
conflicts with another member's in a shared indicator, and is not counted),
and the joint progress that moved, with the files its changes are in.

As a git diff driver: with \`*.toc.yaml diff=toc\` in .gitattributes and
  git config diff.toc.command 'toc diff'
\`git diff\` runs \`toc diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE\`
for those files (or set GIT_EXTERNAL_DIFF='toc diff' for one run). Given
those seven arguments, toc diff prints the text diff and exits 0, so that
git goes on to the next file; a version with errors is reported and skipped.
A coalition file is not compared as a driver (git gives its versions, not
its members' files as they were): compare two checkouts instead.

Options:
  --json              the diff as data (changes, progress, asOf, equal)
  --markdown          the diff as Markdown for a pull-request comment
  --as-of DATE        compare progress as of DATE, YYYY-MM-DD (default: the
                      latest reading date in either version, else today)
  -o, --output OUT    write to OUT instead of standard output (not an input)
${FILE_OPTIONS_HELP}`,
  options: {
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    ...FILE_OPTIONS,
  },
  run: async (args, io) => (await import('./run-diff.js')).runDiff(args, io),
};
