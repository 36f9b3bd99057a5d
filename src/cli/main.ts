import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../document/dates.js';
import { commandNamed, commands } from './commands.js';
import { escapingIo, type Io } from './io.js';
import { EXIT, UsageError } from './support.js';

/** The package version, read when asked: from dist/cli.js the package is one folder up (two from src/cli, in tests). */
function version(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

const HELP = `toc — theory-of-change on the command line

Usage: toc <command> [options]

Commands:
  validate FILE…              check documents; exit 0 valid, 1 errors, 2 unusable input
  progress FILE               roll progress up as a table
  mermaid FILE                print the Mermaid diagram
  render FILE -o OUT          render the diagram to OUT.svg or OUT.png in headless Chromium
  report FILE -o OUT.html     a report for a board: one HTML file (--pdf OUT.pdf for A4 PDF)
  schema                      print the JSON Schema of the document format
  init                        print a starter document
  export iati FILE            the results as IATI 2.03 activity XML (-o OUT.xml)
  import iati FILE -o DIR     IATI activity XML to one YAML document per activity
  readings template|add FILE  a sheet to fill in; add a CSV/XLSX sheet's readings to FILE
  diff BEFORE AFTER           what changed between two versions, and its effect on progress

Options:
  --json                      machine-readable output (validate, progress)
  --strict                    warnings fail validation too (validate)
  --as-of DATE                compute progress as of DATE, YYYY-MM-DD (default: today)
  -o, --output FILE           write to FILE instead of standard output (never an input file)
  -h, --help                  show this help, or a command's: toc help COMMAND
  -v, --version               show the version

Run \`toc help COMMAND\` for a command's own options.

Control characters in the text of a document (ESC, carriage return, DEL, C1
codes) are printed as \\u001b and the like, never sent to the terminal;
--json keeps the data exact.`;

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the
 * exit code. Everything written to `io` has its control characters escaped
 * ({@link escapingIo}).
 */
export async function main(argv: readonly string[], terminal: Io): Promise<number> {
  const io = escapingIo(terminal);
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '-h' || name === '--help') {
      io.out(`${HELP}\n`);
      return name === undefined ? EXIT.unusable : EXIT.ok;
    }
    if (name === '-v' || name === '--version') {
      io.out(`${version()}\n`);
      return EXIT.ok;
    }
    if (name === 'help') {
      const [topic, ...extra] = rest;
      if (topic === undefined) {
        io.out(`${HELP}\n`);
        return EXIT.ok;
      }
      const command = commandNamed(topic);
      if (command === undefined || extra.length > 0) {
        const wrong = command === undefined ? `there is no command "${topic}"` : `help takes one COMMAND, but got ${rest.length}`;
        throw new UsageError(`${wrong}. Commands: ${Object.keys(commands).join(', ')}. Run \`toc help COMMAND\` for one of them.`);
      }
      io.out(`${command.help}\n`);
      return EXIT.ok;
    }
    const command = commandNamed(name);
    if (command === undefined) throw new UsageError(`unknown command "${name}". Run \`toc --help\` for the list.`);
    const config: ParseArgsConfig = { args: splitOptionalValues(rest, command.optionalValues ?? []), options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true };
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs(config);
    } catch (error) {
      throw new UsageError(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} Run \`toc help ${name}\`.`);
    }
    if (parsed.values.help === true) {
      io.out(`${command.help}\n`);
      return EXIT.ok;
    }
    const asOf = parsed.values['as-of'];
    if (typeof asOf === 'string' && !isIsoDate(asOf)) throw new UsageError(`--as-of must be a calendar date written YYYY-MM-DD, not "${asOf}".`);
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`toc: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`toc: unexpected failure: ${message}\n${process.env.TOC_DEBUG === '1' && error instanceof Error ? `${error.stack ?? ''}\n` : 'Set TOC_DEBUG=1 for details, and please report it.\n'}`);
    return EXIT.unusable;
  }
}

/** `--name=VALUE` as `--name VALUE` for the flags whose value is optional (see {@link Command.optionalValues}). */
function splitOptionalValues(args: readonly string[], names: readonly string[]): string[] {
  return args.flatMap((arg) => {
    const equals = arg.indexOf('=');
    return arg.startsWith('--') && equals > 2 && names.includes(arg.slice(2, equals)) ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg];
  });
}
