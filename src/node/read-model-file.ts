import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import { TheoryOfChangeError } from '../diagnostics/theory-of-change-error.js';
import type { Model } from '../model/model.js';
import { validate, type ValidateOptions, type ValidationResult } from '../validate/validate.js';
import { placeDiagnostics, readText } from '../parse/parse-text.js';

/** Plain words for the commonest file-system error codes. */
const READ_ERRORS: Readonly<Partial<Record<string, string>>> = {
  ENOENT: 'no such file:',
  EISDIR: 'it is a folder, not a file:',
  EACCES: 'permission denied:',
  EPERM: 'permission denied:',
  ELOOP: 'too many symbolic links:',
  ENAMETOOLONG: 'the name is too long:',
  ENOTDIR: 'a part of the path is not a folder:',
};

const MIB = 1024 * 1024;

/**
 * The largest file {@link readModelFile} reads unless told otherwise: 16 MiB.
 * Real theories of change are a few kilobytes; a 16 MiB file holds over
 * 20,000 nodes. The worst 16 MiB file measured (millions of empty objects)
 * peaks at about 1.8 GB while it is read and validated; a realistic one at
 * 10 to 13 times its size.
 */
export const DEFAULT_MAX_FILE_SIZE = 16 * MIB;

/** Options of {@link readModelFile} and {@link loadModelFile}. */
export interface ReadModelFileOptions extends ValidateOptions {
  /**
   * The largest file to read, in bytes; a larger one is refused, unread, with
   * an `unreadable-file` diagnostic. Default {@link DEFAULT_MAX_FILE_SIZE} (16 MiB).
   */
  readonly maxFileSize?: number;
}

/**
 * The outcome of {@link readModelFile}: a {@link ValidationResult}, or
 * `unusable` when the file cannot be read or parsed at all.
 */
export type ReadModelFileResult = ValidationResult | { readonly ok: false; readonly unusable: true; readonly diagnostics: readonly Diagnostic[] };

/**
 * Reads a YAML or JSON theory-of-change file and validates it. Never throws
 * for a bad file: one that cannot be read (missing, a folder, larger than
 * `maxFileSize`), is not UTF-8 text, or is not YAML or JSON comes back
 * `unusable`, with one diagnostic saying why in plain words.
 *
 * @example
 * ```ts
 * import { readModelFile } from 'theory-of-change/node';
 * const result = await readModelFile('strategy.yaml');
 * ```
 */
export async function readModelFile(path: string, options: ReadModelFileOptions = {}): Promise<ReadModelFileResult> {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (!(limit >= 0)) throw new RangeError(`theory-of-change: maxFileSize must be a number of bytes, not ${String(limit)}.`);
  const read = await readBounded(path, limit);
  if (typeof read === 'string') return unusable('unreadable-file', `${path} could not be read (${read}).`);
  if (typeof read === 'object' && 'notAFile' in read) return unusable('unreadable-file', `${path} could not be read: it is ${read.notAFile}, not a file. Save the document to a file and read that.`);
  if (read === TOO_LARGE) {
    return unusable('unreadable-file', `${path} could not be read: it is larger than ${formatSize(limit)}, the limit for a theory-of-change file. ${RAISE_HINT}`);
  }
  if (typeof read === 'number') {
    return unusable('unreadable-file', `${path} could not be read: it is ${formatSize(read)}, larger than ${formatSize(limit)}, the limit for a theory-of-change file. ${RAISE_HINT}`);
  }
  const text = decodeUtf8(read);
  if (typeof text !== 'string') return unusable('invalid-syntax', `${path} is not valid YAML or JSON: ${text.reason}`, path, text.position);
  const { parsed, locate } = readText(text, path);
  if (!parsed.ok) return { ok: false, unusable: true, diagnostics: [{ ...parsed.diagnostic, file: path }] };
  const result = validate(parsed.data, options);
  if (result.diagnostics.length === 0) return result;
  // Line and column for each diagnostic, worked out only now that there are some.
  return { ...result, diagnostics: placeDiagnostics(result.diagnostics, locate, path) } as ValidationResult;
}

/**
 * The text of a file, read with the limits and plain-words reasons of
 * {@link readModelFile}, or why it is unusable. @internal
 */
