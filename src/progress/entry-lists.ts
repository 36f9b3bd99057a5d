import type { IndicatorProgress, ResultProgress } from './types.js';

/** A report's two lists of entries, in report order. @internal */
export interface Lists {
  readonly results: readonly ResultProgress[];
  readonly indicators: readonly IndicatorProgress[];
}

/**
 * The entries of an evaluation as they were when a report was made
 * ({@link EntryLists.snapshot}): one entry read by its report slot, or both
 * lists, copied when first asked for.
 * @internal
 */
export interface ReportLists {
  result(slot: number): ResultProgress | undefined;
  indicator(slot: number): IndicatorProgress | undefined;
  lists(): Lists;
}

/**
 * An evaluation's entries by report slot, changed in place, with snapshots
 * for reports: a change made after a snapshot first keeps the entry it
 * replaces in that snapshot, so a snapshot costs nothing until its lists are
 * read (then the current lists, with every later change undone). An update
 * that changes a few entries thus costs a few entries, whatever the model's
 * size, and every report keeps the entries it was made with.
 * @internal
 */
export class EntryLists {
  results: (ResultProgress | undefined)[];
  indicators: (IndicatorProgress | undefined)[];
  /** Whether the lists themselves are in a report (the newest snapshot's, read as they are): copied before the next change. */
  #shared = false;
  /** The newest snapshot, while its lists are not copied: changes keep what they replace in it. */
  #latest: Snapshot | undefined;

  constructor(results: number, indicators: number) {
    this.results = new Array<ResultProgress | undefined>(results);
    this.indicators = new Array<IndicatorProgress | undefined>(indicators);
  }

  setResult(slot: number, entry: ResultProgress): void {
    this.#unshare();
    const latest = this.#latest;
    if (latest !== undefined && !latest.copied) {
      if (!latest.results.has(slot)) latest.results.set(slot, this.results[slot]);
    }
    this.results[slot] = entry;
  }

  setIndicator(slot: number, entry: IndicatorProgress): void {
    this.#unshare();
    const latest = this.#latest;
    if (latest !== undefined && !latest.copied) {
      if (!latest.indicators.has(slot)) latest.indicators.set(slot, this.indicators[slot]);
    }
    this.indicators[slot] = entry;
  }

  /** The lists as they are now, for the newest snapshot, without a copy: the next change copies them first. */
  share(): Lists {
    this.#shared = true;
    return this as Lists;
  }

  #unshare(): void {
    if (this.#shared) {
      this.results = this.results.slice();
      this.indicators = this.indicators.slice();
      this.#shared = false;
    }
  }

  /** The entries as they are now, for a report; later changes do not touch them. */
  snapshot(): ReportLists {
    const latest = this.#latest;
    // Nothing changed since the last snapshot: the same one serves.
    if (latest !== undefined && !latest.copied && latest.results.size === 0 && latest.indicators.size === 0) return latest;
    const next = new Snapshot(this);
    if (latest !== undefined && !latest.copied) latest.next = next;
    this.#latest = next;
    return next;
  }
}

class Snapshot implements ReportLists {
  readonly #owner: EntryLists;
  /** Entries replaced after this snapshot and before the next one: this snapshot's, by slot. */
  readonly results = new Map<number, ResultProgress | undefined>();
  readonly indicators = new Map<number, IndicatorProgress | undefined>();
  next: Snapshot | undefined;
  #lists: Lists | undefined;

  constructor(owner: EntryLists) {
    this.#owner = owner;
  }

  get copied(): boolean {
    return this.#lists !== undefined;
  }

  result(slot: number): ResultProgress | undefined {
    for (let s: Snapshot | undefined = this; s !== undefined; s = s.next) {
      if (s.#lists !== undefined) return s.#lists.results[slot];
      if (s.results.has(slot)) return s.results.get(slot);
    }
    return this.#owner.results[slot];
  }

  indicator(slot: number): IndicatorProgress | undefined {
    for (let s: Snapshot | undefined = this; s !== undefined; s = s.next) {
      if (s.#lists !== undefined) return s.#lists.indicators[slot];
      if (s.indicators.has(slot)) return s.indicators.get(slot);
    }
    return this.#owner.indicators[slot];
  }

  lists(): Lists {
    if (this.#lists === undefined) {
      // From the newest state back to this snapshot's: the current lists (or a later snapshot's copy), each later change undone, newest first.
      const chain: Snapshot[] = [];
      let base: Lists | undefined;
      for (let s: Snapshot | undefined = this; s !== undefined; s = s.next) {
        if (s.#lists !== undefined) {
          base = s.#lists;
          break;
        }
        chain.push(s);
      }
      if (base === undefined && chain.length === 1 && this.results.size === 0 && this.indicators.size === 0) {
        // The newest snapshot, nothing changed since: the current lists themselves.
        const { results, indicators } = this.#owner.share();
        this.#lists = { results, indicators };
        return this.#lists;
      }
      base ??= this.#owner as Lists;
      const results = base.results.slice();
      const indicators = base.indicators.slice();
      for (let k = chain.length - 1; k >= 0; k--) {
        const s = chain[k] as Snapshot;
        for (const [slot, entry] of s.results) results[slot] = entry as ResultProgress;
        for (const [slot, entry] of s.indicators) indicators[slot] = entry as IndicatorProgress;
      }
      this.#lists = { results, indicators };
      this.results.clear();
      this.indicators.clear();
      this.next = undefined;
    }
    return this.#lists;
  }
}
