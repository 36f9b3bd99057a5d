import { toMermaid } from '../mermaid/to-mermaid.js';
import { toMarkdownReport } from '../report/to-markdown-report.js';
import { aggregationsOption } from './aggregations-option.js';
import { diagramSettings } from './diagram-settings.js';
import { jointProgress } from '../coalition/joint-progress.js';
import { loadWithCoalition } from './load-for-command.js';
import { EXIT, emit, oneFile, type CommandArgs, type Io } from './support.js';

/** `toc mermaid FILE`: the Mermaid flowchart, or with `--markdown` a Markdown report. @internal */
export async function runMermaid({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const file = oneFile(positionals, 'mermaid');
  const { model, coalition } = await loadWithCoalition(file, io, values);
  const { report, options } = diagramSettings(values, model, await aggregationsOption(values), { file, coalition });
  // With --markdown, a coalition's report gets its sections on the joint progress and each member's share.
  const joint = coalition === undefined || report === undefined ? {} : { jointProgress: jointProgress(model, coalition, report) };
  const text = values.markdown === true ? toMarkdownReport(model, report, { ...options, ...joint }) : toMermaid(model, report, options);
  await emit(text.endsWith('\n') ? text : `${text}\n`, values.output, io);
  return EXIT.ok;
}
