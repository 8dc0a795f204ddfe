import { fail, pass, skip } from '../../result/check';
import type { Check } from '../../result/types';
import { checkRecipient } from '../../checks/recipient';
import { asArray, isRecord, type Json } from '../../util/json';

/**
 * OB 3.0 §"Recipient": compare what the user typed with each `identifier` of the same kind
 * (salted hashes computed locally), or with `credentialSubject.id` when there are none.
 */
export async function checkVcRecipient(
  subject: Json | undefined,
  candidate: string | undefined,
  pointer = '/credentialSubject',
): Promise<Check[]> {
  if (candidate === undefined || candidate.trim() === '') return [skip('recipient', 'recipient.not-checked')];
  const kind = /^[^@\s]+@[^@\s]+$/.test(candidate.trim()) ? 'emailAddress' : /^https?:\/\//i.test(candidate.trim()) ? 'url' : undefined;
  const identifiers = asArray(subject?.identifier)
    .map((value, index) => ({ value, index }))
    .filter((x): x is { value: Json; index: number } => isRecord(x.value) && typeof x.value.identityHash === 'string');
  if (identifiers.length === 0) {
    if (typeof subject?.id !== 'string')
      return [skip('recipient', 'recipient.not-checked', 'the credential names no recipient identifier')];
    const plain = (s: string) =>
      s
        .trim()
        .toLowerCase()
        .replace(/^mailto:/, '');
    return [
      plain(subject.id) === plain(candidate)
        ? pass('recipient', 'recipient.match', 'credentialSubject.id')
        : fail('recipient', 'recipient.mismatch', `awarded to ${subject.id}`, `${pointer}/id`),
    ];
  }
  const comparable = identifiers.filter(
    ({ value }) => kind === undefined || value.identityType === undefined || value.identityType === kind,
  );
  if (comparable.length === 0) return [skip('recipient', 'recipient.not-checked', `no ${kind} identifier to compare with`)];
  let last: Check[] = [];
  for (const { value, index } of comparable) {
    last = await checkRecipient(
      {
        identity: value.identityHash as string,
        hashed: value.hashed === true,
        salt: typeof value.salt === 'string' ? value.salt : undefined,
      },
      candidate,
      `${pointer}/identifier/${index}/identityHash`,
    );
    if (last.some((c) => c.code === 'recipient.match')) return last;
  }
  return last;
}
