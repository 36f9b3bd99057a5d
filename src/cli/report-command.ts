import { DIAGRAM_OPTIONS } from './diagram-commands.js';
import { FILE_OPTIONS, FILE_OPTIONS_HELP, type Command } from './support.js';

/** `toc report`: a self-contained HTML page (and an A4 PDF) for a board pack. */
export const reportCommand: Command = {
  help: `toc report FILE -o OUT.html [--pdf OUT.pdf] [options]
toc report FILE -o OUT.pdf [options]

Writes a progress report as one HTML file that needs nothing else: open it
from a USB stick or send it as an e-mail attachment; it fetches nothing and
runs no script. It holds the diagram, the progress of each goal and
objective (with expected progress, coverage, status and sources), a trend
chart for each over the strategy's period, the duty bearers and what they
are accountable for, every indicator (baseline, latest reading, target,
source), the failing assumptions and the list of sources. Figures that are
not from a published source are marked illustrative, and readings older
than their age limit (maxReadingAge) are marked old; they still count.
Printed, it lays out on A4 pages. For a coalition file (one that lists
members) it opens with the coalition: each joint goal and objective with
each member's share (a bar, and in words), the gaps no member works on, and
what each member contributes.

The diagram is drawn in headless Chromium. Without it the report is still
written, with the diagram as Mermaid source and a note on how to get the
picture: install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or
set CHROMIUM_PATH to a Chromium or Chrome binary. --pdf (or -o ending in
.pdf) prints the report to an A4 PDF in the same browser.

Options:
  -o, --output FILE     the report: FILE.html, or FILE.pdf for the PDF alone
  --pdf FILE            also print the report to this A4 PDF
  --as-of DATE          progress as of DATE, written 2025-06-30 (default: today)
  --max-reading-age D   mark readings older than D at DATE as old: an ISO
                        8601 duration such as P18M or P2Y, replacing the
                        document's maxReadingAge; none removes it
  --for D=C             progress for one category of the indicators'
                        dimensions, e.g. --for sex=female (several:
                        sex=female,age=under-18)
  --direction DIR       diagram direction: BT (default, bottom-up), TB, LR or RL
  --group HOW           diagram groups: none (default), level, key-objective,
                        or member (a coalition file's default: one per member)
  --focus ID            draw only this goal or objective and what lies below it
  --focus-direction D   below (default), above or both
  --depth N             at most N links from the focus (or from the top)
  --indicators          also draw the indicators in the diagram
  --no-duty-bearers     leave duty bearers out of the diagram
  --assumptions         draw assumptions, on the links they qualify
  --wrap N              wrap diagram titles at N characters (0: never)
${FILE_OPTIONS_HELP}

Neither output may be FILE itself. Exit code: 0 when written; 1 when FILE has
errors; 2 when FILE is unusable, an option is wrong, or a PDF was asked for
and could not be printed (the HTML is still written).`,
  options: {
    output: { type: 'string', short: 'o' },
    pdf: { type: 'string' },
    ...DIAGRAM_OPTIONS,
    ...FILE_OPTIONS,
  },
  run: async (args, io) => (await import('./run-report.js')).runReport(args, io),
};
