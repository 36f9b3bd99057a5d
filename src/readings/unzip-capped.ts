import { Unzip, UnzipInflate, unzipSync, zipSync, type Unzipped } from 'fflate';

/** Why a zip was not unpacked: too large (declared or when inflated), or not a zip fflate reads. @internal */
export type UnzipOutcome =
  | { readonly ok: true; readonly files: Unzipped }
  | { readonly ok: false; readonly why: 'too-large'; readonly size: number }
  | { readonly ok: false; readonly why: 'not-a-zip'; readonly detail: string };

/**
 * Unpacks a zip, giving up as soon as its files add up to more than `limit`
 * bytes: first by the sizes its directory declares (nothing inflated), then
 * by the bytes actually inflated, chunk by chunk, since a directory can lie.
 * A zip bomb (396 kB that inflate to 400 MB) is refused in milliseconds.
 * @internal
 */
export function unzipCapped(bytes: Uint8Array, limit: number): UnzipOutcome {
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    return { ok: false, why: 'not-a-zip', detail: error instanceof Error ? error.message : String(error) };
  }
  if (declared > limit) return { ok: false, why: 'too-large', size: declared };

  const files: Unzipped = {};
  let total = 0;
  let over = false;
  let failure: string | undefined;
  const unzip = new Unzip((file) => {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    file.ondata = (error, chunk, final) => {
      if (error !== null) {
        failure = error.message;
        return;
      }
      if (over) return;
      total += chunk.length;
      if (total > limit) {
        over = true;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files[file.name] = concat(chunks);
    };
    if (!over) file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // In small slices: one push inflates all it is given, so a slice of 1 kB inflates to at most about 1 MB.
    const SLICE = 1024;
    for (let at = 0; at < bytes.length && !over; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch (error) {
    if (!over) return { ok: false, why: 'not-a-zip', detail: error instanceof Error ? error.message : String(error) };
  }
  if (over) return { ok: false, why: 'too-large', size: total };
  if (failure !== undefined) return { ok: false, why: 'not-a-zip', detail: failure };
  return { ok: true, files };
}

/** The files again as a zip, stored (not compressed): what a reader unpacks is exactly what was measured. @internal */
export function rezip(files: Unzipped): Uint8Array {
  return zipSync(files, { level: 0 });
}

function concat(chunks: readonly Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0] as Uint8Array<ArrayBuffer>;
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
