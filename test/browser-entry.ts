/**
 * Shared by the tests that load an entry into headless Chromium: where Chromium
 * is (without it the page part is skipped with the reason printed; under
 * CI=true it fails), and an entry bundled by esbuild for the browser platform.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The Chromium binary the page tests launch. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether it is there. */
export const available = existsSync(CHROMIUM);
/** Under CI=true a missing Chromium fails the page tests instead of skipping them. */
export const ci = process.env.CI === 'true';

/** Prints why the page part of the test named `name` is skipped (or will fail), when Chromium is missing. */
export function warnWithoutChromium(name: string): void {
  if (!available) console.warn(`[${name}] ${ci ? 'FAILING under CI=true' : 'SKIPPED'}: ${CHROMIUM} not found (apt-get install -y chromium).`);
}

/** `src/<entry>` bundled for the browser platform as one script defining `globalName`, with the files it pulled in. */
export async function browserBundle(entry: string, globalName: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, '../src', entry)],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: (result.outputFiles[0] as { text: string }).text, inputs: Object.keys(result.metafile.inputs) };
}
