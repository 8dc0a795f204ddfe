import { error } from '../../result/check';
import type { Check } from '../../result/types';
import type { Session } from '../../core/session';
import type { IssuerKey } from './issuer-profile';
import { type Anchor, describeAnchor, type Receipt } from './receipt';

/** The anchoring transaction, fetched from two independent explorers and checked locally. */
export async function lookUpAnchor(_receipt: Receipt, anchor: Anchor, _keys: readonly IssuerKey[], _session: Session): Promise<Check[]> {
  return [error('anchor', 'anchor.chain-unsupported', `looking up ${describeAnchor(anchor)} is not supported yet`)];
}
