import { access, constants } from 'node:fs/promises';
import { STARTER } from './starter.js';
import { EXIT, UsageError, emit, type CommandArgs, type Io } from './support.js';

/** `toc init`: the starter document; an existing `-o` file is kept unless `--force`. @internal */
export async function runInit({ values }: CommandArgs, io: Io): Promise<number> {
  if (typeof values.output === 'string' && values.force !== true && (await exists(values.output))) {
    throw new UsageError(`${values.output} already exists; use --force to replace it.`);
  }
  await emit(STARTER, values.output, io);
  return EXIT.ok;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}
