/**
 * Hardening (issue #6): each requirement, and the tests that prove it.
 * The test below checks that every test named here exists, and that every
 * file of test/hardening is listed. Properties over malformed input run
 * 10,000 cases under CI=true, 1,000 locally (see support.ts).
 *
 * 1. Malformed input never throws out of validate, the CLI or the loaders; always diagnostics with codes and paths
 *   - test/hardening/fuzz.test.ts › valid documents with fields deleted, swapped, retyped (huge strings, deep junk, NaN, prototype keys) or re-kinded, deep-frozen
 *   - test/hardening/fuzz.test.ts › JSON text with __proto__, constructor and the format's own keys anywhere, via JSON.parse
 *   - test/hardening/fuzz.test.ts › YAML built from hostile pieces
 *   - test/hardening/fuzz-files.test.ts › readModelFile: one diagnostic for an unusable file, or a validation result; the CLI: exit 0, 1 or 2 with plain words
 *   - test/foundation/fuzz.test.ts › anything at all
 *   - test/foundation/fuzz.test.ts › objects that look roughly like documents
 *   - test/foundation/diagnostic-codes.test.ts › a value that contains itself, or nests too deep, is reported instead of crashing
 * 2. Prototype-like, empty-looking and Unicode ids work everywhere; nothing pollutes a prototype
 *   - test/hardening/prototype.test.ts › validate accepts them, with only the warnings any model would have
 *   - test/hardening/prototype.test.ts › the model answers every query for them, and nothing for ids it does not have
 *   - test/hardening/prototype.test.ts › toGraph() takes the empty-looking, right-to-left, emoji and long ids
 *   - test/hardening/prototype.test.ts › toGraph() refuses links at "constructor", "__proto__" and the like with a clear error (known graphology limitation)
 *   - test/hardening/prototype.test.ts › toGraph() builds such nodes when no link touches them
 *   - test/hardening/prototype.test.ts › meta keys such as constructor and toString survive the round trip; __proto__ is refused, with a path
 *   - test/hardening/prototype.test.ts › the roll-up, its explanation, rows, table, series and accountability
 *   - test/hardening/prototype.test.ts › Mermaid draws every node, parsed back by Mermaid, with subgraphs named by the levels
 *   - test/hardening/prototype.test.ts › the Markdown report lists them, escaped
 *   - test/hardening/prototype.test.ts › the builder takes them as ids too
 *   - test/hardening/prototype.test.ts › a polluter as the value of any field, or as a key, through JSON.parse and every function after validate
 *   - test/hardening/prototype.test.ts › the same through parseText, as JSON and as YAML
 *   - test/hardening/prototype.test.ts › YAML with __proto__ keys, merge keys and anchors keeps them as plain own keys
 *   - test/hardening/prototype.test.ts › toc progress --json and toc mermaid work on a YAML file full of them
 *   - test/foundation/diagnostic-codes.test.ts › a "__proto__" key in meta, which parsing would silently lose
 * 3. No user text injects anything into a Mermaid diagram or the Markdown report
 *   - test/hardening/injection.test.ts › every line fits the generator's grammar, one per node and relation
 *   - test/hardening/injection.test.ts › Mermaid parses exactly the model's vertices, edges and subgraphs, labels as written
 *   - test/hardening/injection.test.ts › headings, one mermaid fence, tables of the right shape, cells as written, no HTML, link, image or code
 *   - test/hardening/browser.test.ts › no script, no dialog, no request, the elements of the benign twin, labels as written
 *   - test/hardening/browser.test.ts › has Chromium whenever CI=true requires it
 *   - test/mermaid/property.test.ts › as titles, refs, ids and level names
 *   - test/mermaid/browser.test.ts › shows hostile titles as written, runs no script and adds no element
 *   - test/mermaid/escape.test.ts › leaves no raw character that ends a label or starts HTML, an entity or a directive
 * 4. Deep and wide models: no stack overflow, no quadratic work
 *   - test/hardening/scale-chain.test.ts › rolls 40% up every link to the goal, fully covered
 *   - test/hardening/scale-chain.test.ts › answers queries along the whole chain
 *   - test/hardening/scale-chain.test.ts › explains the goal to depth 2, and lists every row with its depth
 *   - test/hardening/scale-chain.test.ts › exports Mermaid: one node line per node and one edge line per link, nothing else
 *   - test/hardening/scale-chain.test.ts › exports the Markdown report: one row per goal and objective
 *   - test/hardening/scale-chain.test.ts › round-trips to a document that validates to the same model
 *   - test/hardening/scale-chain.test.ts › overflows the stack here (the control)
 *   - test/hardening/scale-chain.test.ts › explainProgress explains all
 *   - test/hardening/scale-chain.test.ts › 300,000 warnings at once
 *   - test/hardening/scale-chain.test.ts › a loop through 150,000 objectives is one cycle diagnostic
 *   - test/hardening/scale-wide.test.ts › rolls up to the mean of its sub-objectives
 *   - test/hardening/scale-wide.test.ts › answers queries
 *   - test/hardening/scale-wide.test.ts › explains the goal to depth 2, and in full
 *   - test/hardening/scale-wide.test.ts › lists rows, formats the table and the accountability view
 *   - test/hardening/scale-wide.test.ts › exports Mermaid, grouped or not, and the Markdown report
 * 5. Lossless and deterministic; inputs never mutated
 *   - test/hardening/determinism.test.ts › gives the same diagnostics (each pointing at the same entry), and when valid the same report JSON, Mermaid, Markdown, table and explanations at several dates, whatever the order of every list, same-date readings included; frozen inputs are untouched
 *   - test/hardening/determinism.test.ts › gives the same report JSON, byte-identical Mermaid and the same Markdown, table and explanations for documents with every optional field
 *   - test/hardening/determinism.test.ts › matches its definition: each objective joins the first key objective, in reading order (by ref as people number them), among everything it contributes to
 *   - test/foundation/round-trip.test.ts › round-trips any valid document without loss
 *   - test/hardening/same-date-readings.test.ts › give the same diagnostics and byte-identical outputs (report JSON, text tables, Markdown, HTML, Mermaid, IATI XML) when swapped
 *   - test/hardening/same-date-readings.test.ts › take the first in content order: of "Plan A" and "Plan B" on one day, "Plan A", in either written order
 *   - test/hardening/same-date-readings.test.ts › judge a per-period target of one day by the first in content order
 *   - test/hardening/same-date-readings.test.ts › take the assessment in force by the first in content order: progress, by, note (a missing one first)
 *   - test/foundation/model.test.ts › on random valid documents, shuffled
 *   - test/foundation/validate.test.ts › accepts a deep-frozen input, and gives the same result as for a copy
 *   - test/foundation/validate.test.ts › neither changes nor freezes an input it accepts
 *   - test/mermaid/to-mermaid.test.ts › gives byte-identical output whatever the order of nodes and links
 *   - test/progress/properties.test.ts › the report is the same whatever the insertion order, and a series equals single roll-ups
 * 6. Numbers and dates: refused with a clear diagnostic or handled by a documented rule; never NaN in a report
 *   - test/hardening/numbers.test.ts › NaN as a value
 *   - test/hardening/numbers.test.ts › a time with a time zone, 2019-02-03T10:00Z
 *   - test/hardening/numbers.test.ts › a target equal to the baseline is a warning, and progress follows the maintain rule
 *   - test/hardening/numbers.test.ts › −0 is 0: as a value it counts as 0, and reports print it as 0
 *   - test/hardening/numbers.test.ts › huge and tiny values give progress in [0, 1], never NaN or Infinity
 *   - test/hardening/numbers.test.ts › observations in any order: the latest by date counts; on one date, identical ones count once and cumulative ones all count
 *   - test/hardening/numbers.test.ts › targets in any order: the latest by date is the final target, the others are milestones
 *   - test/hardening/numbers.test.ts › dates from 0000-01-01 to 9999-12-31 are calendar dates
 *   - test/hardening/numbers.test.ts › 0x1F and 0o17 are numbers (31 and 15), +5 is 5 and -0 is 0
 *   - test/hardening/numbers.test.ts › unquoted dates stay text; times and impossible dates are refused
 *   - test/hardening/numbers.test.ts › a %YAML 1.1 directive does not bring back 1.1 booleans and timestamps
 *   - test/hardening/numbers.test.ts › a tag outside the core schema is refused by name, with its place
 *   - test/hardening/numbers.test.ts › duplicate keys and tabs as indentation are syntax errors with the line
 *   - test/hardening/numbers.test.ts › valid documents with extreme numbers: every number of the report is finite, progress and coverage in [0, 1]
 *   - test/hardening/numbers.test.ts › a raw progress too large for a percentage reads "over 100000000%" in diagrams and reports, not "Infinity%"
 *   - test/hardening/numbers.test.ts › weights beyond 10¹⁵ or below 10⁻⁹ are refused (weight-out-of-range), so no weight can make a NaN or hide data
 *   - test/hardening/numbers.test.ts › explainProgress writes an astronomical raw progress as "over 100000000%", never Infinity
 *   - test/hardening/numbers.test.ts › cumulative observations whose sum passes Number.MAX_VALUE hold the value at Number.MAX_VALUE
 *   - test/progress/edge-cases.test.ts › target equal to baseline: 1 when held or beaten in the right direction, else 0
 *   - test/progress/edge-cases.test.ts › huge values never give NaN or Infinity
 *   - test/progress/properties.test.ts › progress is in [0, 1] or absent, coverage in [0, 1], never NaN
 * 7. The CLI on unreadable, binary, non-UTF-8, bomb and huge files: clear message, exit 2, no stack trace, bounded memory
 *   - test/hardening/cli.test.ts › a folder
 *   - test/hardening/cli.test.ts › a dangling symbolic link, and a loop of links
 *   - test/hardening/cli.test.ts › a device that never ends (/dev/zero) is refused as a device, not read
 *   - test/hardening/cli.test.ts › a binary file
 *   - test/hardening/cli.test.ts › Latin-1 text (no NUL, just one byte that is not UTF-8) is refused, not read with U+FFFD in its place
 *   - test/hardening/cli.test.ts › UTF-16 text
 *   - test/hardening/cli.test.ts › a billion-laughs alias bomb: refused in plain words, in bounded memory
 *   - test/hardening/cli.test.ts › lists nested 100,000 deep: refused in plain words, not a stack overflow
 *   - test/hardening/cli.test.ts › nesting the parser reads, but deeper than 256 levels: a diagnostic, exit 1
 *   - test/hardening/cli.test.ts › a 200 MiB file is refused before it is read, and the limit can be raised
 *   - test/cli/cli.test.ts › exits 2 for unusable input, with a clear message and no stack trace
 *   - test/foundation/node.test.ts › refuses an alias bomb
 *   - test/reading/hostile-files.test.ts › a named pipe with no writer is refused at once, by readModelFile and by toc validate
 *   - test/reading/hostile-files.test.ts › 4 MB of [ as JSON, and as a .json file
 *   - test/reading/hostile-files.test.ts › 1 MB of unclosed [[[ as YAML, and nested block lists and maps
 *   - test/reading/hostile-files.test.ts › !!merge <<: *anchor does not merge: it is refused, by name and place
 *   - test/reading/hostile-files.test.ts › a billion laughs is refused; a file using a few anchors many times is read
 *   - test/reading/browser-bundle.test.ts › reads YAML and JSON in Chromium: data, refusals and line:column as in Node
 * 8. The README says what is guaranteed for untrusted input, and what is not
 *   - test/docs/samples.test.ts (runs the README's samples)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The `- path › title` lines of this file's header, by requirement. */
