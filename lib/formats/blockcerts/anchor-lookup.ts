import { error, fail, pass, skip } from '../../result/check';
import type { Check } from '../../result/types';
import type { Session } from '../../core/session';
import { toIso } from '../../util/dates';
import { type AnchorChain, anchorChainOf } from './chains';
import type { AnchoringTransaction, BlockPlace } from './chains/types';
import type { IssuerKey } from './issuer-profile';
import { type Anchor, describeAnchor, type Receipt } from './receipt';

interface Answer {
  name: string;
  tx?: AnchoringTransaction;
  block?: BlockPlace;
}

/**
 * The anchoring transaction from the chain's two explorers, trusting neither: the transaction is
 * re-hashed here (so the data and sender it shows are its own), and the explorers must agree on its block.
 */
export async function lookUpAnchor(receipt: Receipt, anchor: Anchor, keys: readonly IssuerKey[], session: Session): Promise<Check[]> {
  const chain = anchorChainOf(anchor);
  if (!chain) return [error('anchor', 'anchor.chain-unsupported', `looking up ${describeAnchor(anchor)} is not supported yet`)];
  const txId = chain.transactionId(anchor.txId);
  if (!txId) return [fail('anchor', 'blockcerts.receipt-malformed', `${anchor.txId.slice(0, 80)} is not a ${chain.label} transaction id`)];
  const answers: Answer[] = [];
  for (const explorer of chain.explorers) {
    const answer = await explorer.lookUp(txId, session);
    if (!answer.ok) return [error('anchor', answer.code, answer.detail)];
    if (answer.tx && answer.tx.txId !== txId)
      return [
        error(
          'anchor',
          'anchor.explorer-lied',
          `${explorer.name} answered with a transaction that hashes to ${answer.tx.txId}, not ${txId}`,
        ),
      ];
    answers.push({ name: explorer.name, ...answer });
  }
  return judge(chain, receipt, answers, keys);
}

function judge(chain: AnchorChain, receipt: Receipt, answers: readonly Answer[], keys: readonly IssuerKey[]): Check[] {
  const [first, second] = answers;
  const tx = answers.find((a) => a.tx)?.tx;
  if (!first || !second || !tx) return [error('anchor', 'anchor.explorer-failed', 'no explorer sent the whole transaction')];
  if (!first.block || !second.block)
    return [error('anchor', 'anchor.unconfirmed', `${tx.txId} is not in a block according to ${first.block ? second.name : first.name}`)];
  const [a, b] = [first.block, second.block];
  if (a.hash !== b.hash || a.height !== b.height || a.time !== b.time) {
    return [
      error(
        'anchor',
        'anchor.explorers-disagree',
        `${first.name} puts it in block ${a.height} (${a.hash}, ${toIso(a.time)}), ${second.name} in block ${b.height} (${b.hash}, ${toIso(b.time)})`,
      ),
    ];
  }
  if (tx.data !== receipt.merkleRoot)
    return [
      fail(
        'anchor',
        'anchor.root-mismatch',
        `transaction ${tx.txId} holds ${tx.data || 'no data'}, not the Merkle root ${receipt.merkleRoot}`,
      ),
    ];
  if (tx.notSignedBy)
    return [fail('anchor', 'anchor.spend-not-by-key', `transaction ${tx.txId} was not signed by the key it shows: ${tx.notSignedBy}`)];
  if (!tx.sender)
    return [error('anchor', 'anchor.chain-unsupported', `the sender of ${tx.txId} is not read: ${tx.senderUnread ?? 'not a P2PKH spend'}`)];
  const sender = tx.sender;
  if (keys.length === 0)
    return [skip('anchor', 'anchor.not-checked', `the transaction was sent by ${sender}, but the issuer's key list is not known`)];
  const key = keys.find((k) => chain.sameAddress(k.address, sender));
  if (!key) return [fail('anchor', 'anchor.key-not-issuer', `sent by ${sender}, which the issuer does not list`)];
  const window = keyWindowProblem(key, a.time);
  if (window) return [fail('anchor', 'anchor.key-not-valid-then', `${sender} ${window} (block time ${toIso(a.time)})`)];
  const where = `${chain.label} block ${a.height} (${toIso(a.time)}), confirmed by ${first.name} and ${second.name}`;
  return [
    pass('anchor', 'anchor.ok', `anchored in ${where}, sent by the issuer's key ${sender}`),
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
