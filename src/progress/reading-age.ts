import { addDuration, durationParts, type DurationParts } from '../document/durations.js';
import type { IndicatorDocument, IsoDuration } from '../document/types.js';
import { durationHint } from '../diagnostics/duration-hint.js';
import type { CompiledModel } from './compile.js';
import type { IndicatorTable } from './indicator-table.js';

/** An age limit as written, and its parts. @internal */
export interface AgeLimit {
  readonly text: IsoDuration;
  readonly parts: DurationParts;
}

/**
 * The age limits a roll-up holds readings to: the model-wide one (the
 * option, else the document's), for assessments, and the one of each
 * indicator slot (its own, else the model-wide one). @internal
 */
export interface ReadingAges {
  readonly model: AgeLimit | null;
  readonly bySlot: readonly (AgeLimit | null)[];
}

/** The indicators' own limits, by slot, read once per compiled model (`null` when no indicator has one). */
const ownLimits = new WeakMap<CompiledModel, readonly (AgeLimit | undefined)[] | null>();

/**
 * The age limits of a roll-up, or `undefined` when no limit is in force
 * anywhere: then reports carry none of the age fields. `option` is the
 * `maxReadingAge` option (`undefined`: not given; `null`: the document's is
 * removed). Throws a `RangeError` for an option that is not a duration.
 * @internal
 */
export function readingAges(compiled: CompiledModel, table: IndicatorTable, option: IsoDuration | null | undefined): ReadingAges | undefined {
  const written = option === undefined ? compiled.model.document.maxReadingAge : option;
  let model: AgeLimit | null = null;
  if (written !== undefined && written !== null) {
    const parts = typeof written === 'string' ? durationParts(written) : undefined;
    if (parts === undefined) {
      const shown = typeof written === 'string' ? JSON.stringify(written) : String(written as unknown);
      throw new RangeError(`theory-of-change: the progress option "maxReadingAge" must be an ISO 8601 duration such as P18M, but it is ${shown}.${durationHint(written)}`);
    }
    model = { text: written, parts };
  }
  const own = ownLimitsOf(compiled, table);
  if (model === null && own === null) return undefined;
  const bySlot = Array.from(table.nodeOf, (_, s) => own?.[s] ?? model);
  return { model, bySlot };
}

function ownLimitsOf(compiled: CompiledModel, table: IndicatorTable): readonly (AgeLimit | undefined)[] | null {
  let own = ownLimits.get(compiled);
  if (own === undefined) {
    let list: (AgeLimit | undefined)[] | null = null;
    for (let s = 0; s < table.nodeOf.length; s++) {
      const text = (compiled.nodes[table.nodeOf[s] as number] as IndicatorDocument).maxReadingAge;
      if (text === undefined) continue;
      const parts = durationParts(text);
      // Validation has checked the text; a model built otherwise gets no limit from text it cannot read.
      if (parts === undefined) continue;
      list ??= new Array<AgeLimit | undefined>(table.nodeOf.length);
      list[s] = { text, parts };
    }
    own = list;
    ownLimits.set(compiled, own);
  }
  return own;
}

/** Whether a reading dated `date` is older than `limit` on day number `day`. @internal */
export function isOld(date: string, limit: AgeLimit | null, day: number): boolean {
  return limit !== null && day > addDuration(date, limit.parts);
}
