import type { Session } from '../../../core/session';
import type { Anchor } from '../receipt';

/** What a transaction says by itself once its id was recomputed from it: no explorer can change these and keep the id. */
export interface AnchoringTransaction {
  txId: string;
  /** The data it carries (OP_RETURN, Ethereum input), lower-case hex: the Merkle root when genuine. */
  data?: string;
  /** The address that signed it; absent when its script is of a kind not read. */
  sender?: string;
  /** Why the key the transaction shows did not sign it (it spends an output locked otherwise, or its signature fails). */
  notSignedBy?: string;
  /** Why the sender was not read (a kind of spend not supported). */
  senderUnread?: string;
}

/** Where an explorer says the transaction is; only two explorers agreeing make it believable. */
export interface BlockPlace {
  hash: string;
  height: number;
  /** ms since the epoch. */
  time: number;
}

/** One explorer's answer: the transaction it sent (re-hashed here), if its API sends one whole, and the block. */
export type ExplorerAnswer =
  | { ok: true; tx?: AnchoringTransaction; block?: BlockPlace }
  | { ok: false; code: 'anchor.explorer-failed' | 'anchor.explorer-lied'; detail: string };

export interface AnchorExplorer {
  /** The host, as the card and the docs name it. */
  name: string;
  lookUp(txId: string, session: Session): Promise<ExplorerAnswer>;
}

/** One blockchain network whose anchors can be looked up: two independent explorers and its address rules. */
export interface AnchorChain {
  chain: Anchor['chain'];
  network: string;
  /** As sentences say it: "Bitcoin block 508180". */
  label: string;
  /** The canonical transaction id, or undefined when the receipt's is not one of this chain. */
  transactionId(raw: string): string | undefined;
  explorers: readonly [AnchorExplorer, AnchorExplorer];
  sameAddress(a: string, b: string): boolean;
}
