/**
 * Checks IATI XML against the IATI 2.03 schema with Debian's `xmllint` (libxml2-utils; `.ci/run`
 * installs it). The schema is vendored in test/iati/schema/ so that the check runs wherever the
 * repository is cloned. `--nonet`: xmllint never fetches anything, not even a DOCTYPE's DTD.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The vendored IATI 2.03 activity schema (it includes iati-common.xsd and xml.xsd beside it). */
export const IATI_SCHEMA = resolve(import.meta.dirname, 'schema/iati-activities-schema.xsd');

/** What xmllint said of one file. */
export interface XmllintResult {
  /** Whether the file is well-formed and valid against the schema. */
  readonly valid: boolean;
  /** xmllint's messages, one a line, the file's path replaced by `<file>`; empty when valid. */
  readonly errors: readonly string[];
}

/**
 * Validates an XML file against the IATI 2.03 schema. `source` is XML text, or `{ path }` of a
 * file. Rejects (does not just return invalid) when xmllint itself cannot run.
 */
export async function validateIatiXml(source: string | { readonly path: string }): Promise<XmllintResult> {
  if (typeof source !== 'string') return run(source.path);
  const dir = await mkdtemp(join(tmpdir(), 'toc-xmllint-'));
  try {
    const path = join(dir, 'activity.xml');
    await writeFile(path, source, 'utf8');
    return await run(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(path: string): Promise<XmllintResult> {
  return new Promise((done, fail) => {
    execFile('xmllint', ['--noout', '--nonet', '--schema', IATI_SCHEMA, path], { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      const lines = stderr
        .split('\n')
        .filter((line) => line.trim() !== '' && line.trim() !== '^')
        .map((line) => line.split(path).join('<file>'));
      if (error === null) return done({ valid: true, errors: [] });
      // xmllint: 3 = not valid, 4 = validation could not run (schema), 1 = not well-formed.
      if (typeof error.code === 'number' && (error.code === 3 || error.code === 1)) return done({ valid: false, errors: lines.filter((l) => l !== '<file> fails to validate') });
      fail(new Error(`xmllint could not run (${String(error.code)}): ${lines.join(' ') || error.message}. Install libxml2-utils.`));
    });
  });
}
