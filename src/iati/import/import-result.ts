/**
 * What {@link importIati} returns, and its options: the documents, the problems found, the list
 * of what could not be carried over, and the links between activities.
 */
import type { Diagnostic, DocumentPath, SourcePosition } from '../../diagnostics/diagnostic.js';
import type { TheoryOfChangeDocument } from '../../document/types.js';
import type { CoalitionDocument } from '../../coalition/types.js';

/**
 * Something in the IATI file that is not in the documents: an element the import skips, a value
 * it cannot use, an address that is not a web address. One entry per thing, except the elements
 * of an activity the import never reads (budgets, transactions, locations…), which are one entry
 * per activity.
 */
export interface NotCarried {
  /** The `iati-identifier` of the activity it belongs to (empty when the activity has none). */
  readonly activity: string;
  /** The element, as a path from the file's top: `["iati-activity", 0, "result", 1, "indicator", 0, "period", 2, "actual", 0]`. */
  readonly path: DocumentPath;
  /** Where the element starts in the file, when known. */
  readonly position?: SourcePosition;
  /** What it is, in words: `the actual of 2013-01-01 to 2013-03-31 ("N/A")`. */
  readonly what: string;
  /** Why it is not carried over. */
  readonly why: string;
}

/** A `related-activity` link of an imported activity, kept for tools that join activities (a parent and its children). */
export interface RelatedActivity {
  /** The `iati-identifier` of the activity the link is written in. */
  readonly activity: string;
  /** The `iati-identifier` of the activity it points to. */
  readonly ref: string;
  /** The IATI `type` code as written: 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party. */
  readonly type: string;
  /** What the code means, or `unknown` for a code not in the list. */
  readonly relation: 'parent' | 'child' | 'sibling' | 'co-funded' | 'third-party' | 'unknown';
}

/**
 * A programme: an activity and the activities that are part of it (IATI `related-activity`
 * parent and child links, followed down), as a coalition of their documents. See
 * docs/iati-mapping.md, "Programmes".
 */
export interface IatiProgramme {
  /** The `iati-identifier` of the activity at the top of the programme. */
  readonly parent: string;
  /** The `iati-identifier` of each member's activity, by member id. */
  readonly activities: Readonly<Record<string, string>>;
  /**
   * The coalition of the programme's documents: each member's `file` is what the `fileOf`
   * option said for its activity. Restored as written when the file was written by
   * `toIatiCoalition`; otherwise no joint nodes, and one link per child's top result (a goal, or
   * an objective contributing to nothing) to its parent's top result, with a note saying it
   * comes from `related-activity`.
   */
  readonly coalition: CoalitionDocument;
}

/** A `related-activity` link that makes no link of a programme, and why. */
export interface UnfollowedLink extends RelatedActivity {
  /** Why it is not followed: the activity it names is not in the file, has no results, or the link is not parent or child. */
  readonly why: string;
}

/**
 * The outcome of {@link importIati}: one document per activity with results, in file order, each
 * of which passes `validate` without errors, with everything the import had to assume or leave
 * out.
 */
export interface IatiImport {
  /** One theory of change per activity with results; its `id` is the activity's `iati-identifier`. */
  readonly documents: readonly TheoryOfChangeDocument[];
  /**
   * Problems and assumptions, each with its place in the file (`position`, and `path` from the
   * file's top: `iati-activity[0].result[1].indicator[0]`). Codes start with `iati-`. A file
   * that is not IATI XML at all gives one error and no documents.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** Everything in the file that is not in the documents, and why. */
  readonly notCarried: readonly NotCarried[];
  /** The `related-activity` links of every activity read, in file order. */
  readonly related: readonly RelatedActivity[];
  /**
   * One coalition per programme: an activity with results and those linked to it as its
   * children (either side may write the link), followed down, ordered by the top activity's
   * identifier.
   */
  readonly programmes: readonly IatiProgramme[];
  /** The links of `related` that make no link of a programme (sibling, co-funded, third party, or to an activity not in the file or without results), each once, with why. */
  readonly unfollowed: readonly UnfollowedLink[];
}

/** Options of {@link importIati}. */
export interface ImportIatiOptions {
  /**
   * The language to take titles and descriptions in (an ISO 639-1 code such as `fr`), when the
   * file gives several. Default: the activity's own language (`xml:lang`), else the first
   * narrative. Every other language is kept in the node's `meta.iati`.
   */
  readonly lang?: string;
  /**
   * The file a programme's coalition names for the document of an activity, relative to the
   * coalition file (`toc import iati` gives the file it writes). Default: `./` and the
   * identifier with every character other than letters, digits, `.`, `-` and `_` made `_`, and `.yaml`.
   */
  readonly fileOf?: (identifier: string) => string;
  /**
   * Called with each document, and the `iati-identifier` of the activity it comes from (a
   * restored document keeps its own `id`), as soon as the activity has been read, in file order. When given,
   * the documents are handed over instead of kept: the result's `documents` is empty, and memory
   * stays that of one activity (for files of hundreds of megabytes). `validation` is what
   * `validate` says of the document (the import's own last check, not run again): warnings only
   * for an imported activity, whose refused readings are left out; a restored one may have errors.
   */
  readonly onDocument?: (document: TheoryOfChangeDocument, from: { readonly identifier: string; readonly validation: readonly Diagnostic[] }) => void;
}
