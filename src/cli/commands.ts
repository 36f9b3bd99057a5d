import { mermaidCommand, renderCommand } from './diagram-commands.js';
import { diffCommand } from './diff-command.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { progressCommand } from './progress-command.js';
import { readingsCommand } from './readings-command.js';
import { reportCommand } from './report-command.js';
import { FILE_OPTIONS, FILE_OPTIONS_HELP, type Command } from './support.js';

// Each command's help and options are here (or in its own *-command file); its code is imported only when it runs,
// so `toc --version`, `toc help` and a usage mistake load none of the library.

const validateCommand: Command = {
  help: `toc validate FILE… [--json] [--strict] [--max-file-size MIB] [--aggregations MODULE]

Checks theory-of-change documents (YAML or JSON) and prints every problem.
Exit code: 0 when all are valid, 1 when any has errors (or warnings, with --strict),
2 when a file is unusable (unreadable, too large, not UTF-8, or not YAML/JSON).
A coalition file (one listing members) is checked with its members' files,
read relative to it; each problem names the file, line and column it is at.

Options:
${FILE_OPTIONS_HELP}`,
  options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, ...FILE_OPTIONS },
  run: async (args, io) => (await import('./run-validate.js')).runValidate(args, io),
};

const schemaCommand: Command = {
  help: `toc schema [--coalition] [-o OUT]

Prints the JSON Schema of the document format, for editors.

Options:
  --coalition         the schema of a coalition file instead: members, joint
                      nodes, links (member:id) and shared indicators; point
                      an editor to it, e.g. toc schema --coalition -o
                      coalition.schema.json and, at the top of the file,
                      # yaml-language-server: $schema=./coalition.schema.json
  -o, --output OUT    write to OUT instead of standard output`,
  options: { coalition: { type: 'boolean' }, output: { type: 'string', short: 'o' } },
  run: async (args, io) => (await import('./run-schema.js')).runSchema(args, io),
};

const initCommand: Command = {
  help: `toc init [-o OUT] [--force]

Prints a small, valid starter document to edit (or writes it to OUT; an
existing file is kept unless --force).`,
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  run: async (args, io) => (await import('./run-init.js')).runInit(args, io),
};

/** Every command by name. */
export const commands: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  progress: progressCommand,
  mermaid: mermaidCommand,
  render: renderCommand,
  report: reportCommand,
  schema: schemaCommand,
  init: initCommand,
  export: exportCommand,
  import: importCommand,
  readings: readingsCommand,
  diff: diffCommand,
};

/** The command called `name`, if there is one (`__proto__` and `toString` are not). */
export function commandNamed(name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}
