/**
 * An IATI `indicator` as an indicator node: its measure code, its direction (`ascending`), its
 * references as framework codes, its baseline, and a target and an observation per period.
 * @internal
 */
import type { FrameworkCode, IndicatorDocument, JsonValue, Measure, ReadingDocument } from '../../document/types.js';
import type { IatiIndicator, IatiReference } from '../iati-activity.js';
import { excerpt, type ActivityContext } from './activity-context.js';
import { child, type Place } from './context.js';
import { byWhen, joinReading, readValue, sourceOf, type ReadValue, type ValueIn } from './readings.js';
import { allLanguages, compact, pickText } from './text.js';
import { readDate, readYear } from './values.js';

/** IATI's IndicatorVocabulary code list (IATI-Codelists-NonEmbedded), as framework names. */
const VOCABULARIES: Readonly<Record<string, string>> = {
  '1': 'WHO Registry',
  '2': 'Sphere Handbook',
  '3': 'US Foreign Assistance Framework',
  '4': 'World Bank World Development Indicators',
  '5': 'UN Millennium Development Goals Indicators',
  '6': 'UNOCHA Humanitarian Response Indicators',
  '7': 'HIV/AIDS Indicator Registry',
  '8': 'Harmonized Indicators for Private Sector (HIPSO)',
  '9': 'SDG',
  '99': 'Reporting organisation',
};

const MEASURES: Readonly<Record<string, { readonly kind: Measure['kind']; readonly words?: string }>> = {
  '1': { kind: 'number' },
  '2': { kind: 'percentage' },
  '3': { kind: 'number', words: 'nominal (3)' },
  '4': { kind: 'number', words: 'ordinal (4)' },
  '5': { kind: 'qualitative' },
};

/** What the import of an indicator needs to know about where it sits. @internal */
export interface IndicatorSpot {
  readonly id: string;
  readonly resultId: string;
  readonly place: Place;
  /** `result 2, indicator 1`: where a title-less indicator is. */
  readonly where: string;
}

