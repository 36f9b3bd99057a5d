import { toMermaid } from '../mermaid/to-mermaid.js';
import { renderMermaid } from '../node/render-mermaid.js';
import { aggregationsOption } from './aggregations-option.js';
import { diagramSettings } from './diagram-settings.js';
import { loadWithCoalition } from './load-for-command.js';
import { EXIT, UsageError, emit, oneFile, type CommandArgs, type Io } from './support.js';

/** `toc render FILE -o OUT.svg|OUT.png`: the diagram drawn in headless Chromium. @internal */
export async function runRender({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const output = values.output;
  if (typeof output !== 'string' || !/\.(svg|png)$/i.test(output)) throw new UsageError('render needs -o OUT.svg or -o OUT.png.');
  const file = oneFile(positionals, 'render');
  const { model, coalition } = await loadWithCoalition(file, io, values);
  const png = /\.png$/i.test(output);
  const { report, options } = diagramSettings(values, model, await aggregationsOption(values), { file, coalition });
  const result = await renderMermaid(toMermaid(model, report, options), { png });
  if (!result.ok) throw new UsageError(result.message, result.reason === 'render-failed' ? EXIT.invalid : EXIT.unusable);
  await emit(png ? (result.png as Uint8Array) : result.svg, output, io);
  return EXIT.ok;
}
