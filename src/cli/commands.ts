import { access, constants } from 'node:fs/promises';
import { formatDiagnostics } from '../diagnostics/diagnostic.js';
import { toJsonSchema } from '../document/json-schema.js';
import { readModelFile } from '../node/read-model-file.js';
import { toMarkdownReport } from '../mermaid/to-markdown.js';
import { toMermaid } from '../mermaid/to-mermaid.js';
import type { FlowDirection, FocusDirection, Grouping, MermaidOptions } from '../mermaid/options.js';
import { CHROMIUM_HINT, renderMermaid } from '../node/render-mermaid.js';
import { formatProgressTable } from '../progress/format-progress-table.js';
import { rollUp } from '../progress/roll-up.js';
import { STARTER } from './starter.js';
import { EXIT, FILE_OPTIONS, FILE_OPTIONS_HELP, UsageError, emit, loadForCommand, readOptions, type Command, type Io } from './support.js';

const oneFile = (positionals: readonly string[], command: string): string => {
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(`${command} needs a FILE. Run \`toc help ${command}\`.`);
  if (extra.length > 0) throw new UsageError(`${command} takes one FILE, but got ${positionals.length}.`);
  return file;
};

const validateCommand: Command = {
  help: `toc validate FILE… [--json] [--strict] [--max-file-size MIB]

Checks theory-of-change documents (YAML or JSON) and prints every problem.
Exit code: 0 when all are valid, 1 when any has errors (or warnings, with --strict),
2 when a file is unusable (unreadable, too large, not UTF-8, or not YAML/JSON).

Options:
${FILE_OPTIONS_HELP}`,
  options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, ...FILE_OPTIONS },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('validate needs at least one FILE. Run `toc help validate`.');
    const reading = readOptions(values);
    let exit: number = EXIT.ok;
    const reports: unknown[] = [];
    for (const file of positionals) {
      const result = await readModelFile(file, reading);
      const unusable = !result.ok && 'unusable' in result;
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = result.diagnostics.length - errors;
      const fails = unusable ? EXIT.unusable : errors > 0 || (values.strict === true && warnings > 0) ? EXIT.invalid : EXIT.ok;
      exit = Math.max(exit, fails);
      if (values.json === true) {
        reports.push({ file, valid: fails === EXIT.ok, unusable, diagnostics: result.diagnostics });
        continue;
      }
      const summary = unusable
        ? 'unusable'
        : `${errors === 0 ? 'valid' : `${errors} error${errors === 1 ? '' : 's'}`}${warnings === 0 ? '' : `, ${warnings} warning${warnings === 1 ? '' : 's'}`}`;
      io.out(`${file}: ${summary}\n`);
      if (result.diagnostics.length > 0) io.out(`${indent(formatDiagnostics(result.diagnostics))}\n`);
    }
    if (values.json === true) io.out(`${JSON.stringify(reports, null, 2)}\n`);
    return exit;
  },
};

const progressCommand: Command = {
  help: `toc progress FILE [--as-of DATE] [--json] [--indicators] [-o OUT] [--max-file-size MIB]

Rolls progress up from the indicators to the goals as of DATE (default: today)
and prints a table: progress, expected progress, coverage (the share backed by
data) and status per goal and objective. --json prints the whole report.
Rows marked * rest on figures tagged illustrative.

Options:
${FILE_OPTIONS_HELP}`,
  options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, indicators: { type: 'boolean' }, output: { type: 'string', short: 'o' }, ...FILE_OPTIONS },
  async run({ values, positionals }, io) {
    const model = await loadForCommand(oneFile(positionals, 'progress'), io, values);
    const report = rollUp(model, typeof values['as-of'] === 'string' ? { asOf: values['as-of'] } : {});
    if (values.json === true) {
      await emit(`${JSON.stringify(report, null, 2)}\n`, values.output, io);
      return EXIT.ok;
    }
    await emit(`${formatProgressTable(model, report, { indicators: values.indicators === true })}\n`, values.output, io);
    return EXIT.ok;
  },
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
  -o, --output FILE     write to FILE
