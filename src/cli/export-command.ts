import { FILE_OPTIONS, FILE_OPTIONS_HELP, type Command } from './support.js';

/** `toc export iati FILE`: the theory of change as IATI 2.03 activity XML. */
export const exportCommand: Command = {
  help: `toc export iati FILE [-o OUT.xml] [--identifier ID] [--org REF] [--org-type CODE]
                [--org-name NAME] [--lang CODE] [--status CODE]

Writes the theory of change as an IATI 2.03 activity file, to publish its
results to the IATI registry: goals and objectives become results (impact,
outcome or output), indicators keep their measure, baseline, targets and
actuals by period, and sources become document links. What IATI cannot hold
(the links between results, weights, assumptions, duty bearers, rights
holders) goes in the file's own toc: extension, which IATI tools ignore and
\`toc import iati\` reads back, so nothing is lost. The file is the same
whatever the order of the document's nodes, readings and links.

FILE may be a coalition (a file that lists members): then each member is
one activity (its identifier the one it was imported with, else --org, a
hyphen and its document's id) and, when the coalition has joint goals or
objectives, the coalition is one more (--identifier), with related-activity
parent and child links both ways. The coalition's links and joint nodes go
in the extension: \`toc import iati\` gives the coalition back.

Warnings go to standard error: a goal or objective that no indicator
measures (IATI cannot show it; it is kept in the extension only), and each
value written as a placeholder because no option gave it.

Options:
  -o, --output FILE     write the XML to FILE (default: standard output)
  --identifier ID       the activity's IATI identifier (default: --org, a
                        hyphen and the document's or coalition's id)
  --org REF             the reporting organisation's IATI identifier, e.g.
                        GB-CHC-1234567 (default: XX-PLACEHOLDER, with a warning)
  --org-type CODE       its IATI organisation type, e.g. 21 international NGO,
                        22 national NGO (default 21, with a warning)
  --org-name NAME       its name (default: the document's organisation)
  --lang CODE           the language of the texts, e.g. en, fr (default en)
  --status CODE         IATI activity status: 1 pipeline, 2 implementation
                        (default), 3 finalisation, 4 closed, 5 cancelled,
                        6 suspended
${FILE_OPTIONS_HELP}

OUT may not be FILE itself. Exit code: 0 when written (warnings or not);
1 when FILE has errors; 2 when FILE is unusable or an option is wrong.`,
  options: {
    output: { type: 'string', short: 'o' },
    identifier: { type: 'string' },
    org: { type: 'string' },
    'org-type': { type: 'string' },
    'org-name': { type: 'string' },
    lang: { type: 'string' },
    status: { type: 'string' },
    ...FILE_OPTIONS,
  },
  run: async (args, io) => (await import('./run-export.js')).runExport(args, io),
};
