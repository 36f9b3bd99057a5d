import type { Command } from './support.js';

/** `toc readings template|add`: readings from spreadsheets. */
export const readingsCommand: Command = {
  help: `toc readings template FILE [-o OUT.xlsx | -o OUT.csv] [--force]
toc readings add FILE SHEET [--skip-bad-rows] [--check] [-o OUT]
                 [--sheet NAME] [--delimiter C] [--max-unzipped-size MIB]
                 [--max-file-size MIB]

template: writes a sheet to fill in with readings: a row for each indicator
of FILE (its id, title, unit and what its measure takes) and a row for each
category of each of its dimensions. -o OUT.xlsx writes a workbook (header
row frozen, a second sheet "Columns" saying what each column holds);
-o OUT.csv, or no -o, CSV. An existing OUT is kept unless --force.

add: checks every row of SHEET (a .csv or .xlsx file) against FILE, and
adds the readings to FILE in place: each at the end of its indicator's
observations (or targets, for rows whose kind is target). Comments, key
order and layout of FILE are kept; the file is replaced atomically. Rows
left as the template made them are skipped. When any row has a problem,
every problem is printed (row, column and what to write instead) and FILE
is not changed.

Columns: indicator, kind (observation or target), date (2025-12-31, or a
spreadsheet date) or period start and period end, value (a number written
12.5, yes/no, a level, marker ids, a finding), numerator and denominator
(percentages), rating (findings), "for DIMENSION" (one per dimension: the
row with them empty gives the total, a row per category the breakdown),
note, source title, source url, flags (illustrative, estimated,
provisional). title, unit and measure are for reading only.

Options:
  -o, --output FILE     template: the file to write (.xlsx or .csv);
                        add: write the new document to FILE, not over FILE
  --force               template: replace an existing OUT
  --skip-bad-rows       add: add the good readings, leave out the readings
                        with a problem, and list their rows
  --check               add: check and say what would be added; write nothing
  --sheet NAME          add: the workbook's sheet to read (default: the
                        sheet "Readings", else the first)
  --delimiter C         add: the CSV's separator (default: found from the
                        file: comma, semicolon, tab or |)
  --max-unzipped-size MIB
                        add: refuse an .xlsx that unzips to more than MIB
                        mebibytes (default 32)
  --max-file-size MIB   refuse files larger than MIB mebibytes (default 16)

Exit code: 0 when written (or, with --check, when every row can be added);
1 when a row has a problem or FILE has errors (nothing is changed); 2 when
a file is unusable or an option is wrong.`,
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    'skip-bad-rows': { type: 'boolean' },
    check: { type: 'boolean' },
    sheet: { type: 'string' },
    delimiter: { type: 'string' },
    'max-unzipped-size': { type: 'string' },
    'max-file-size': { type: 'string' },
  },
  run: async (args, io) => (await import('./run-readings.js')).runReadings(args, io),
};
