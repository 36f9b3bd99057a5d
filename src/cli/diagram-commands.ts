import { CHROMIUM_HINT } from '../node/render-mermaid.js';
import { FILE_OPTIONS, FILE_OPTIONS_HELP, type Command } from './support.js';

/** The options that shape a diagram and the roll-up it shows, shared by `toc mermaid`, `toc render` and `toc report`. @internal */
export const DIAGRAM_OPTIONS = {
  'as-of': { type: 'string' },
  'max-reading-age': { type: 'string' },
  for: { type: 'string' },
  direction: { type: 'string' },
  group: { type: 'string' },
  focus: { type: 'string' },
  depth: { type: 'string' },
  'focus-direction': { type: 'string' },
  indicators: { type: 'boolean' },
  'no-duty-bearers': { type: 'boolean' },
  assumptions: { type: 'boolean' },
  wrap: { type: 'string' },
} as const;

const diagramOptions = {
  ...DIAGRAM_OPTIONS,
  'no-progress': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  ...FILE_OPTIONS,
} as const;

const DIAGRAM_HELP = `  --as-of DATE          overlay progress as of DATE (default: today)
  --no-progress         draw the structure only
  --max-reading-age D   mark readings older than D (ISO 8601, e.g. P18M) as old;
                        overrides the document's maxReadingAge; none removes it
  --for D=C             overlay progress for one category, e.g. sex=female
  --direction DIR       BT (default, bottom-up), TB, LR or RL
  --group HOW           none (default), level, key-objective, or member: one
                        subgraph per member of a coalition file, the joint
                        goals and objectives between them (a coalition's default)
  --focus ID            only this node and what lies below it
  --focus-direction D   below (default), above or both
  --depth N             at most N links from the focus (or from the top)
  --indicators          also draw the indicators
  --no-duty-bearers     hide duty bearers
  --assumptions         show assumptions, on the links they qualify
  --wrap N              wrap titles at N characters (0: never)
  -o, --output FILE     write to FILE (never the input file itself)
${FILE_OPTIONS_HELP}`;

/** `toc mermaid`: the diagram as Mermaid source, or a Markdown report. */
export const mermaidCommand: Command = {
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

/** `toc render`: the diagram drawn to SVG or PNG in headless Chromium. */
export const renderCommand: Command = {
  help: `toc render FILE -o OUT.svg|OUT.png [options]

Renders the diagram to SVG or PNG in headless Chromium, with Mermaid's own
renderer. Needs Chromium (${CHROMIUM_HINT}) and the packages playwright-core
and mermaid.

Options:
${DIAGRAM_HELP}`,
  options: diagramOptions,
  run: async (args, io) => (await import('./run-render.js')).runRender(args, io),
};
