/**
 * IATI 2.03 activities as plain data: what the XML reader produces and the XML writer consumes.
 * Only the parts of an activity that bear on results are typed; everything else the reader meets
 * is named in `skipped`. Values stay as written (strings), so that the mapping, not the reader,
 * decides what "N/A" or "12,5" means and reports it.
 *
 * Elements and attributes of other namespaces (our own extension among them) are kept as
 * {@link XmlElement}s and attribute maps, in document order, on every element whose schema
 * type allows them.
 */
import type { SourcePosition } from '../diagnostics/diagnostic.js';

/** A `narrative`: text in one language (`lang` from `xml:lang`, absent when the file gives none). */
export interface IatiNarrative {
  readonly lang?: string;
  readonly text: string;
}

/** A text in one or more languages: the `narrative` children of a title, description or comment. */
export type IatiText = readonly IatiNarrative[];

/** An element from a namespace other than IATI's, kept as read. */
export interface XmlElement {
  /** The namespace URI. */
  readonly uri: string;
  /** The local name. */
  readonly name: string;
  /** Attributes by local name (an attribute in a namespace: `{uri}local`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /**
   * The element's own text content, joined, as written (not trimmed). Beside child elements (mixed
   * content) the indentation around them is not text: each run of text is trimmed, empty runs are
   * dropped, and the rest joined by a space; the writer puts such text before the children.
   */
  readonly text: string;
}

/** Attributes from other namespaces, by `{uri}local`. */
export type ForeignAttributes = Readonly<Record<string, string>>;

/** What every mapped element carries besides its IATI content. */
export interface IatiExtensible {
  /** Child elements of other namespaces, in order (always written last, as the schema requires). */
  readonly extensions: readonly XmlElement[];
  /** Where the element starts in the file, when it was read from one. */
  readonly at?: SourcePosition;
}

/** A `document-link` (of a result, indicator, baseline, target or actual). */
export interface IatiDocumentLink extends IatiExtensible {
  readonly url: string;
  readonly format?: string;
  readonly title: IatiText;
  readonly description: IatiText;
  readonly categories: readonly string[];
  readonly languages: readonly string[];
  /** `document-date/@iso-date`. */
  readonly date?: string;
}

/** A `reference` of a result or indicator. */
export interface IatiReference {
  readonly vocabulary: string;
  readonly code: string;
  /** `vocabulary-uri` (result) or `indicator-uri` (indicator). */
  readonly uri?: string;
}

/** A `dimension` of a baseline, target or actual. */
export interface IatiDimension {
  readonly name: string;
  readonly value: string;
}

/** A baseline, target or actual: a value as written, disaggregated by locations and dimensions. */
export interface IatiValue extends IatiExtensible {
  /** `@value` as written; absent when the attribute is. */
  readonly value?: string;
  /** `location/@ref`s. */
  readonly locations: readonly string[];
  readonly dimensions: readonly IatiDimension[];
  /** `comment` narratives (empty when there is no comment). */
  readonly comment: IatiText;
  readonly documentLinks: readonly IatiDocumentLink[];
}

/** A `baseline`: `year` is required by the schema, `iso-date` optional. */
export interface IatiBaseline extends IatiValue {
  readonly year: string;
  readonly isoDate?: string;
}

/** A `period` with its targets and actuals. */
export interface IatiPeriod extends IatiExtensible {
  readonly start: string;
  readonly end: string;
  readonly targets: readonly IatiValue[];
  readonly actuals: readonly IatiValue[];
  readonly foreignAttributes: ForeignAttributes;
}

/** An `indicator` of a result. Codes and flags as written (`measure="2"`, `ascending="0"`). */
export interface IatiIndicator extends IatiExtensible {
  readonly measure: string;
  readonly ascending?: string;
  readonly aggregationStatus?: string;
  readonly title: IatiText;
  readonly description: IatiText;
  readonly documentLinks: readonly IatiDocumentLink[];
  readonly references: readonly IatiReference[];
  readonly baselines: readonly IatiBaseline[];
  readonly periods: readonly IatiPeriod[];
  readonly foreignAttributes: ForeignAttributes;
}

/** A `result`: `type` as written (1 output, 2 outcome, 3 impact, 9 other). */
export interface IatiResult extends IatiExtensible {
  readonly type: string;
  readonly aggregationStatus?: string;
  readonly title: IatiText;
  readonly description: IatiText;
  readonly documentLinks: readonly IatiDocumentLink[];
  readonly references: readonly IatiReference[];
  readonly indicators: readonly IatiIndicator[];
  readonly foreignAttributes: ForeignAttributes;
}

/** A `related-activity`: `type` 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party. */
export interface IatiRelatedActivity {
  readonly ref: string;
  readonly type: string;
}

/** An organisation: `reporting-org` or `participating-org`. */
export interface IatiOrganisation {
  readonly ref?: string;
  readonly type?: string;
  /** `participating-org/@role` (absent on the reporting org). */
  readonly role?: string;
  readonly name: IatiText;
}

/** An `iati-activity`, as far as results go. */
export interface IatiActivity extends IatiExtensible {
  /** `iati-identifier`, trimmed (an identifier has no surrounding white space; pretty-printers add it). */
  readonly identifier: string;
  /** `xml:lang`: the language of narratives that give none. */
  readonly lang?: string;
  readonly defaultCurrency?: string;
  readonly lastUpdated?: string;
  readonly reportingOrg: IatiOrganisation;
  readonly title: IatiText;
  /** `description`s with their `type` (1 general, 2 objectives, 3 target groups, 4 other). */
  readonly descriptions: readonly { readonly type?: string; readonly text: IatiText }[];
  readonly participatingOrgs: readonly IatiOrganisation[];
  /** `activity-status/@code`. */
  readonly status?: string;
  /** `activity-date`s: `type` 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
  readonly dates: readonly { readonly type: string; readonly isoDate: string }[];
  readonly relatedActivities: readonly IatiRelatedActivity[];
  readonly results: readonly IatiResult[];
  readonly foreignAttributes: ForeignAttributes;
  /** Names of the IATI elements the reader met and did not keep (budget, transaction, …), each once, in order met. */
  readonly skipped: readonly string[];
}

/** An `iati-activities` file. */
export interface IatiActivities {
  /** `@version` as written (we write "2.03"). */
  readonly version?: string;
  readonly generatedDatetime?: string;
  readonly activities: readonly IatiActivity[];
}
