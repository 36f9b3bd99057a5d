/**
 * `toc` run in the test's own process through `main(argv, io)` from
 * src/cli/main.ts, the function dist/cli.js calls with process.argv and the
 * real streams (src/cli/bin.ts). No build needed; test/cli/binary.test.ts
 * checks the built binary itself.
 */
import { main } from '../../src/cli/main.js';

/** What a run of `toc` gave: its exit code and everything it wrote to each stream. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `toc ...args` in this process. */
export async function toc(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** Runs `toc ...args` with `dir` as the working directory, as a shell in that folder would; the previous one is restored. */
export async function tocIn(dir: string, ...args: string[]): Promise<Run> {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await toc(...args);
  } finally {
    process.chdir(before);
  }
}
