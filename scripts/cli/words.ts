import { assuranceMessageKey, checkMessageKey, statusMessageKey } from '../../components/message-keys';
import { vouchedByShort } from '../../lib/checks/vouched-by';
import { effectOf } from '../../lib/result/catalog';
import type { Check, VerificationResult } from '../../lib/result/types';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };

const messages: Record<string, { message: string } | undefined> = english;

const word = (key: string) => messages[key]?.message ?? key;

export const statusWord = (result: VerificationResult) => word(statusMessageKey(result.status));
export const checkWords = (check: Check) => word(checkMessageKey(check.code));

/** The check that decided the verdict: the first failing one with the strongest effect. */
export function decidingCheck(result: VerificationResult): Check | undefined {
  if (result.status === 'verified') return undefined;
  const failing = result.checks.filter((c) => c.outcome === 'fail' || c.outcome === 'error');
  return failing.find((c) => effectOf(c.code) === result.status) ?? failing.find((c) => c.outcome === 'error') ?? failing[0];
}

export function reasonOf(result: VerificationResult): string {
  const deciding = decidingCheck(result);
  if (!deciding) return word(assuranceMessageKey(result.assurance));
  return checkWords(deciding);
}

/** "Example University — self-declared · vouched for by badges.example-university.org". */
export function issuerWords(result: VerificationResult): string {
  const issuer = result.credential.issuer;
  const name = issuer?.name?.trim();
  const trust = name ? ` — ${word(issuer?.nameTrust === 'trust-list' ? 'card_name_trust_list' : 'card_name_self_declared')}` : '';
  const vouch = issuer?.vouchedBy
    ? word('card_vouched_by').replace(
        '$WHO$',
        issuer.vouchedBy.value.startsWith('did:') ? issuer.vouchedBy.value : vouchedByShort(issuer.vouchedBy),
      )
    : word('card_vouched_by_nobody');
  return `${name || issuer?.id || word('card_unknown_issuer')}${trust} · ${vouch}`;
}

/** "Known issuer — on Test registry" or "Not on your lists", as the card says it. */
export function trustWords(trust: { known: boolean; list?: string | undefined }): string {
  return trust.known ? word('trust_known').replace('$LIST$', trust.list ?? '') : word('trust_unknown');
}
