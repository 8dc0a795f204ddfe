import type { Ob2Version } from './detect';
import { isRecord } from '../../util/json';

/**
 * Brings 0.5 / 1.0 / 1.1 assertions to the 2.0 field names, as the 1EdTech validator openbadges-validator-core
 * upgrades them (https://github.com/1EdTech/openbadges-validator-core). `foundAt` is the URL the assertion came from, which 0.5 and 1.0 hosted badges need as id.
 */
export function upgradeAssertion(value: Record<string, unknown>, version: Ob2Version, foundAt?: string): Record<string, unknown> {
  if (version === '2.0') return withVerification(value);
  if (version === '0.5') return upgradeV05(value, foundAt);
  const upgraded = withVerification({ ...value });
  const verification = upgraded.verification as Record<string, unknown> | undefined;
  if (version === '1.0' && upgraded.id === undefined) {
    const kind = typeof verification?.type === 'string' ? verification.type.toLowerCase() : '';
    upgraded.id =
      kind !== 'signed' && typeof verification?.url === 'string'
        ? verification.url
        : (foundAt ?? (upgraded.uid !== undefined ? `uid:${String(upgraded.uid)}` : undefined));
  }
  if (upgraded.issuedOn === undefined && upgraded.issued_on !== undefined) upgraded.issuedOn = upgraded.issued_on;
  if (
    verification &&
    typeof verification.url === 'string' &&
    /^signed$/i.test(String(verification.type)) &&
    verification.creator === undefined
  ) {
    upgraded.verification = { ...verification, creator: verification.url };
  }
  return upgraded;
}

function withVerification(value: Record<string, unknown>): Record<string, unknown> {
  if (value.verification !== undefined || !isRecord(value.verify)) return value;
  const { verify, ...rest } = value;
  return { ...rest, verification: verify };
}

function upgradeV05(value: Record<string, unknown>, foundAt?: string): Record<string, unknown> {
  const recipient = String(value.recipient);
  const hashed = /^(sha1|sha256|sha512|md5)\$/i.test(recipient);
  const badge = isRecord(value.badge) ? value.badge : {};
  const issuer = isRecord(badge.issuer) ? badge.issuer : {};
  return {
    id: foundAt,
    recipient: { identity: recipient, type: 'email', hashed, ...(typeof value.salt === 'string' ? { salt: value.salt } : {}) },
    badge: {
      name: badge.name,
      description: badge.description,
      image: badge.image,
      criteria: badge.criteria,
      issuer: { ...issuer, id: issuer.origin, url: issuer.origin, name: issuer.name },
    },
    verification: { type: 'hosted' },
    issuedOn: value.issued_on ?? badge.issued_on,
    expires: value.expires,
    evidence: value.evidence,
  };
}
