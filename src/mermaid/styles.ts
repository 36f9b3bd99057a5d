import type { Status } from '../progress/types.js';

/** Mermaid class names: one per kind of node drawn, one per status. @internal */
export type ClassName =
  | 'goal'
  | 'objective'
  | 'subObjective'
  | 'indicator'
  | 'dutyBearer'
  | 'rightsHolder'
  | 'boundaryPartner'
  | 'assumption'
  | 'assumptionFails'
  | 'achieved'
  | 'onTrack'
  | 'atRisk'
  | 'offTrack'
  | 'noData'
  | 'legendShape';

/** The class of each status. @internal */
export const STATUS_CLASS: { readonly [S in Status]: ClassName } = {
  achieved: 'achieved',
  'on-track': 'onTrack',
  'at-risk': 'atRisk',
  'off-track': 'offTrack',
  'no-data': 'noData',
};

/**
 * The `classDef` of each class, in the order they are written. No two
 * meanings share a fill. Status never rests on hue alone: each status also has
 * its own border (achieved thick, on track thin, at risk dashed, off track
 * thickest, no data dotted) and its word in the label, and the status fills
 * step in lightness (off track darkest, no data white), so they stay apart in
 * greyscale print and for colour-blind readers. Every text colour has a WCAG
 * contrast of at least 4.5:1 on its fill (test/mermaid/palette.test.ts).
 * @internal
 */
export const CLASS_DEFS: readonly (readonly [ClassName, string])[] = [
  ['goal', 'fill:#1f4e79,stroke:#0e2a47,color:#ffffff'],
  ['objective', 'fill:#dbe8f6,stroke:#1f4e79,color:#0e2a47'],
  ['subObjective', 'fill:#f0f5fb,stroke:#5b84b1,color:#0e2a47'],
  ['indicator', 'fill:#ffffff,stroke:#6b7778,color:#333333'],
  ['dutyBearer', 'fill:#e6ddf5,stroke:#6c4a9e,color:#2e1a4a'],
  ['rightsHolder', 'fill:#f6d9c3,stroke:#a65a1b,color:#4a2a0c'],
  ['boundaryPartner', 'fill:#e4ecd0,stroke:#5a7a1e,color:#263510'],
  ['assumption', 'fill:#d4efec,stroke:#2a8c82,color:#0f3d3a'],
  ['assumptionFails', 'fill:#d4efec,stroke:#b3261e,color:#0f3d3a,stroke-width:3px,stroke-dasharray:6 3'],
  ['achieved', 'fill:#5b9bd5,stroke:#0e2a47,color:#1a1a1a,stroke-width:3px'],
  ['onTrack', 'fill:#7cc477,stroke:#1e5a22,color:#1a1a1a,stroke-width:1px'],
  ['atRisk', 'fill:#ffe27a,stroke:#6b5200,color:#1a1a1a,stroke-width:2px,stroke-dasharray:7 3'],
  ['offTrack', 'fill:#a3231b,stroke:#3d0a06,color:#ffffff,stroke-width:4px'],
  ['noData', 'fill:#ffffff,stroke:#666666,color:#333333,stroke-width:1.5px,stroke-dasharray:2 3'],
  ['legendShape', 'fill:#ffffff,stroke:#555555,color:#1a1a1a'],
];

/** The `linkStyle` of links resting on a failing assumption. @internal */
export const FAILING_LINK_STYLE = 'stroke:#b3261e,stroke-width:2px,stroke-dasharray:6 4';
