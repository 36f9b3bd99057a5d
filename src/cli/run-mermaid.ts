import { toMermaid } from '../mermaid/to-mermaid.js';
import { toMarkdownReport } from '../report/to-markdown-report.js';
import { aggregationsOption } from './aggregations-option.js';
import { diagramSettings } from './diagram-settings.js';
import { loadWithCoalition } from './load-for-command.js';
import { EXIT, emit, oneFile, type CommandArgs, type Io } from './support.js';

/** `toc mermaid FILE`: the Mermaid flowchart, or with `--markdown` a Markdown report. @internal */
export async function runMermaid({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const file = oneFile(positionals, 'mermaid');
  const { model, coalition } = await loadWithCoalition(file, io, values);
  const { report, options } = diagramSettings(values, model, await aggregationsOption(values), { file, coalition });
  const text = values.markdown === true ? toMarkdownReport(model, report, options) : toMermaid(model, report, options);
  await emit(text.endsWith('\n') ? text : `${text}\n`, values.output, io);
  return EXIT.ok;
}
