/** The document `toc init` writes: small, valid, and commented. */
export const STARTER = `# yaml-language-server: $schema=./node_modules/theory-of-change/schema.json
# A theory of change: run \`toc validate\` on this file, then \`toc progress\` and \`toc mermaid\`.
title: Clean water for every village
period: { start: 2024-01-01, end: 2026-12-31 }
levels: [Impact, Outcome]   # top first
nodes:
  - kind: goal
    id: impact
    title: Every village has clean water
    level: Impact

  - kind: objective
    id: wells
    ref: "1"
    title: Wells are maintained
    level: Outcome
    contributesTo: [{ to: impact, assumptions: [spares] }]

  - kind: assumption
    id: spares
    title: Spare parts can be bought locally
    status: uncertain        # holds | uncertain | fails

  - kind: duty-bearer
    id: district
    title: District water office
    actorType: state
    accountableFor: [wells]

  - kind: indicator
    id: working-wells
    title: Share of wells working
    measure: { kind: percentage }
    measures: [wells]
    baseline: { date: 2024-01-01, value: 40 }
    targets: [{ date: 2026-12-31, value: 90 }]
    observations:
      - { date: 2024-12-31, value: 55, source: District survey }
`;
