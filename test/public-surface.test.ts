/**
 * The public names of each entry of the package, values and types, listed here
 * so that every addition or removal is a deliberate change to this file (and
 * to the changelog). Read with the TypeScript compiler from the sources, as
 * the built `.d.ts` files are generated from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** Each entry of package.json `exports` (but the JSON files) and its source. */
const ENTRIES = {
  '.': 'src/index.ts',
  './mermaid': 'src/mermaid/index.ts',
  './report': 'src/report/index.ts',
  './parse': 'src/parse/index.ts',
  './readings': 'src/readings/index.ts',
  './node': 'src/node/index.ts',
  './iati': 'src/iati/index.ts',
  './diff': 'src/diff/index.ts',
} as const;

type Entry = keyof typeof ENTRIES;

const EXPECTED: Record<Entry, { readonly values: readonly string[]; readonly types: readonly string[] }> = {
  // What an application needs: the document, validation and loading, the model and its builder, the roll-up and its report, explanations, statuses.
  '.': {
    values: [
      'DEFAULT_MARKER_WEIGHTS',
      'DEFAULT_THRESHOLDS',
      'DIAGNOSTIC_CODES',
      'DocumentSchema',
      'EVIDENCE_WEIGHTS',
      'JSON_SCHEMA_FILE',
      'Model',
      'ModelBuilder',
      'NODE_KINDS',
      'NodeSchema',
      'STATUSES',
      'TheoryOfChangeError',
      'accountability',
      'assumptionStatus',
      'jointProgress',
      'validateCoalition',
      'memberGroups',
      'toCoalitionJsonSchema',
      'createProgressTracker',
      'describeBalance',
      'evidenceBalance',
      'explainProgress',
      'formatDiagnostics',
      'formatPath',
      'isIsoDate',
      'loadModel',
      'progressOf',
      'progressSeries',
      'readingDate',
      'rollUp',
      'statusOf',
      'theoryOfChange',
      'toDocument',
      'toGraph',
      'toJsonSchema',
      'validate',
    ],
    types: [
      'ActorType',
      'AdjustableCode',
      'AggregationFunction',
      'AggregationInput',
      'AggregationName',
      'AggregationRef',
      'AssessmentDocument',
      'AssumptionDocument',
      'AssumptionFields',
      'AssumptionJudgement',
      'AssumptionStatus',
      'BoundaryPartnerDocument',
      'BoundaryPartnerFields',
      'BreakdownEntry',
      'CategoryFilter',
      'CoalitionComposition',
      'CoalitionDocument',
      'CoalitionLink',
      'CoalitionMember',
      'CoalitionValidation',
      'JointProgress',
      'JointResultProgress',
      'MemberContribution',
      'MemberGroup',
      'MemberShare',
      'MemberView',
      'Origin',
      'SharedIndicator',
      'ValidateCoalitionOptions',
      'Combine',
      'Contribution',
      'ContributionRef',
      'Diagnostic',
      'DiagnosticCode',
      'DocumentPath',
      'DutyBearerAccountability',
      'DutyBearerDocument',
      'DutyBearerFields',
      'EvidenceBalance',
      'EvidenceDocument',
      'EvidenceStance',
      'EvidenceStrength',
      'ExplainOptions',
      'FrameworkCode',
      'GoalDocument',
      'GoalFields',
      'HeaderFields',
      'IndicatorDocument',
      'IndicatorFields',
      'IndicatorProgress',
      'IndicatorValue',
      'IsoDate',
      'IsoDuration',
      'JsonValue',
      'JudgedTarget',
      'MarkerGrade',
      'MarkerWeights',
      'Measure',
      'MeasuresRef',
      'Meta',
      'Method',
      'NewId',
      'NoDataReason',
      'NodeBase',
      'NodeDocument',
      'NodeKind',
      'NodeOfKind',
      'NodeProgress',
      'ObjectiveDocument',
      'ObjectiveFields',
      'ObservationUsed',
      'ProgressMarker',
      'ProgressOptions',
      'ProgressReport',
      'ProgressReportData',
      'ProgressSeries',
      'ProgressTracker',
      'ReadingDocument',
      'ReadingFlag',
      'ReadingPeriod',
      'Relation',
      'RelationKind',
      'ResolvedSettings',
      'ResultBase',
      'ResultDocument',
      'ResultFields',
      'ResultProgress',
      'ResultType',
      'RightsHolderDocument',
      'RightsHolderFields',
      'Severity',
      'SeverityOverrides',
      'SourceDocument',
      'SourceKind',
      'SourcePosition',
      'Status',
      'StatusThresholds',
      'StrengthCounts',
      'TargetsAre',
      'TheoryOfChangeDocument',
      'TrackerUpdate',
      'TypedContribution',
      'TypedMeasures',
      'ValidateOptions',
      'ValidationResult',
    ],
  },
  // Diagrams.
  './mermaid': {
    values: ['escapeLabel', 'toMermaid'],
    types: ['FlowDirection', 'FocusDirection', 'Grouping', 'MermaidOptions', 'NodeGroup'],
  },
  // Reports: the Markdown page, the plain-text table, the report rows, and the self-contained HTML page.
  './report': {
    values: [
      'boundaryPartnerRows',
      'dutyBearerRows',
      'evidenceRows',
      'formatDutyBearerTable',
      'formatIndicatorTable',
      'formatJointProgress',
      'formatProgressTable',
      'formatResultTypeTable',
      'formatSeriesTable',
      'indicatorRows',
      'progressRows',
      'resultTypeRows',
      'seriesRows',
      'toHtmlReport',
      'toMarkdownReport',
    ],
    types: [
      'AccountableResult',
      'BoundaryPartnerRow',
      'DatedValue',
      'DutyBearerRow',
      'EvidenceRow',
      'HtmlReportOptions',
      'IndicatorRow',
      'MarkdownOptions',
      'PartnerMarkers',
      'ProgressRow',
      'ProgressRowsOptions',
      'ProgressTableOptions',
      'ResultTypeRow',
      'RowNode',
      'SeriesPoint',
      'SeriesRow',
      'SeriesTableOptions',
      'TextTableOptions',
    ],
  },
  // Reading text anywhere, browsers included.
  './parse': {
    values: ['MAX_ALIAS_EXPANSION', 'MAX_NESTING', 'parseText', 'positionsOf', 'validateText', 'withPositions'],
    types: ['ParseTextOptions', 'ParseTextResult', 'SourcePosition', 'TextFormat', 'ValidateTextOptions', 'ValidateTextResult'],
  },
  // Readings from CSV and XLSX sheets, checked and added to YAML in place, and the template; browsers included.
  './readings': {
    values: [
      'DEFAULT_MAX_UNZIPPED_SIZE',
      'DIMENSION_PREFIX',
      'READING_COLUMNS',
      'READING_PROBLEM_CODES',
      'addReadings',
      'checkReadings',
      'formatReadingProblems',
      'readingsFromCsv',
      'readingsFromXlsx',
      'readingsTemplate',
    ],
    types: [
      'AddReadingsOptions',
      'AddReadingsResult',
      'Cell',
      'CsvOptions',
      'NewReading',
      'ReadingColumn',
      'ReadingKind',
      'ReadingProblem',
      'ReadingProblemCode',
      'ReadingRecord',
      'ReadingsCheck',
      'ReadingWarning',
      'ReadingsSheet',
      'SheetResult',
      'SheetRow',
      'TemplateFormat',
      'XlsxOptions',
    ],
  },
  // Node only: files, rendering, and the HTML report with its diagram drawn (and printed to PDF).
  './node': {
    values: ['CHROMIUM_HINT', 'DEFAULT_MAX_FILE_SIZE', 'findChromium', 'isCoalition', 'loadModelFile', 'parseText', 'placeInFiles', 'positionsOf', 'readCoalitionFile', 'readModelFile', 'renderHtmlReport', 'renderMermaid', 'withPositions'],
    types: [
      'ReadCoalitionFileResult',
      'HtmlReportRenderOptions',
      'HtmlReportRenderResult',
      'ParseTextOptions',
      'ParseTextResult',
      'ReadModelFileOptions',
      'ReadModelFileResult',
      'RenderOptions',
      'RenderResult',
      'TextFormat',
    ],
  },
  // IATI 2.03: activity XML read and written as plain data, the export (toIati) and the import (importIati).
  './iati': {
    values: ['importActivities', 'importIati', 'importIatiStream', 'readIati', 'readIatiActivities', 'readIatiStream', 'toIati', 'toIatiCoalition', 'writeIati'],
    types: [
      'ForeignAttributes',
      'IatiActivities',
      'IatiActivity',
      'IatiBaseline',
      'IatiDimension',
      'IatiDocumentLink',
      'IatiExport',
      'IatiExportOptions',
      'IatiExtensible',
      'IatiImport',
      'IatiIndicator',
      'IatiNarrative',
      'IatiOrganisation',
      'IatiPeriod',
      'IatiProgramme',
      'IatiReadResult',
      'IatiReference',
      'IatiRelatedActivity',
      'IatiResult',
      'IatiText',
      'IatiValue',
      'ImportIatiOptions',
      'NotCarried',
      'RelatedActivity',
      'UnfollowedLink',
      'XmlElement',
    ],
  },
  // Versions compared: what changed between two documents and what it did to progress, as data, text or Markdown.
  './diff': {
    values: ['diff', 'diffCoalition', 'formatCoalitionDiffMarkdown', 'formatCoalitionDiffText', 'formatDiffMarkdown', 'formatDiffText'],
    types: [
      'Change',
      'ChangeKind',
      'CoalitionDiff',
      'CoalitionVersion',
      'DiffFormatOptions',
      'DiffOptions',
      'FieldChange',
      'JointProgressChange',
      'LinkRelation',
      'MemberDiff',
      'MemberEntryChange',
      'ModelDiff',
      'ProgressChange',
      'ProgressPoint',
    ],
  },
};

