import { toMarkdownReport } from '../mermaid/to-markdown.js';
import { toMermaid } from '../mermaid/to-mermaid.js';
import { diagramSettings } from './diagram-settings.js';
import { loadForCommand } from './load-for-command.js';
import { EXIT, emit, oneFile, type CommandArgs, type Io } from './support.js';

/** `toc mermaid FILE`: the Mermaid flowchart, or with `--markdown` a Markdown report. @internal */
export async function runMermaid({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const model = await loadForCommand(oneFile(positionals, 'mermaid'), io, values);
  const settings = diagramSettings(values, model);
  const { report, ...rest } = settings;
  const text = values.markdown === true ? toMarkdownReport(model, report, rest) : toMermaid(model, settings);
  await emit(text.endsWith('\n') ? text : `${text}\n`, values.output, io);
  return EXIT.ok;
}
