import type { Status } from '../progress/types.js';

/** Mermaid class names: one per kind of node drawn, one per status. @internal */
export type ClassName =
  | 'goal'
  | 'objective'
  | 'subObjective'
  | 'indicator'
  | 'dutyBearer'
  | 'rightsHolder'
  | 'assumption'
  | 'assumptionFails'
  | 'achieved'
  | 'onTrack'
  | 'atRisk'
  | 'offTrack'
  | 'noData';

/** The class of each status. @internal */
export const STATUS_CLASS: { readonly [S in Status]: ClassName } = {
  achieved: 'achieved',
  'on-track': 'onTrack',
  'at-risk': 'atRisk',
  'off-track': 'offTrack',
  'no-data': 'noData',
};

/**
 * The `classDef` of each class, in the order they are written. Status colours
 * follow the usual reading (blue achieved, green on track, amber at risk, red
 * off track, grey dashed no data), with dark text for contrast.
 * @internal
 */
export const CLASS_DEFS: readonly (readonly [ClassName, string])[] = [
  ['goal', 'fill:#1f4e79,stroke:#0e2a47,color:#ffffff'],
  ['objective', 'fill:#dbe8f6,stroke:#1f4e79,color:#0e2a47'],
  ['subObjective', 'fill:#f0f5fb,stroke:#5b84b1,color:#0e2a47'],
  ['indicator', 'fill:#ffffff,stroke:#7f8c8d,color:#333333'],
  ['dutyBearer', 'fill:#ece4f7,stroke:#6c4a9e,color:#2e1a4a'],
  ['rightsHolder', 'fill:#fbe9d9,stroke:#b5651d,color:#4a2a0c'],
  ['assumption', 'fill:#fff6bf,stroke:#b59b00,color:#4a4000'],
  ['assumptionFails', 'fill:#fbdcdc,stroke:#c0392b,color:#5c1410'],
  ['achieved', 'fill:#cfe3ff,stroke:#1f5fbf,color:#0b2a5b'],
  ['onTrack', 'fill:#d4f0d4,stroke:#2e8b57,color:#103a22'],
  ['atRisk', 'fill:#fff0c2,stroke:#d49b00,color:#4d3800'],
  ['offTrack', 'fill:#fbd5d5,stroke:#c0392b,color:#5c1410'],
  ['noData', 'fill:#eeeeee,stroke:#999999,color:#444444,stroke-dasharray:4 3'],
];

/** The `linkStyle` of links resting on a failing assumption. @internal */
export const FAILING_LINK_STYLE = 'stroke:#c0392b,stroke-width:2px,stroke-dasharray:6 4';
