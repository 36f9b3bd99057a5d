import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ContributionRef, IndicatorDocument, NodeDocument, ReadingDocument, ResultDocument, TheoryOfChangeDocument } from '../../document/types.js';
import type { IatiActivity, IatiIndicator, IatiResult, XmlElement } from '../iati-activity.js';
import { sortedReadings } from '../export/canonical-document.js';
import { CUMULATIVE_SENTENCE } from '../export/indicator-element.js';
import { parseJson, tocAttribute, tocChildren } from '../export/toc-namespace.js';
import { restoreReading, textIn } from './restore-reading.js';

/** A theory of change restored from an IATI activity written by `toIati`, and what could not be carried back. */
export interface RestoredDocument {
  /** The document: validate it (`validate`) before use, as any document read from a file. */
  readonly document: TheoryOfChangeDocument;
  /** `iati-not-carried-over` warnings: results, indicators and values added or changed in another tool that could not be read back. */
  readonly diagnostics: readonly Diagnostic[];
}

type Json = Record<string, unknown>;

/** Whether an activity carries the `toc:theory-of-change` element, so was written by `toIati` and can be restored with {@link restoreDocument}. */
export function hasTheoryOfChange(activity: IatiActivity): boolean {
  return tocChildren(activity.extensions, 'theory-of-change').length > 0;
}

const objectOf = (element: XmlElement | undefined): Json | undefined => {
  const value = element === undefined ? undefined : parseJson(element.text);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
};

/** `fields` with the `null`s (fields the IATI element implies but the node left out) removed. */
const withoutNulls = (fields: Json): Json => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));

function notCarried(message: string, ids: readonly string[], at: IatiResult['at']): Diagnostic {
  return { code: 'iati-not-carried-over', severity: 'warning', path: [], ids, message, ...(at === undefined ? {} : { position: at }) };
}

function contribution(element: XmlElement): ContributionRef {
  const to = element.attributes.to ?? '';
  if (element.attributes.written === 'id') return to;
  const note = tocChildren(element.children, 'note')[0];
  const evidence = tocChildren(element.children, 'evidence')[0];
  const weight = element.attributes.weight;
  return {
    to,
    ...(weight === undefined ? {} : { weight: Number(weight) }),
    ...(element.attributes.assumptions === undefined ? {} : { assumptions: tocChildren(element.children, 'assumption').map((a) => a.attributes.ref ?? '') }),
    ...(note === undefined ? {} : { note: note.text }),
    ...(evidence === undefined ? {} : { evidence: parseJson(evidence.text) as unknown as NonNullable<Extract<ContributionRef, object>['evidence']> }),
  } as ContributionRef;
}

/** The reference of vocabulary 99 (the organisation's own numbering): the node's `ref`. */
const ownRef = (references: IatiResult['references']): string | undefined => references.find((r) => r.vocabulary === '99')?.code;

function restoreResult(result: IatiResult, id: string, extra: Json, lang: string | undefined): ResultDocument {
  const description = result.description.length === 0 ? undefined : textIn(result.description, lang);
  const ref = ownRef(result.references);
  const links = tocChildren(result.extensions, 'contributes-to');
  return {
    kind: result.foreignAttributes[tocAttribute('kind')] === 'goal' ? 'goal' : 'objective',
    id,
    title: textIn(result.title, lang) ?? '',
    ...(description === undefined ? {} : { description }),
    ...(ref === undefined ? {} : { ref }),
    ...withoutNulls(extra),
    ...(links.length === 0 ? {} : { contributesTo: links.map(contribution) }),
  } as ResultDocument;
}

function indicatorDescription(text: string | undefined, cumulative: boolean): string | undefined {
  if (!cumulative || text === undefined) return text;
  if (text === CUMULATIVE_SENTENCE) return undefined;
  return text.endsWith(`\n\n${CUMULATIVE_SENTENCE}`) ? text.slice(0, -(CUMULATIVE_SENTENCE.length + 2)) : text;
}

function restoreIndicator(element: IatiIndicator, id: string, extra: Json, lang: string | undefined, diagnostics: Diagnostic[]): IndicatorDocument {
  const description = indicatorDescription(element.description.length === 0 ? undefined : textIn(element.description, lang), extra.combine === 'cumulative');
  const ref = ownRef(element.references);
  const node = {
    kind: 'indicator',
    id,
    title: textIn(element.title, lang) ?? '',
    ...(description === undefined ? {} : { description }),
    ...(ref === undefined ? {} : { ref }),
    ...withoutNulls(extra),
  } as IndicatorDocument;
  let baseline: ReadingDocument | undefined;
  for (const b of element.baselines) {
    const date = b.isoDate ?? `${b.year}-12-31`;
    const reading = restoreReading(node, b, { label: `baseline of ${date}`, date }, lang, diagnostics);
    if (reading === undefined) continue;
    if (baseline === undefined) baseline = reading;
    else diagnostics.push(notCarried(`Indicator ${JSON.stringify(id)}: a second baseline (${date}) was added in another tool; only one is kept.`, [id], b.at));
  }
  const targets: ReadingDocument[] = [];
  const observations: ReadingDocument[] = [];
  for (const p of element.periods) {
    const period = { start: p.start, end: p.end };
    const when = `${p.start} – ${p.end}`;
    for (const t of p.targets) {
      const reading = restoreReading(node, t, { label: `target of ${when}`, period }, lang, diagnostics);
      if (reading !== undefined) targets.push(reading);
    }
    for (const a of p.actuals) {
      const reading = restoreReading(node, a, { label: `actual of ${when}`, period }, lang, diagnostics);
      if (reading !== undefined) observations.push(reading);
    }
  }
  return {
    ...node,
    ...(baseline === undefined ? {} : { baseline }),
    ...(targets.length === 0 ? {} : { targets: sortedReadings(targets) }),
    ...(observations.length === 0 ? {} : { observations: sortedReadings(observations) }),
  };
}

