import type { JointProgress } from '../coalition/joint-progress.js';
import type { Model } from '../model/model.js';

/** The part of a joint node's progress that comes from the coalition's own indicators, not from a member. */
export const OWN_SHARE_NAME = 'the coalition’s own indicators';

/**
 * A member's name for running text: its title, else its id; `null` (the
 * coalition's own indicators) gets {@link OWN_SHARE_NAME}. @internal
 */
export function memberName(joint: JointProgress, member: string | null): string {
  if (member === null) return OWN_SHARE_NAME;
  return joint.members.find((m) => m.member === member)?.title ?? member;
}

/** A node of the composed coalition by its ref and title (`1.1 Title`), or its title, or its id when the model lacks it. @internal */
export function nodeText(model: Model, id: string): string {
  const node = model.node(id);
  if (node === undefined) return id;
  return node.ref === undefined || node.ref === '' ? node.title : `${node.ref} ${node.title}`;
}
