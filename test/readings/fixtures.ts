/** A small strategy with an indicator of each measure, breakdowns and each style of list, written as people write YAML. */
export const STRATEGY = `# École pour toutes — a test strategy
title: École pour toutes
period: { start: 2025-01-01, end: 2027-12-31 }
nodes:
  - { kind: goal, id: goal, title: Girls finish school }

  # Counted each term by the district offices.
  - kind: indicator
    id: enrolled
    title: Enfants scolarisés – Ñandú 日本
    measure: { kind: number }
    unit: children
    measures: [goal]
    dimensions: { sex: [female, male], age: [under-12, over-12] }
    baseline: { date: 2024-12-31, value: 100 }
    targets: [{ date: 2027-12-31, value: 300 }]
    observations:
      - date: 2025-06-30
        value: 150 # mid-year count
    note: >-
      Children enrolled in the programme's schools,
      counted in each district.

  - kind: indicator
    id: pass-rate
    title: Pass rate
    measure: { kind: percentage }
    measures: [goal]
    dimensions: { sex: [female, male] }
    baseline: { date: 2024-12-31, value: 40 }
    targets:
      - date: 2027-12-31
        value: 80
    observations: [{ date: 2025-06-30, value: 45 }]

  - kind: indicator
    id: law-passed
    title: The education law is passed
    measure: { kind: boolean }
    measures: [goal]
    targets: [{ date: 2027-12-31, value: true }]

  - { kind: indicator, id: attitude, title: Parents back girls' schooling, measures: [goal], measure: { kind: scale, levels: [low, medium, high] }, baseline: { date: 2024-12-31, value: low }, targets: [{ date: 2027-12-31, value: high }] }

  - kind: indicator
    id: review
    title: Annual review
    measures: [goal]
    measure: { kind: qualitative }
    targets: [{ date: 2027-12-31, value: Every district enrols girls as boys, rating: 1 }]
`;
