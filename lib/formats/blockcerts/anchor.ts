import { fail, skip } from '../../result/check';
import type { Check } from '../../result/types';
import type { Session } from '../../core/session';
import { lookUpAnchor } from './anchor-lookup';
import { anchorChainOf } from './chains';
import type { IssuerKey } from './issuer-profile';
import { type Anchor, describeAnchor, type Receipt } from './receipt';

/** Networks whose coins are worthless or simulated: a certificate anchored there is for testing. */
const TEST_NETWORKS = new Set(['testnet', 'regtest', 'ropsten', 'rinkeby', 'goerli', 'sepolia', 'mumbai', 'mocknet']);

export function isTestAnchor(anchor: Anchor): boolean {
  return anchor.chain === 'mock' || TEST_NETWORKS.has(anchor.network);
}

/**
 * Looks the anchor up on the chain when the user allowed it; otherwise says it was not checked.
 * Test certificates are never more than unverifiable, whatever the lookup would say.
 */
export async function checkAnchor(receipt: Receipt, keys: readonly IssuerKey[] | undefined, session: Session): Promise<Check[]> {
  const anchor = receipt.anchors[0]!;
  if (isTestAnchor(anchor)) return [fail('anchor', 'anchor.test-chain', `a test certificate, anchored on ${describeAnchor(anchor)}`)];
  if (session.env.anchors !== true)
    return [
      skip(
        'anchor',
        'anchor.not-checked',
        `the anchor on ${describeAnchor(anchor)} was not looked up: checking anchors asks public blockchain explorers, which is off`,
      ),
    ];
  return lookUpAnchor(receipt, anchor, keys ?? [], session);
}

/** Who a lookup of this certificate's anchor would ask, as the card's offer names them; none for test or unsupported chains. */
export function anchorExplorersOf(receipt: Receipt): string[] | undefined {
  const anchor = receipt.anchors[0];
  const chain = anchor && !isTestAnchor(anchor) ? anchorChainOf(anchor) : undefined;
  return chain?.explorers.map((e) => e.name);
}