/**
 * The theory of change an IATI activity written by `toIati` came from (one
 * with a `toc:theory-of-change` element, see {@link hasTheoryOfChange}):
 * titles, descriptions, references, values and comments from IATI, so that
 * an edit made in another IATI tool counts; the rest from the extension (see
 * docs/iati-mapping.md). A target or actual another tool added becomes a
 * plain reading of its period. A result or indicator without `toc:id` (added
 * in another tool) is not carried over and is reported, as is a value that
 * does not fit its measure.
 *
 * Nodes come in the file's order: the results (top of the chain first), the
 * indicators, then the other nodes by id; lists whose order means nothing
 * (links, readings, tags…) come in a fixed order, since the export wrote them
 * so.
 */
export function restoreDocument(activity: IatiActivity): RestoredDocument {
  const diagnostics: Diagnostic[] = [];
  const lang = activity.lang;
  const toc = tocChildren(activity.extensions, 'theory-of-change')[0];
  const own = objectOf(tocChildren(toc?.children ?? [], 'extra')[0]) ?? {};
  if (toc === undefined) {
    diagnostics.push(notCarried(`The activity ${JSON.stringify(activity.identifier)} has no toc:theory-of-change element, so it was not written by this library and cannot be restored; import it instead.`, [], activity.at));
  }
  const results: NodeDocument[] = [];
  const indicators = new Map<string, { element: IatiIndicator; copy: boolean }>();
  for (const result of activity.results) {
    const title = textIn(result.title, lang) ?? '';
    const id = result.foreignAttributes[tocAttribute('id')];
    if (id === undefined) {
      diagnostics.push(notCarried(`The result "${title}" has no toc:id: it was added in another tool and was not carried over.`, [], result.at));
      continue;
    }
    const extra = objectOf(tocChildren(result.extensions, 'extra')[0]);
    if (extra === undefined) diagnostics.push(notCarried(`The result "${title}" (${JSON.stringify(id)}) has no readable toc:extra, so it was not carried over.`, [id], result.at));
    else results.push(restoreResult(result, id, extra, lang));
    for (const indicator of result.indicators) {
      const indicatorId = indicator.foreignAttributes[tocAttribute('id')];
      if (indicatorId === undefined) {
        const name = textIn(indicator.title, lang) ?? '';
        diagnostics.push(notCarried(`The indicator "${name}" of the result "${title}" has no toc:id: it was added in another tool and was not carried over.`, [id], indicator.at));
        continue;
      }
      const copy = indicator.foreignAttributes[tocAttribute('copy')] === '1';
      const seen = indicators.get(indicatorId);
      // The first copy (without toc:copy) is the indicator; a later copy stands in only if that one is gone.
      if (seen === undefined || (seen.copy && !copy)) indicators.set(indicatorId, { element: indicator, copy });
    }
  }
  const restoredIndicators: NodeDocument[] = [];
  for (const [id, { element }] of indicators) {
    const extra = objectOf(tocChildren(element.extensions, 'extra')[0]);
    if (extra === undefined) diagnostics.push(notCarried(`The indicator ${JSON.stringify(id)} has no readable toc:extra, so it was not carried over.`, [id], element.at));
    else restoredIndicators.push(restoreIndicator(element, id, extra, lang, diagnostics));
  }
  const others = tocChildren(toc?.children ?? [], 'node').flatMap((element): NodeDocument[] => {
    const node = objectOf(element);
    if (node !== undefined) return [node as unknown as NodeDocument];
    diagnostics.push(notCarried(`The toc:node ${JSON.stringify(element.attributes.id ?? '')} is not a JSON object, so it was not carried over.`, [element.attributes.id ?? ''], undefined));
    return [];
  });

  const organisation = 'organisation' in own ? own.organisation : textIn(activity.reportingOrg.name, lang);
  const description = 'description' in own ? own.description : textIn(activity.descriptions.find((d) => d.type === '1')?.text ?? [], lang);
  const document = {
    title: textIn(activity.title, lang) ?? '',
    ...(typeof description === 'string' ? { description } : {}),
    ...(typeof organisation === 'string' ? { organisation } : {}),
    ...withoutNulls(own),
    nodes: [...results, ...restoredIndicators, ...others],
  } as TheoryOfChangeDocument;
  return { document, diagnostics };
}
