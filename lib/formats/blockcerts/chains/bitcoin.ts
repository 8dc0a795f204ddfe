import type { Session } from '../../../core/session';
import { claimedKeyOf, readSpend } from '../bitcoin-spend';
import { type BitcoinTx, parseRawTransaction, readEsploraTransaction, txIdOf } from '../bitcoin-tx';
import type { AnchorChain, AnchorExplorer, AnchoringTransaction, ExplorerAnswer } from './types';

type Failure = Extract<ExplorerAnswer, { ok: false }>;

/**
 * An Esplora API: the whole transaction and its block (`/api/tx/<txid>`), then the raw transaction
 * whose output its first input spends (`/api/tx/<txid>/hex`), both re-hashed here. Each operator
 * learns the two transaction ids and nothing else.
 */
function esplora(name: string, base: string): AnchorExplorer {
  return {
    name,
    async lookUp(txId: string, session: Session): Promise<ExplorerAnswer> {
      const fetched = await session.getJson(`${base}/api/tx/${txId}`, 'credential');
      if (!fetched.ok) return { ok: false, code: 'anchor.explorer-failed', detail: `${name}: ${fetched.detail}` };
      const read = await readEsploraTransaction(fetched.value);
      if (!read)
        return {
          ok: false,
          code: 'anchor.explorer-lied',
          detail: `${name} answered with a transaction that hashes to nothing readable, not ${txId}`,
        };
      const { block, opReturn, txId: hashed } = read;
      const tx: AnchoringTransaction = { txId: hashed, ...(opReturn ? { data: opReturn } : {}) };
      // A transaction that is not the one asked for is reported as such by the caller; its funding is moot.
      if (hashed !== txId) return { ok: true, tx, ...(block ? { block } : {}) };
      const spender = await readSender(name, base, read.tx, session);
      if ('ok' in spender) return spender;
      return { ok: true, tx: { ...tx, ...spender }, ...(block ? { block } : {}) };
    },
  };
}

/** The sender, proven from the funding transaction this explorer sends, which must hash to the id the spend names. */
async function readSender(
  name: string,
  base: string,
  tx: BitcoinTx,
  session: Session,
): Promise<Failure | Pick<AnchoringTransaction, 'sender' | 'notSignedBy' | 'senderUnread'>> {
  const fundingId = tx.inputs[0]?.prevTxId;
  if (!fundingId || !claimedKeyOf(tx)) return { senderUnread: 'its first input is not a pay-to-public-key-hash spend' };
  const fetched = await session.getText(`${base}/api/tx/${fundingId}/hex`, 'credential');
  const unchecked = `the funding transaction ${fundingId} could not be checked`;
  if (!fetched.ok) return { ok: false, code: 'anchor.explorer-failed', detail: `${name}: ${unchecked}: ${fetched.detail}` };
  const funding = parseRawTransaction(fetched.value.trim().toLowerCase());
  const fundingHash = funding ? await txIdOf(funding) : undefined;
  if (!funding || fundingHash !== fundingId)
    return {
      ok: false,
      code: 'anchor.explorer-lied',
      detail: `${name}: ${unchecked}: it answered with ${fundingHash ? `a transaction that hashes to ${fundingHash}` : 'no readable transaction'}`,
    };
  const spend = await readSpend(tx, funding);
  if ('sender' in spend) return { sender: spend.sender };
  return 'notSignedBy' in spend ? { notSignedBy: spend.notSignedBy } : { senderUnread: spend.unread };
}

export const bitcoinMainnet: AnchorChain = {
  chain: 'bitcoin',
  network: 'mainnet',
  label: 'Bitcoin',
  transactionId: (raw) => (/^[0-9a-f]{64}$/i.test(raw) ? raw.toLowerCase() : undefined),
  explorers: [esplora('blockstream.info', 'https://blockstream.info'), esplora('mempool.space', 'https://mempool.space')],
  // Base58 is case-sensitive.
  sameAddress: (a, b) => a === b,
};
