import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { placeDiagnostics, readText } from '../parse/parse-text.js';
import { memberFilePath } from './read-coalition-file.js';
import { readTextFile, type ReadModelFileOptions } from './read-model-file.js';

/**
 * Diagnostics about a file's contents (an IATI export's warnings, say) placed
 * in the files they are about, with line and column, as `toc export iati`
 * prints them: a coalition member's (its `file`: as written when absolute, else
 * relative to the coalition file's folder) in that member's file, the rest in `file`. Each file is read
 * again once, with the limits of {@link readModelFile}; one that cannot be read
 * leaves its diagnostics unplaced (but named after the file). Order kept.
 *
 * @example
 * ```ts
 * import { formatDiagnostics } from 'theory-of-change';
 * import { toIati } from 'theory-of-change/iati';
 * import { placeInFiles, readModelFile } from 'theory-of-change/node';
 * const result = await readModelFile('strategy.yaml');
 * if (result.ok) {
 *   const { diagnostics } = toIati(result.model);
 *   console.error(formatDiagnostics(await placeInFiles(diagnostics, 'strategy.yaml')));
 *   // strategy.yaml:12:5: warning iati-…
 * }
 * ```
 */
export async function placeInFiles(diagnostics: readonly Diagnostic[], file: string, options: ReadModelFileOptions = {}): Promise<readonly Diagnostic[]> {
  const out = [...diagnostics];
  const byFile = new Map<string, number[]>();
  diagnostics.forEach((d, i) => {
    const path = d.file === undefined ? file : memberFilePath(file, d.file);
    byFile.set(path, [...(byFile.get(path) ?? []), i]);
  });
  for (const [path, indexes] of byFile) {
    const read = await readTextFile(path, options);
    const group = indexes.map((i) => ({ ...(diagnostics[i] as Diagnostic), file: path }));
    const { locate } = 'text' in read ? readText(read.text, path) : { locate: undefined };
    const done = locate === undefined ? group : placeDiagnostics(group, locate, path);
    indexes.forEach((i, k) => (out[i] = done[k] as Diagnostic));
  }
  return out;
}
