import { renderHtmlReport } from '../node/render-html-report.js';
import { aggregationsOption, functionsOption } from './aggregations-option.js';
import { diagramSettings } from './diagram-settings.js';
import { rollUp } from '../progress/roll-up.js';
import { jointProgress } from '../coalition/joint-progress.js';
import { loadWithCoalition } from './load-for-command.js';
import { maxReadingAgeOption } from './max-reading-age-option.js';
import { forOption } from './for-option.js';
import { refuseOutputOverInput } from './refuse-output-over-input.js';
import { EXIT, UsageError, emit, oneFile, type CommandArgs, type Io } from './support.js';

const HTML = /\.html?$/i;
const PDF = /\.pdf$/i;

/**
 * `toc report FILE -o OUT.html [--pdf OUT.pdf]` (or `-o OUT.pdf`): the HTML
 * report, the diagram drawn in headless Chromium when there is one, and the
 * A4 PDF when asked for. Both outputs are checked before anything is read.
 * @internal
 */
export async function runReport({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const file = oneFile(positionals, 'report');
  const output = values.output;
  const pdfOption = values.pdf;
  if (typeof output !== 'string' && typeof pdfOption !== 'string') throw new UsageError('report needs -o OUT.html (or -o OUT.pdf, or --pdf OUT.pdf). Run `toc help report`.');
  if (typeof output === 'string' && !HTML.test(output) && !PDF.test(output)) throw new UsageError(`-o ${output}: the report is written as .html (or .pdf); end the file name with .html.`);
  if (typeof pdfOption === 'string' && !PDF.test(pdfOption)) throw new UsageError(`--pdf ${pdfOption}: end the file name with .pdf.`);
  const htmlFile = typeof output === 'string' && HTML.test(output) ? output : undefined;
  const pdfFiles = [pdfOption, output].filter((f): f is string => typeof f === 'string' && PDF.test(f));
  if (pdfFiles.length === 2) throw new UsageError('Give the PDF once: -o OUT.html --pdf OUT.pdf, or -o OUT.pdf alone.');
  const pdfFile = pdfFiles[0];
  const maxReadingAge = maxReadingAgeOption(values);
  await refuseOutputOverInput(pdfFile, [file]);
  const { model, coalition } = await loadWithCoalition(file, io, { ...values, output: htmlFile ?? pdfFile });
  // The diagram options only: the roll-up is made here, with the age limit asked for.
  const { options } = diagramSettings({ ...values, 'no-progress': true }, model, undefined, { file, coalition });
  const asOf = values['as-of'];
  const category = forOption(values, model);
  const report = rollUp(model, {
    ...(typeof asOf === 'string' ? { asOf } : {}),
    ...(maxReadingAge === undefined ? {} : { maxReadingAge }),
    ...(category === undefined ? {} : { for: category }),
    ...functionsOption(await aggregationsOption(values)),
  });
  // A coalition's report opens with the joint progress and each member's share.
  const joint = coalition === undefined ? {} : { jointProgress: jointProgress(model, coalition, report) };
  const result = await renderHtmlReport(model, report, { diagram: options, pdf: pdfFile !== undefined, ...joint });
  if (!result.diagramDrawn) io.err(`The diagram is left as Mermaid source in the report: ${result.diagramMessage ?? 'it could not be drawn.'}\n`);
  if (htmlFile !== undefined) await emit(result.html, htmlFile, io);
  if (pdfFile !== undefined) {
    if (result.pdf === undefined) {
      const why = result.pdfMessage ?? 'No PDF: it could not be printed.';
      throw new UsageError(htmlFile === undefined ? why : `${why} The HTML report is written; open it in a browser and print it to PDF.`);
    }
    await emit(result.pdf, pdfFile, io);
  }
  return EXIT.ok;
}
