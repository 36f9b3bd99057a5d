import { rollUp } from '../progress/roll-up.js';
import { formatProgressTable } from '../report/format-progress-table.js';
import { loadForCommand } from './load-for-command.js';
import { EXIT, emit, oneFile, type CommandArgs, type Io } from './support.js';

/** `toc progress FILE`: the roll-up as a table, or the whole report as JSON. @internal */
export async function runProgress({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const model = await loadForCommand(oneFile(positionals, 'progress'), io, values);
  const report = rollUp(model, typeof values['as-of'] === 'string' ? { asOf: values['as-of'] } : {});
  if (values.json === true) {
    await emit(`${JSON.stringify(report, null, 2)}\n`, values.output, io);
    return EXIT.ok;
  }
  await emit(`${formatProgressTable(model, report, { indicators: values.indicators === true })}\n`, values.output, io);
  return EXIT.ok;
}
