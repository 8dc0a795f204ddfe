import { error, fail, pass, skip } from '../../result/check';
import type { Check } from '../../result/types';
import type { Session } from '../../core/session';
import { toIso } from '../../util/dates';
import { type BitcoinTransaction, readEsploraTransaction } from './bitcoin-tx';
import type { IssuerKey } from './issuer-profile';
import { type Anchor, describeAnchor, type Receipt } from './receipt';

/** Two operators with the same plain GET API (Esplora). Each learns the transaction id and nothing else. */
export const BITCOIN_EXPLORERS = [
  { name: 'blockstream.info', txUrl: (txId: string) => `https://blockstream.info/api/tx/${txId}` },
  { name: 'mempool.space', txUrl: (txId: string) => `https://mempool.space/api/tx/${txId}` },
] as const;

/**
 * The anchoring transaction from both explorers, trusting neither: the transaction is re-hashed here
 * (so its OP_RETURN and input key are its own), and the explorers must agree on the block it is in.
 */
export async function lookUpAnchor(receipt: Receipt, anchor: Anchor, keys: readonly IssuerKey[], session: Session): Promise<Check[]> {
  if (anchor.chain !== 'bitcoin' || anchor.network !== 'mainnet') {
    return [
      error('anchor', 'anchor.chain-unsupported', `looking up ${describeAnchor(anchor)} is not supported yet (Bitcoin mainnet only)`),
    ];
  }
  if (!/^[0-9a-f]{64}$/i.test(anchor.txId))
    return [fail('anchor', 'blockcerts.receipt-malformed', `${anchor.txId.slice(0, 80)} is not a Bitcoin transaction id`)];
  const txId = anchor.txId.toLowerCase();
  const read: Array<{ name: string; tx: BitcoinTransaction }> = [];
  for (const explorer of BITCOIN_EXPLORERS) {
    const fetched = await session.getJson(explorer.txUrl(txId), 'credential');
    if (!fetched.ok) return [error('anchor', 'anchor.explorer-failed', `${explorer.name}: ${fetched.detail}`)];
    const tx = await readEsploraTransaction(fetched.value);
    if (!tx || tx.txId !== txId) {
      return [
        error(
          'anchor',
          'anchor.explorer-lied',
          `${explorer.name} answered with a transaction that hashes to ${tx?.txId ?? 'nothing readable'}, not ${txId}`,
        ),
      ];
    }
    read.push({ name: explorer.name, tx });
  }
  return judge(receipt, read, keys);
}

function judge(receipt: Receipt, read: ReadonlyArray<{ name: string; tx: BitcoinTransaction }>, keys: readonly IssuerKey[]): Check[] {
  const [first, second] = read;
  if (!first || !second) return [error('anchor', 'anchor.explorer-failed', 'fewer than two explorers answered')];
  const { tx } = first;
  if (!first.tx.block || !second.tx.block)
    return [
      error('anchor', 'anchor.unconfirmed', `${tx.txId} is not in a block according to ${first.tx.block ? second.name : first.name}`),
    ];
  const [a, b] = [first.tx.block, second.tx.block];
  if (a.hash !== b.hash || a.height !== b.height || a.time !== b.time) {
    return [
      error(
        'anchor',
        'anchor.explorers-disagree',
        `${first.name} puts it in block ${a.height} (${a.hash}), ${second.name} in block ${b.height} (${b.hash})`,
      ),
    ];
  }
  if (tx.opReturn !== receipt.merkleRoot)
    return [
      fail(
        'anchor',
        'anchor.root-mismatch',
        `transaction ${tx.txId} holds ${tx.opReturn ?? 'no OP_RETURN hash'}, not the Merkle root ${receipt.merkleRoot}`,
      ),
    ];
  if (!tx.issuingAddress)
    return [error('anchor', 'anchor.chain-unsupported', `the first input of ${tx.txId} is not a P2PKH spend, so its key is not read`)];
  if (keys.length === 0)
    return [
      skip('anchor', 'anchor.not-checked', `the transaction was sent by ${tx.issuingAddress}, but the issuer's key list is not known`),
    ];
  const address = tx.issuingAddress;
  const key = keys.find((k) => k.address.toLowerCase() === address.toLowerCase());
  if (!key) return [fail('anchor', 'anchor.key-not-issuer', `sent by ${address}, which the issuer does not list`)];
  const when = a.time;
  const window = keyWindowProblem(key, when);
  if (window) return [fail('anchor', 'anchor.key-not-valid-then', `${address} ${window} (block time ${toIso(when)})`)];
  const where = `Bitcoin block ${a.height} (${toIso(when)}), confirmed by ${first.name} and ${second.name}`;
  return [
    pass('anchor', 'anchor.ok', `anchored in ${where}, sent by the issuer's key ${address}`),
    pass('proof', 'proof.ok', `the certificate's Merkle root is in ${where}`),
  ];
}

/** Blockcerts' rule: the key must have been created before the transaction, and not revoked or expired at it. */
function keyWindowProblem(key: IssuerKey, when: number): string | undefined {
  if (key.created !== undefined && when <= key.created) return `was created only at ${toIso(key.created)}`;
  if (key.revoked !== undefined && when >= key.revoked) return `was revoked at ${toIso(key.revoked)}`;
  if (key.expires !== undefined && when >= key.expires) return `had expired at ${toIso(key.expires)}`;
  return undefined;
}
