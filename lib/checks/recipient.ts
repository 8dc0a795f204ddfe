import { fail, pass, skip } from '../result/check';
import type { Check } from '../result/types';
import { matchIdentityHash } from '../util/identity-hash';

export interface RecipientIdentity {
  identity: string;
  hashed: boolean;
  salt?: string | undefined;
  type?: string | undefined;
}

const KNOWN_TYPES = new Set(['email', 'url', 'telephone', 'id']);

/** Compares the recipient the user typed with the credential's, hashing locally when needed. */
export async function checkRecipient(recipient: RecipientIdentity, candidate: string | undefined, pointer: string): Promise<Check[]> {
  if (candidate === undefined || candidate.trim() === '') return [skip('recipient', 'recipient.not-checked')];
  const checks: Check[] = [];
  const type = recipient.type?.replace(/^.*[#/]/, '');
  if (type && !KNOWN_TYPES.has(type))
    checks.push(fail('recipient', 'recipient.type-unknown', `recipient type ${recipient.type}`, `${pointer}/type`));
  if (!recipient.hashed) {
    const same = recipient.identity.trim().toLowerCase() === candidate.trim().toLowerCase();
    checks.push(
      same
        ? pass('recipient', 'recipient.match', 'plaintext identity')
        : fail('recipient', 'recipient.mismatch', `awarded to ${recipient.identity}`, pointer),
    );
    return checks;
  }
  const outcome = await matchIdentityHash(recipient.identity, recipient.salt, candidate);
  if (outcome === 'unsupported') {
    checks.push(fail('recipient', 'recipient.alg-unsupported', `hash ${recipient.identity.split('$')[0]}`, `${pointer}/identity`));
  } else {
    checks.push(
      outcome === 'match'
        ? pass('recipient', 'recipient.match', 'salted hash matches')
        : fail('recipient', 'recipient.mismatch', 'the salted hash does not match', `${pointer}/identity`),
    );
  }
  return checks;
}
