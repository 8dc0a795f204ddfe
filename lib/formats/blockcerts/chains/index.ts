import type { Anchor } from '../receipt';
import { bitcoinMainnet } from './bitcoin';
import { ethereumMainnet } from './ethereum';
import type { AnchorChain } from './types';

/** The networks whose anchors are looked up; every other chain is `anchor.chain-unsupported`. */
export const ANCHOR_CHAINS: readonly AnchorChain[] = [bitcoinMainnet, ethereumMainnet];

export function anchorChainOf(anchor: Anchor): AnchorChain | undefined {
  return ANCHOR_CHAINS.find((c) => c.chain === anchor.chain && c.network === anchor.network);
}

export type { AnchorChain } from './types';
