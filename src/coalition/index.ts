export { validateCoalition } from './validate-coalition.js';
export type { CoalitionComposition, CoalitionValidation, ValidateCoalitionOptions } from './validate-coalition.js';
export { jointProgress } from './joint-progress.js';
export type { JointProgress, JointResultProgress, MemberContribution, MemberShare, MemberView } from './joint-progress.js';
export type { CoalitionDocument, CoalitionLink, CoalitionMember, Origin, SharedIndicator } from './types.js';
export { memberGroups } from './member-groups.js';
export type { MemberGroup } from './member-groups.js';
export { toCoalitionJsonSchema } from './coalition-json-schema.js';
