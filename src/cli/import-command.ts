import type { Command } from './support.js';

/** `toc import iati FILE -o DIR`: one theory-of-change YAML file per IATI activity with results. */
export const importCommand: Command = {
  help: `toc import iati FILE -o DIR [--force] [--lang LANG] [--json] [--max-file-size MIB]

Reads IATI 2.0x activity XML (a publisher's file from the IATI registry, or an
export of your own system) and writes one theory-of-change YAML file per
activity with results into DIR: the activity is the goal, each result an
objective (output, outcome or impact), each indicator an indicator with its
baseline, and a target and an observation per period; dimensions and
locations become breakdowns. An activity written by \`toc export iati\` is
restored as it was. docs/iati-mapping.md has the whole mapping.

Each file is named after the activity's iati-identifier, with characters
other than letters, digits, dot, dash and underscore replaced by "_"
(XM-DAC-41114-PROJECT-00012345.yaml). Two activities that would share a name
get -2, -3… after it. Existing files are not replaced: if any file to write
exists, nothing is written unless --force.

Activities linked as parent and child (related-activity, written on either
side) make a programme: one more file, programme-PARENT.yaml, a coalition of
their documents in which each child's top result contributes to its
parent's (an assumption; the link says only that the child is part of the
parent). Read it with toc validate or toc progress --by member. A file
written by toc export iati from a coalition gives that coalition back.
Sibling, co-funded and third-party links, and links to activities not in
FILE, are listed as not followed.

It prints each file written, then everything in FILE it could not carry
over (budgets, transactions, values such as "N/A" or "12,5", addresses that
are not web addresses), then the problems and assumptions, each with its
line and column in FILE. The file is read as a stream; a file that is not
IATI XML (not well-formed, a DOCTYPE, an unknown entity) writes nothing.

Options:
  -o, --output DIR      the folder to write the files into (created if missing)
  --force               replace files that exist
  --lang LANG           take titles in this language (e.g. fr) when the file
                        gives several; default: the activity's own language
  --json                print what was done as JSON instead of text
  --max-file-size MIB   refuse files larger than MIB mebibytes (default 256 for
                        IATI files, which are read as a stream)

Exit code: 0 when written (warnings are printed, not fatal); 1 when a
document written has errors (an activity restored from a damaged export);
2 when FILE is unusable, files exist without --force, or an option is wrong.`,
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
    'max-file-size': { type: 'string' },
  },
  run: async (args, io) => (await import('./run-import.js')).runImport(args, io),
};