let cached: Record<Entry, { values: string[]; types: string[] }> | undefined;

/** The names each entry exports, split into values (functions, constants, classes) and types only. */
function exportedNames(): Record<Entry, { values: string[]; types: string[] }> {
  cached ??= readExports();
  return cached;
}

/** Every source file under src/ but tests: the program's files, so that it need not follow imports. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function readExports(): Record<Entry, { values: string[]; types: string[] }> {
  // Only the sources, not the libraries' or the standard library's declarations
  // (noResolve, noLib): whether a name is a value or a type is decided by its
  // declaration in src/, and reading zod's types would take most of the time.
  const program = ts.createProgram(sourceFiles(resolve(root, 'src')), {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    noResolve: true,
    noLib: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const out = {} as Record<Entry, { values: string[]; types: string[] }>;
  for (const [entry, file] of Object.entries(ENTRIES) as [Entry, string][]) {
    const source = program.getSourceFile(resolve(root, file));
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`${file}: not a module`);
    const names = { values: [] as string[], types: [] as string[] };
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      (target.flags & ts.SymbolFlags.Value ? names.values : names.types).push(symbol.name);
    }
    out[entry] = { values: names.values.sort(), types: names.types.sort() };
  }
  return out;
}

describe('the public surface', () => {
  it('is exactly the names listed here, entry by entry', () => {
    const actual = exportedNames();
    for (const entry of Object.keys(ENTRIES) as Entry[]) {
      expect({ entry, ...actual[entry] }).toEqual({ entry, values: [...EXPECTED[entry].values].sort(), types: [...EXPECTED[entry].types].sort() });
    }
  });

  it('keeps formatting helpers and diagram internals off the main entry', () => {
    const main = exportedNames()['.'];
    for (const name of ['toMermaid', 'toMarkdownReport', 'formatProgressTable', 'progressRows', 'compareRefs', 'formatPercent', 'illustrativeIds', 'mermaidNodeIds', 'escapeMarkdown', 'relationKey']) {
      expect(main.values).not.toContain(name);
    }
  });

  it('has each entry in package.json exports (ESM and CJS, with types), the build and the API docs', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const code = Object.keys(pkg.exports).filter((key) => !key.endsWith('.json'));
    expect(code.sort()).toEqual(Object.keys(ENTRIES).sort());
    const tsup = readFileSync(resolve(root, 'tsup.config.ts'), 'utf8');
    const typedoc = JSON.parse(readFileSync(resolve(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    for (const [entry, file] of Object.entries(ENTRIES)) {
      const name = entry === '.' ? 'index' : entry.slice(2);
      expect(pkg.exports[entry]).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
      expect(tsup).toContain(`${name}: '${file}'`);
      expect(typedoc.entryPoints).toContain(file);
    }
  });
});