${FILE_OPTIONS_HELP}`;

function diagramSettings(values: Readonly<Record<string, unknown>>, model: Parameters<typeof rollUp>[0]): MermaidOptions {
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
    }
    return value as T;
  };
  const count = (name: string): number | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    const n = Number(value);
    if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a whole number, not "${String(value)}".`);
    return n;
  };
  const focus = values.focus;
  if (typeof focus === 'string') {
    const kind = model.node(focus)?.kind;
    if (kind === undefined) throw new UsageError(`--focus: no node has the id "${focus}".`);
    if (kind !== 'goal' && kind !== 'objective') throw new UsageError(`--focus needs a goal or objective, but "${focus}" is ${kind === 'indicator' || kind === 'assumption' ? 'an' : 'a'} ${kind.replace('-', ' ')}.`);
  }
  const direction = pick<FlowDirection>('direction', ['BT', 'TB', 'LR', 'RL']);
  const group = pick<Grouping>('group', ['none', 'level', 'key-objective']);
  const focusDirection = pick<FocusDirection>('focus-direction', ['below', 'above', 'both']);
  const depth = count('depth');
  const wrap = count('wrap');
  const report = values['no-progress'] === true ? undefined : rollUp(model, typeof values['as-of'] === 'string' ? { asOf: values['as-of'] } : {});
  return {
    ...(report === undefined ? {} : { report }),
    ...(direction === undefined ? {} : { direction }),
    ...(group === undefined ? {} : { group }),
    ...(typeof focus === 'string' ? { focus } : {}),
    ...(focusDirection === undefined ? {} : { focusDirection }),
    ...(depth === undefined ? {} : { depth }),
    ...(wrap === undefined ? {} : { wrap: wrap === 0 ? false : wrap }),
    ...(values.indicators === true ? { indicators: true } : {}),
    ...(values['no-duty-bearers'] === true ? { dutyBearers: false } : {}),
    ...(values.assumptions === true ? { assumptions: true } : {}),
  };
}

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
  async run({ values, positionals }, io) {
    const model = await loadForCommand(oneFile(positionals, 'mermaid'), io, values);
    const settings = diagramSettings(values, model);
    const { report, ...rest } = settings;
    const text = values.markdown === true ? toMarkdownReport(model, report, rest) : toMermaid(model, settings);
    await emit(text.endsWith('\n') ? text : `${text}\n`, values.output, io);
    return EXIT.ok;
  },
};

const renderCommand: Command = {
  help: `toc render FILE -o OUT.svg|OUT.png [options]

Renders the diagram to SVG or PNG in headless Chromium, with Mermaid's own
renderer. Needs Chromium (${CHROMIUM_HINT}) and the packages playwright-core
and mermaid.

Options:
${DIAGRAM_HELP}`,
  options: diagramOptions,
  async run({ values, positionals }, io) {
    const output = values.output;
    if (typeof output !== 'string' || !/\.(svg|png)$/i.test(output)) throw new UsageError('render needs -o OUT.svg or -o OUT.png.');
    const model = await loadForCommand(oneFile(positionals, 'render'), io, values);
    const png = /\.png$/i.test(output);
    const result = await renderMermaid(toMermaid(model, diagramSettings(values, model)), { png });
    if (!result.ok) throw new UsageError(result.message, result.reason === 'render-failed' ? EXIT.invalid : EXIT.unusable);
    await emit(png ? (result.png as Uint8Array) : result.svg, output, io);
    return EXIT.ok;
  },
};

const schemaCommand: Command = {
  help: `toc schema [-o OUT]

Prints the JSON Schema of the document format, for editors.`,
  options: { output: { type: 'string', short: 'o' } },
  async run({ values }, io) {
    await emit(`${JSON.stringify(toJsonSchema(), null, 2)}\n`, values.output, io);
    return EXIT.ok;
  },
};

const initCommand: Command = {
  help: `toc init [-o OUT] [--force]

Prints a small, valid starter document to edit (or writes it to OUT; an
existing file is kept unless --force).`,
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  async run({ values }, io) {
    if (typeof values.output === 'string' && values.force !== true && (await exists(values.output))) {
      throw new UsageError(`${values.output} already exists; use --force to replace it.`);
    }
    await emit(STARTER, values.output, io);
    return EXIT.ok;
  },
};

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** Every command by name. */
export const commands: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  progress: progressCommand,
  mermaid: mermaidCommand,
  render: renderCommand,
  schema: schemaCommand,
  init: initCommand,
};

export type { Io };
