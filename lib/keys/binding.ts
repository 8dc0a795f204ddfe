import { fail, pass } from '../result/check';
import type { Check } from '../result/types';
import type { VerificationKey } from './types';

/**
 * Issuer binding, reported apart from the signature: the key that signed must belong to the issuer
 * the credential names. Only a bound key earns the `signed` assurance.
 * - bound: the key's proven controller is the issuer;
 * - mismatch (invalid): a document the key came from names someone else as its controller;
 * - unbound (warning): the key says nothing provable about its owner (did:key/did:jwk of another id,
 *   a key in a JWT header, a key named only in the credential), or the issuer id cannot be resolved
 *   (`urn:uuid:`): the signature holds, but nothing ties it to the issuer.
 */
export function checkIssuerBinding(key: VerificationKey, issuerId: string | undefined): Check {
  if (key.bindingError) return key.bindingError;
  const issuer = issuerId ?? '(no issuer id)';
  if (key.controllerProven && key.controller === issuerId)
    return pass('binding', 'binding.ok', `${key.id} belongs to the issuer ${issuer}`);
  if (
    key.controllerProven &&
    key.controller !== undefined &&
    key.source !== 'did:key' &&
    key.source !== 'did:jwk' &&
    resolvable(issuerId)
  ) {
    return fail('binding', 'binding.mismatch', `${key.id} belongs to ${key.controller}, not to the issuer ${issuer}`);
  }
  const why =
    key.bindingNote ??
    (key.controller !== undefined ? `${key.id} belongs to ${key.controller}, not to the issuer ${issuer}` : `${key.id} names no owner`);
  return fail('binding', 'binding.unbound', why);
}

function resolvable(id: string | undefined): boolean {
  return id !== undefined && (id.startsWith('did:') || /^https?:\/\//i.test(id));
}