export async function readTextFile(path: string, options: ReadModelFileOptions = {}): Promise<{ readonly text: string } | { readonly ok: false; readonly unusable: true; readonly diagnostics: readonly Diagnostic[] }> {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (!(limit >= 0)) throw new RangeError(`theory-of-change: maxFileSize must be a number of bytes, not ${String(limit)}.`);
  const read = await readBounded(path, limit);
  if (typeof read === 'string') return unusableText('unreadable-file', `${path} could not be read (${read}).`);
  if (typeof read === 'object' && 'notAFile' in read) return unusableText('unreadable-file', `${path} could not be read: it is ${read.notAFile}, not a file. Save the document to a file and read that.`);
  if (read === TOO_LARGE) {
    return unusableText('unreadable-file', `${path} could not be read: it is larger than ${formatSize(limit)}, the limit for a theory-of-change file. ${RAISE_HINT}`);
  }
  if (typeof read === 'number') {
    return unusableText('unreadable-file', `${path} could not be read: it is ${formatSize(read)}, larger than ${formatSize(limit)}, the limit for a theory-of-change file. ${RAISE_HINT}`);
  }
  const text = decodeUtf8(read);
  if (typeof text !== 'string') return unusableText('invalid-syntax', `${path} is not valid YAML or JSON: ${text.reason}`, path, text.position);
  return { text };
}

function unusableText(code: 'unreadable-file' | 'invalid-syntax', message: string, file?: string, position?: SourcePosition): { readonly ok: false; readonly unusable: true; readonly diagnostics: readonly Diagnostic[] } {
  return unusable(code, message, file, position) as { readonly ok: false; readonly unusable: true; readonly diagnostics: readonly Diagnostic[] };
}

/**
 * Reads and validates a file, throwing one {@link TheoryOfChangeError} with
 * every diagnostic if it is unusable or has errors.
 *
 * @example
 * ```ts
 * import { loadModelFile } from 'theory-of-change/node';
 * const model = await loadModelFile('strategy.yaml');
 * ```
 */
export async function loadModelFile(path: string, options: ReadModelFileOptions = {}): Promise<Model> {
  const result = await readModelFile(path, options);
  if (!result.ok) throw new TheoryOfChangeError(result.diagnostics);
  return result.model;
}

const RAISE_HINT = 'If it really is that big, raise the limit: the maxFileSize option of readModelFile, or --max-file-size MiB for toc.';

const TOO_LARGE = Symbol('too large');

/**
 * The bytes of a file, reading at most `limit` of them: the size of a regular
 * file larger than the limit (refused unread), {@link TOO_LARGE} for anything
 * else that turns out longer (a file that grew), what it is when it is not a
 * file at all (a named pipe, a socket, a device: refused without waiting for
 * a writer), or the reason it could not be read. Never holds more than
 * `limit` + 64 KiB.
 */
async function readBounded(path: string, limit: number): Promise<Uint8Array | number | typeof TOO_LARGE | string | { readonly notAFile: string }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer (it would, forever).
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (stat.isDirectory()) return reasonOf('EISDIR');
    const kind = stat.isFIFO() ? 'a named pipe (FIFO)' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : undefined;
    if (kind !== undefined) return { notAFile: kind };
    if (stat.isFile() && stat.size > limit) return stat.size;
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) return TOO_LARGE;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } catch (error) {
    return reasonOf(error instanceof Error && 'code' in error ? String(error.code) : undefined);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function reasonOf(code: string | undefined): string {
  return code === undefined ? 'unknown error' : `${READ_ERRORS[code] ?? 'error'} ${code}`;
}

/**
 * The text of UTF-8 bytes, or why they are not UTF-8 text. Invalid bytes are
 * refused, never replaced with U+FFFD: a file saved in another encoding would
 * otherwise lose its accented letters silently.
 */
function decodeUtf8(bytes: Uint8Array): string | { readonly reason: string; readonly position?: SourcePosition } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { reason: 'it is UTF-16 text, not UTF-8. Save it as UTF-8.' };
    }
    const offset = firstInvalidUtf8(bytes);
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line += 1;
        lineStart = i + 1;
      }
    }
    const column = Array.from(new TextDecoder().decode(bytes.subarray(lineStart, offset))).length + 1;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      position: { line, column },
      reason: `it is not UTF-8 text (the byte 0x${byte} at line ${line}, column ${column} is not valid UTF-8). Is it a binary file, or saved in another encoding such as Latin-1 or Windows-1252? Save it as UTF-8.`,
    };
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or the length when all do. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (extra === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += extra + 1;
  }
  return bytes.length;
}

/** A size for messages: bytes, KiB or MiB. */
function formatSize(bytes: number): string {
  if (bytes >= MIB) return `${Number((bytes / MIB).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

function unusable(code: 'unreadable-file' | 'invalid-syntax', message: string, file?: string, position?: SourcePosition): ReadModelFileResult {
  const diagnostic: Diagnostic = { code, severity: 'error', path: [], ids: [], message, ...(file === undefined ? {} : { file }), ...(position === undefined ? {} : { position }) };
  return { ok: false, unusable: true, diagnostics: [diagnostic] };
}
