/**
 * Model a theory of change as a typed directed graph, validate it and roll
 * progress up from indicators to the goal, with explanations.
 *
 * This entry is pure: no `fs`, no DOM. Diagrams are in
 * `theory-of-change/mermaid`, Markdown reports and text tables in
 * `theory-of-change/report`, reading text in `theory-of-change/parse`, and
 * files and rendering in `theory-of-change/node`.
 *
 * @module theory-of-change
 */
export type * from './document/types.js';
export { DocumentSchema, NodeSchema, NODE_KINDS } from './document/schema.js';
export { toJsonSchema, JSON_SCHEMA_FILE } from './document/json-schema.js';
export { isIsoDate } from './document/dates.js';
export { readingDate } from './document/reading-date.js';
export { DIAGNOSTIC_CODES } from './diagnostics/codes.js';
export type { AdjustableCode, DiagnosticCode, Severity, SeverityOverrides } from './diagnostics/codes.js';
export { formatDiagnostics, formatPath } from './diagnostics/diagnostic.js';
export type { Diagnostic, DocumentPath, SourcePosition } from './diagnostics/diagnostic.js';
export { TheoryOfChangeError } from './diagnostics/theory-of-change-error.js';
export { validate } from './validate/validate.js';
export type { ValidateOptions, ValidationResult } from './validate/validate.js';
export { loadModel } from './validate/load-model.js';
export { Model } from './model/model.js';
export type { NodeOfKind } from './model/model.js';
export type { Relation, RelationKind } from './model/relations.js';
export { toDocument } from './model/to-document.js';
export { toGraph } from './model/to-graph.js';
export { assumptionStatus, describeBalance, evidenceBalance, EVIDENCE_WEIGHTS } from './model/evidence-balance.js';
export type { AssumptionJudgement, EvidenceBalance, StrengthCounts } from './model/evidence-balance.js';
export { ModelBuilder, theoryOfChange } from './builder/builder.js';
export type {
  AssumptionFields,
  BoundaryPartnerFields,
  DutyBearerFields,
  GoalFields,
  HeaderFields,
  IndicatorFields,
  NewId,
  ObjectiveFields,
  ResultFields,
  RightsHolderFields,
  TypedContribution,
  TypedMeasures,
} from './builder/builder.js';
export * from './progress/index.js';
export * from './coalition/index.js';
