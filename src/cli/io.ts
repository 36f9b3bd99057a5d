import { escapeControlCharacters } from './escape-control-characters.js';

/** Where a command writes: standard output and standard error, replaceable in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * `io` with every write passed through {@link escapeControlCharacters}: text
 * from a document (titles, ids, refs, file names) can hold ESC sequences
 * that clear the screen, retitle the window or hide a link, and none of it
 * may reach the terminal. `main` wraps the Io it is given, so every command
 * and every message goes through here.
 * @internal
 */
export function escapingIo(io: Io): Io {
  return {
    out: (text) => io.out(escapeControlCharacters(text)),
    err: (text) => io.err(escapeControlCharacters(text)),
  };
}