/** Imports one indicator. @internal */
export function importIndicator(indicator: IatiIndicator, spot: IndicatorSpot, ctx: ActivityContext): IndicatorDocument {
  const { id, place } = spot;
  const title = pickText(indicator.title, ctx.languages) ?? `Indicator (${spot.where})`;
  const label = `indicator "${excerpt(title, 60)}"`;
  const report = ctx.sink.report.bind(ctx.sink);

  const code = indicator.measure.trim();
  const known = MEASURES[code];
  let kind: Measure['kind'] = known?.kind ?? 'number';
  if (known?.words !== undefined || known === undefined) {
    const words = known?.words ?? (code === '' ? 'not given' : `"${code}", not a code of IATI's list (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative)`);
    report('iati-measure-as-number', place, [id], `${ctx.label}, ${label}: its measure is ${words}, so its values are read as plain numbers.`);
  }

  const direction = directionOf(indicator.ascending, label, spot, ctx);

  // Every value with when it holds; a period or baseline with a bad date is left out whole.
  const values: ValueIn[] = [];
  indicator.baselines.forEach((b, i) => {
    const at = child(place, 'baseline', i, b.at);
    const date = readDate(b.isoDate) ?? yearStart(readYear(b.year));
    if (date === undefined) {
      const why = `its date (year "${b.year}"${b.isoDate === undefined ? '' : `, iso-date "${b.isoDate}"`}) is not a year and a YYYY-MM-DD date`;
      report('iati-invalid-date', at, [id], `${ctx.label}, ${label}: baseline ${i + 1} is left out: ${why}.`);
      ctx.sink.leaveOut(ctx.activity, at, `baseline ${i + 1} of ${label}`, why);
      return;
    }
    values.push({ role: 'baseline', element: b, place: at, when: { date }, what: `the baseline of ${date}` });
  });
  indicator.periods.forEach((p, i) => {
    const at = child(place, 'period', i, p.at);
    const start = readDate(p.start);
    const end = readDate(p.end);
    if (start === undefined || end === undefined || start > end) {
      const why =
        start === undefined || end === undefined
          ? `its ${start === undefined ? `start ("${p.start}")` : `end ("${p.end}")`} is not a date written YYYY-MM-DD`
          : `it ends (${end}) before it starts (${start})`;
      const count = p.targets.length + p.actuals.length;
      report('iati-invalid-date', at, [id], `${ctx.label}, ${label}: period ${i + 1} is left out with its ${count} value${count === 1 ? '' : 's'}: ${why}.`);
      ctx.sink.leaveOut(ctx.activity, at, `period ${i + 1} of ${label} (${count} value${count === 1 ? '' : 's'})`, why);
      return;
    }
    const period = { start, end };
    const span = start === end ? start : `${start} to ${end}`;
    p.targets.forEach((t, j) => values.push({ role: 'target', element: t, place: child(at, 'target', j, t.at), when: { period }, what: `the target of ${span}` }));
    p.actuals.forEach((a, j) => values.push({ role: 'actual', element: a, place: child(at, 'actual', j, a.at), when: { period }, what: `the actual of ${span}` }));
  });

  const read = values.flatMap((v) => readValue(v, kind === 'qualitative', label, id, ctx) ?? []);
  let unit: string | undefined;
  if (kind === 'percentage') {
    const outside = read.find((r) => typeof r.value === 'number' && (r.value < 0 || r.value > 100));
    if (outside !== undefined) {
      kind = 'number';
      unit = 'percent';
      report(
        'iati-percentage-out-of-range',
        outside.from.place,
        [id],
        `${ctx.label}, ${label}: a percentage, but ${outside.from.what} is ${String(outside.value)}, outside 0–100; the indicator is read as a plain number in percent.`,
      );
    }
  }

  // One reading per role and period (or baseline date), in file order.
  const groups = new Map<string, ReadValue[]>();
  for (const r of read) {
    const w = r.from.when;
    const key = `${r.from.role} ${'date' in w ? w.date : `${w.period.start} ${w.period.end}`}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [r]);
    else group.push(r);
  }
  const baselines: ReadingDocument[] = [];
  const targets: ReadingDocument[] = [];
  const observations: ReadingDocument[] = [];
  for (const group of groups.values()) {
    const reading = joinReading(group, kind === 'qualitative', label, id, ctx);
    if (reading === undefined) continue;
    const role = (group[0] as ReadValue).from.role;
    (role === 'baseline' ? baselines : role === 'target' ? targets : observations).push(reading);
  }
  // By date (a period by its end, then its start), whatever the order of the periods in the file.
  targets.sort(byWhen);
  observations.sort(byWhen);
  const baseline = chooseBaseline(baselines, label, id, ctx);
  const dimensions: Record<string, string[]> = {};
  for (const r of read) for (const [d, c] of Object.entries(r.for)) if (!(dimensions[d] ??= []).includes(c)) dimensions[d].push(c);
  const notes: string[] = [];
  if (kind === 'number') {
    const others = addOtherCategories([baseline, ...targets, ...observations], dimensions);
    if (others.length > 0) notes.push(`The category ${others.map(([d, c]) => `"${c}" of ${d}`).join(' and ')} stands for the part of the whole the IATI file does not report separately.`);
  }
  if (kind === 'qualitative') notes.push(...findingsAsNotes(observations.splice(0), label, id, ctx));

  if (direction === 'decrease' && typeof baseline?.value === 'number') {
    const totals = targets.map((t) => t.value).filter((v): v is number => typeof v === 'number');
    const base = baseline.value;
    if (totals.length > 0 && totals.every((t) => t > base)) {
      report(
        'iati-direction-doubtful',
        place,
        [id],
        `${ctx.label}, ${label}: it says less is better (ascending="${indicator.ascending ?? ''}"), but its target${totals.length === 1 ? '' : 's'} (${totals.join(', ')}) ${totals.length === 1 ? 'lies' : 'lie'} above its baseline (${base}). If more is better, set ascending="1" in the file; as it stands, progress is counted downwards.`,
      );
    }
  }

  const { ref, frameworks } = referencesOf(indicator.references);
  const description = pickText(indicator.description, ctx.languages);
  const meta = iatiMeta({
    measure: indicator.measure,
    ascending: indicator.ascending,
    aggregationStatus: indicator.aggregationStatus,
    title: allLanguages(indicator.title, ctx.languages),
    description: allLanguages(indicator.description, ctx.languages),
    references: referencesMeta(indicator.references),
    documents: indicator.documentLinks.length === 0 ? undefined : indicator.documentLinks.map((l) => ({ ...sourceOf(l, ctx.languages), address: l.url })),
  });
  return compact({
    kind: 'indicator' as const,
    id,
    title,
    description,
    ref,
    measures: [spot.resultId],
    measure: { kind } as Measure,
    unit,
    direction,
    dimensions: Object.keys(dimensions).length === 0 ? undefined : dimensions,
    baseline,
    targets: targets.length === 0 ? undefined : targets,
    observations: observations.length === 0 ? undefined : observations,
    frameworks: frameworks.length === 0 ? undefined : frameworks,
    note: notes.length === 0 ? undefined : notes.join('\n\n'),
    meta,
  });
}

/**
 * Adds a category for "the rest" to the dimensions of each total whose parts give every category
 * the file names but do not add up to it: the file reports some categories, not all (a total of
 * 100 beside 60 for women only). Without it the parts would read as a complete breakdown that
 * contradicts its total. Returns the categories added.
 */
function addOtherCategories(readings: readonly (ReadingDocument | undefined)[], dimensions: Record<string, string[]>): [string, string][] {
  const added: [string, string][] = [];
  for (const reading of readings) {
    if (reading === undefined || typeof reading.value !== 'number' || reading.breakdown === undefined) continue;
    const bySet = new Map<string, { dims: string[]; sum: number; count: number }>();
    for (const part of reading.breakdown) {
      const dims = Object.keys(part.for).sort();
      const key = JSON.stringify(dims);
      const group = bySet.get(key) ?? { dims, sum: 0, count: 0 };
      group.sum += typeof part.value === 'number' ? part.value : 0;
      group.count += 1;
      bySet.set(key, group);
    }
    for (const { dims, sum, count } of bySet.values()) {
      const combinations = dims.reduce((n, d) => n * (dimensions[d]?.length ?? 0), 1);
      if (count < combinations || Math.abs(sum - reading.value) <= 1e-9 * Math.max(1, Math.abs(sum))) continue;
      for (const d of dims) {
        const list = dimensions[d] ?? [];
        if (added.some(([x]) => x === d)) continue;
        const other = list.includes('other') ? 'other (not reported separately)' : 'other';
        list.push(other);
        added.push([d, other]);
      }
    }
  }
  return added;
}

/**
 * Qualitative actuals as lines of the indicator's note: the format counts a finding only with a
 * rating between 0 and 1, which IATI does not give, so none is invented. Each is reported.
 */
function findingsAsNotes(observations: readonly ReadingDocument[], label: string, id: string, ctx: ActivityContext): string[] {
  return observations.map((o) => {
    const origin = ctx.origins.get(o);
    if (origin !== undefined) {
      const why = 'a qualitative observation counts here only with a rating between 0 and 1, which IATI does not give; it is kept in the indicator\'s note: rate it and move it to the observations';
      ctx.sink.report('iati-reading-left-out', origin.place, [id], `${ctx.label}, ${label}: ${origin.what} is not an observation: ${why}.`);
    }
    const when = o.period === undefined ? (o.date ?? '') : o.period.start === o.period.end ? o.period.start : `${o.period.start} to ${o.period.end}`;
    return `Actual of ${when}: ${String(o.value)}${o.note === undefined ? '' : ` (${o.note})`}`;
  });
}

function yearStart(year: number | undefined): string | undefined {
  return year === undefined ? undefined : `${String(year)}-01-01`;
}

/** `increase` or `decrease` from `ascending`; an absent or unreadable one is reported and taken as `increase`. */
function directionOf(ascending: string | undefined, label: string, spot: IndicatorSpot, ctx: ActivityContext): 'increase' | 'decrease' {
  const written = ascending?.trim();
  if (written === '1' || written === 'true') return 'increase';
  if (written === '0' || written === 'false') return 'decrease';
  const said = written === undefined ? 'does not say whether more is better (no ascending)' : `gives ascending="${written}", which is not 1, 0, true or false`;
  ctx.sink.report('iati-ascending-assumed', spot.place, [spot.id], `${ctx.label}, ${label}: it ${said}, so an increase is taken as progress (direction: increase).`);
  return 'increase';
}

/** The earliest baseline; the others are reported and left out (the format holds one). */
function chooseBaseline(baselines: readonly ReadingDocument[], label: string, id: string, ctx: ActivityContext): ReadingDocument | undefined {
  const sorted = [...baselines].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
  const [kept, ...others] = sorted;
  for (const other of others) {
    const origin = ctx.origins.get(other);
    if (origin === undefined) continue;
    const why = `an indicator has one baseline here, and the earliest (${kept?.date ?? ''}) is kept`;
    ctx.sink.report('iati-reading-left-out', origin.place, [id], `${ctx.label}, ${label}: ${origin.what} is left out: ${why}.`);
    ctx.sink.leaveOut(ctx.activity, origin.place, `${origin.what} of ${label}`, why);
  }
  return kept;
}

/** The first vocabulary-99 code as `ref`; every other reference as a framework code (SDG for vocabulary 9). */
function referencesOf(references: readonly IatiReference[]): { readonly ref?: string; readonly frameworks: readonly FrameworkCode[] } {
  let ref: string | undefined;
  const frameworks: FrameworkCode[] = [];
  const seen = new Set<string>();
  for (const r of references) {
    const vocabulary = r.vocabulary.trim();
    const code = r.code.trim();
    if (code === '') continue;
    if (vocabulary === '99' && ref === undefined) {
      ref = code;
      continue;
    }
    const framework = VOCABULARIES[vocabulary] ?? `IATI indicator vocabulary ${vocabulary}`;
    const key = `${framework}\n${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    frameworks.push({ framework, code });
  }
  return compact({ ref, frameworks });
}

/** References as `meta` keeps them: vocabulary, code and address as written. @internal */
export function referencesMeta(references: readonly IatiReference[]): JsonValue | undefined {
  return references.length === 0 ? undefined : references.map((r) => compact({ vocabulary: r.vocabulary, code: r.code, uri: r.uri }));
}

/** `{ iati: {…} }` without empty fields, or `undefined` when nothing is left. @internal */
export function iatiMeta(fields: Record<string, JsonValue | undefined>): { readonly iati: JsonValue } | undefined {
  const iati = compact(fields);
  return Object.keys(iati).length === 0 ? undefined : { iati: iati as JsonValue };
}
