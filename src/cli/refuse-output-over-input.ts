import { realpath, stat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './support.js';

/** A path as the file system sees it: its real path (links resolved) and, when it exists, its device and inode. */
interface Identity {
  readonly path: string;
  readonly file: BigIntStats | undefined;
}

async function identify(path: string): Promise<Identity> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(async () => join(await realpath(dirname(absolute)).catch(() => dirname(absolute)), basename(absolute)));
  const file = await stat(absolute, { bigint: true }).catch(() => undefined);
  return { path: real, file };
}

/**
 * Refuses `-o OUTPUT` when writing it would overwrite one of `inputs`: the
 * same path however written, a symbolic link to the input (or into a linked
 * folder), or a hard link to it (same device and inode). Checked before
 * anything is read or rendered. @internal
 */
export async function refuseOutputOverInput(output: unknown, inputs: readonly string[]): Promise<void> {
  if (typeof output !== 'string') return;
  const target = await identify(output);
  for (const input of inputs) {
    const source = await identify(input);
    const sameFile = target.file !== undefined && source.file !== undefined && target.file.dev === source.file.dev && target.file.ino === source.file.ino;
    if (sameFile || target.path === source.path) {
      throw new UsageError(`-o ${output} is the input file ${input}; writing there would replace the document. Choose another output file.`);
    }
  }
}
