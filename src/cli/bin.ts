#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`toc export iati x.yaml | head`) closes the pipe: stop writing, quietly,
// as other command-line tools do, instead of crashing with an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