function index(): { requirement: string; file: string; title: string | undefined }[] {
  const header = readFileSync(import.meta.filename, 'utf8').split('*/')[0] ?? '';
  const out: { requirement: string; file: string; title: string | undefined }[] = [];
  let requirement = '';
  for (const line of header.split('\n')) {
    const heading = /^ \* (\d+)\. /.exec(line);
    if (heading !== null) requirement = heading[1] as string;
    const entry = /^ \* {3}- (test\/\S+\.ts)(?: › (.+))?/.exec(line);
    if (entry !== null) out.push({ requirement, file: entry[1] as string, title: entry[2] });
  }
  return out;
}

describe('the hardening index', () => {
  it('names, for each of the 8 requirements, tests that exist', () => {
    const entries = index();
    expect(new Set(entries.map((e) => e.requirement))).toEqual(new Set(['1', '2', '3', '4', '5', '6', '7', '8']));
    const missing = entries.filter((e) => {
      const path = resolve(ROOT, e.file);
      if (!existsSync(path)) return true;
      // The title as written in the test (template parts such as `(${RUNS} cases)` are left out of the index).
      return e.title !== undefined && !readFileSync(path, 'utf8').includes(e.title);
    });
    expect(missing).toEqual([]);
  });

  it('lists every test file of test/hardening', () => {
    const listed = new Set(index().map((e) => e.file));
    const files = readdirSync(resolve(ROOT, 'test/hardening'))
      .filter((name) => name.endsWith('.test.ts') && name !== 'index.test.ts')
      .map((name) => `test/hardening/${name}`);
    expect(files.filter((file) => !listed.has(file))).toEqual([]);
  });
});
