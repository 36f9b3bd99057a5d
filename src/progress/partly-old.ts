/**
 * Whether part of a goal's or objective's coverage rests on readings older
 * than their age limit: its `recentCoverage` (present only where a limit is
 * in force) is below its `coverage`. The one test behind every output's old
 * mark (tables, Markdown, HTML, diagram). @internal
 */
export function partlyOld(coverage: number, recentCoverage: number | undefined): boolean {
  return recentCoverage !== undefined && recentCoverage < coverage;
}
