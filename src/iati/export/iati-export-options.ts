/**
 * What {@link toIati} needs to know that a theory of change does not say.
 * Everything is optional; what is missing is filled in as described on each
 * field, and a missing identifier or reporting organisation is written as a
 * placeholder with an `iati-placeholder` warning, to replace before publishing.
 */
export interface IatiExportOptions {
  /**
   * The activity's IATI identifier, e.g. `GB-CHC-1234567-strategy-2015`.
   * Default: the reporting organisation's `ref`, a hyphen and the document's
   * `id` (the IATI rule for identifiers); when either is missing, the
   * placeholder `XX-PLACEHOLDER-…` and a warning.
   */
  readonly identifier?: string;
  /** The organisation publishing the activity (also written as its implementing organisation). */
  readonly reportingOrg?: {
    /** Its IATI organisation identifier, e.g. `GB-CHC-1234567`. Default: the placeholder `XX-PLACEHOLDER` and a warning. */
    readonly ref?: string;
    /** Its IATI OrganisationType code, e.g. `21` (international NGO). Default: `21` and a warning. */
    readonly type?: string;
    /** Its name. Default: the document's `organisation`; without one, a placeholder and a warning. */
    readonly name?: string;
  };
  /** The language of the texts, an ISO 639-1 code written as the activity's `xml:lang`. Default `en`. */
  readonly language?: string;
  /** The IATI ActivityStatus code: 1 pipeline, 2 implementation (default), 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
  readonly status?: string;
}
