import { fail } from '../../result/check';
import type { Check } from '../../result/types';
import { checkRecipient } from '../../checks/recipient';
import { checkValidity } from '../../checks/validity';
import type { Session } from '../../core/session';
import { asArray, isRecord, type Json } from '../../util/json';
import type { CredentialFormat, DecodedCredential, FormatReport } from '../types';
import { anchorExplorersOf, checkAnchor } from './anchor';
import { type BlockcertsVersion, blockcertsVersion, merkleProof2019Of } from './detect';
import { loadIssuerProfile } from './issuer-profile';
import { checkMerklePath, checkTargetHash } from './merkle';
import { readV2Receipt, readV3Receipt } from './receipt';
import { checkRevocation, revocationReasonOf } from './revocation';
import { summarizeCertificate } from './summary';

/**
 * Blockcerts (https://www.blockcerts.org): certificates whose hash is in a Merkle tree whose root is
 * written on a blockchain. v2 carries the OB 2.0 context but is never an OB 2.0 hosted badge.
 */
export const blockcerts: CredentialFormat = {
  id: 'blockcerts',
  accepts: (c) => c.kind === 'json' && blockcertsVersion(c.value) !== undefined,
  verify: verifyCertificate,
};

async function verifyCertificate(credential: DecodedCredential, session: Session): Promise<FormatReport> {
  const report = (checks: Check[], summary: FormatReport['credential'] = {}): FormatReport => ({
    format: 'blockcerts',
    checks,
    credential: summary,
    // Only an anchor confirmed on the chain makes a certificate signed; its local checks alone do not.
    assurance: checks.some((c) => c.code === 'anchor.ok' && c.outcome === 'pass') ? 'signed' : 'none',
  });
  const version = credential.kind === 'json' ? blockcertsVersion(credential.value) : undefined;
  if (credential.kind !== 'json' || !isRecord(credential.value) || version === undefined)
    return report([fail('format', 'format.unrecognized')]);
  const certificate = credential.value;
  if (version === 'v1')
    return report([fail('format', 'blockcerts.version-unsupported', 'a Blockcerts v1.2 certificate: this old version is not verified')]);

  const reading = version === 'v2' ? readV2Receipt(certificate) : readV3Receipt(certificate);
  const issuer = await loadIssuerProfile(
    version === 'v2' ? (isRecord(certificate.badge) ? certificate.badge.issuer : undefined) : certificate.issuer,
    session,
    version === 'v2' ? '/badge/issuer' : '/issuer',
  );
  const explorers = reading.ok ? anchorExplorersOf(reading.receipt) : undefined;
  const summary = {
    ...summarizeCertificate(certificate, version, issuer.profile, issuer.vouchedBy),
    ...(explorers ? { anchorExplorers: explorers } : {}),
  };
  if (!reading.ok)
    return report([fail('proof', 'blockcerts.receipt-malformed', reading.problem, reading.pointer), ...issuer.checks], summary);

  const checks: Check[] = [];
  checks.push(await checkTargetHash(hashedPart(certificate, version), reading.receipt, session));
  checks.push(await checkMerklePath(reading.receipt));
  checks.push(...otherProofs(certificate, version));
  checks.push(...issuer.checks);
  const status = await checkRevocation(certificate, issuer, session);
  checks.push(...status);
  checks.push(checkValidity(validityDates(certificate, version), session));
  const recipient = isRecord(certificate.recipient) ? certificate.recipient : undefined;
  if (recipient && typeof recipient.identity === 'string') {
    checks.push(
      ...(await checkRecipient(
        { identity: recipient.identity, hashed: recipient.hashed === true, salt: stringOr(recipient.salt), type: stringOr(recipient.type) },
        session.env.recipient,
        '/recipient',
      )),
    );
  }
  checks.push(...(await checkAnchor(reading.receipt, issuer.keys, session)));
  const reason = revocationReasonOf(status);
  return report(checks, reason ? { ...summary, revocationReason: reason } : summary);
}

/** What the receipt's targetHash covers: the certificate without its receipt (v3: the proofs before the Merkle proof stay). */
function hashedPart(certificate: Json, version: BlockcertsVersion): Json {
  if (version === 'v2') {
    const { signature: _receipt, ...rest } = certificate;
    return rest;
  }
  const { proof, ...rest } = certificate;
  const index = merkleProof2019Of(certificate)?.index ?? 0;
  const before = asArray(proof).slice(0, index);
  return before.length === 0 ? rest : { ...rest, proof: before.length === 1 ? before[0] : before };
}

/** Signatures beside the Merkle proof (a proof chain's Ed25519 signature) are not verified here, and never stand in for the anchor. */
function otherProofs(certificate: Json, version: BlockcertsVersion): Check[] {
  if (version !== 'v3') return [];
  const index = merkleProof2019Of(certificate)?.index;
  return asArray(certificate.proof).flatMap((proof, i) =>
    i === index
      ? []
      : [
          fail(
            'proof',
            'proof.additional-unverified',
            `another proof (${isRecord(proof) ? String(proof.cryptosuite ?? proof.type) : 'not an object'}) was not checked`,
            `/proof/${i}`,
          ),
        ],
  );
}

function validityDates(c: Json, version: BlockcertsVersion) {
  if (version === 'v2') return { issued: { value: c.issuedOn, pointer: '/issuedOn' }, expires: { value: c.expires, pointer: '/expires' } };
  const proof = merkleProof2019Of(c)?.proof;
  const issued =
    c.issuanceDate !== undefined
      ? { value: c.issuanceDate, pointer: '/issuanceDate' }
      : c.validFrom === undefined
        ? { value: proof?.created, pointer: '/proof/created' }
        : undefined;
  const expires =
    c.expirationDate !== undefined
      ? { value: c.expirationDate, pointer: '/expirationDate' }
      : { value: c.validUntil, pointer: '/validUntil' };
  return {
    ...(issued ? { issued } : {}),
    ...(c.validFrom !== undefined ? { validFrom: { value: c.validFrom, pointer: '/validFrom' } } : {}),
    expires,
  };
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
