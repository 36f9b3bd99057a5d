import { CHROMIUM_HINT } from '../node/render-mermaid.js';
import { FILE_OPTIONS, FILE_OPTIONS_HELP, type Command } from './support.js';

// Each command's help and options are here; its code is imported only when it runs,
// so `toc --version`, `toc help` and a usage mistake load none of the library.

const validateCommand: Command = {
  help: `toc validate FILE… [--json] [--strict] [--max-file-size MIB]

Checks theory-of-change documents (YAML or JSON) and prints every problem.
Exit code: 0 when all are valid, 1 when any has errors (or warnings, with --strict),
2 when a file is unusable (unreadable, too large, not UTF-8, or not YAML/JSON).

Options:
${FILE_OPTIONS_HELP}`,
  options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, ...FILE_OPTIONS },
  run: async (args, io) => (await import('./run-validate.js')).runValidate(args, io),
};

const progressCommand: Command = {
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

const diagramOptions = {
  'as-of': { type: 'string' },
  'no-progress': { type: 'boolean' },
  direction: { type: 'string' },
  group: { type: 'string' },
  focus: { type: 'string' },
  depth: { type: 'string' },
  'focus-direction': { type: 'string' },
  indicators: { type: 'boolean' },
  'no-duty-bearers': { type: 'boolean' },
  assumptions: { type: 'boolean' },
  wrap: { type: 'string' },
  output: { type: 'string', short: 'o' },
  ...FILE_OPTIONS,
} as const;

const DIAGRAM_HELP = `  --as-of DATE          overlay progress as of DATE (default: today)
  --no-progress         draw the structure only
  --direction DIR       BT (default, bottom-up), TB, LR or RL
  --group HOW           none (default), level or key-objective
  --focus ID            only this node and what lies below it
  --focus-direction D   below (default), above or both
  --depth N             at most N links from the focus (or from the top)
  --indicators          also draw the indicators
  --no-duty-bearers     hide duty bearers
  --assumptions         show assumptions
  --wrap N              wrap titles at N characters (0: never)
  -o, --output FILE     write to FILE (never the input file itself)
${FILE_OPTIONS_HELP}`;

const mermaidCommand: Command = {
  help: `toc mermaid FILE [options]

Prints the theory of change as a Mermaid flowchart (paste it into GitHub,
GitLab, Notion or a docs site), with progress and status colours as of
--as-of. --markdown prints a report instead: the diagram in a mermaid fence
plus the progress table.

Options:
  --markdown            a Markdown report: diagram and progress table
${DIAGRAM_HELP}`,
  options: { ...diagramOptions, markdown: { type: 'boolean' } },
  run: async (args, io) => (await import('./run-mermaid.js')).runMermaid(args, io),
};

const renderCommand: Command = {
  help: `toc render FILE -o OUT.svg|OUT.png [options]

Renders the diagram to SVG or PNG in headless Chromium, with Mermaid's own
renderer. Needs Chromium (${CHROMIUM_HINT}) and the packages playwright-core
and mermaid.

Options:
${DIAGRAM_HELP}`,
  options: diagramOptions,
  run: async (args, io) => (await import('./run-render.js')).runRender(args, io),
};

const schemaCommand: Command = {
  help: `toc schema [-o OUT]

Prints the JSON Schema of the document format, for editors.`,
  options: { output: { type: 'string', short: 'o' } },
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
  schema: schemaCommand,
  init: initCommand,
};

/** The command called `name`, if there is one (`__proto__` and `toString` are not). */
export function commandNamed(name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}
