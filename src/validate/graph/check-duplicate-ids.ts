import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DeclaredId } from './declared-id.js';
import { report } from './report.js';

/** Which declaration owns each id: the first node to declare it. @internal */
export interface IdOwners {
  /** The owning declaration of each id. */
  readonly owner: ReadonlyMap<string, DeclaredId>;
  /** 1 at each position of the declared list whose declaration owns its id, 0 at the duplicates. */
  readonly owns: Uint8Array;
}

/**
 * Gives each id to the first node that declares it and reports every later
 * node declaring it again (`duplicate-id`), in document order.
 * @internal
 */
export function checkDuplicateIds(declared: readonly DeclaredId[], out: Diagnostic[]): IdOwners {
  const owner = new Map<string, DeclaredId>();
  const owns = new Uint8Array(declared.length);
  for (let k = 0; k < declared.length; k++) {
    const current = declared[k] as DeclaredId;
    const first = owner.get(current.id);
    if (first === undefined) {
      owner.set(current.id, current);
      owns[k] = 1;
    } else {
      report(
        out,
        'duplicate-id',
        'error',
        ['nodes', current.index, 'id'],
        [current.id],
        `Nodes ${first.index + 1} and ${current.index + 1} both have the id "${current.id}"; every node needs its own id.`,
      );
    }
  }
  return { owner, owns };
}
