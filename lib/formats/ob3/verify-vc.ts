import { checkIssuerBinding } from '../../keys/binding';
import { verifyEmbeddedProofs } from '../../proofs/data-integrity';
import type { ProofOutcome } from '../../proofs/types';
import { verifyJwtSignature } from '../../proofs/vc-jwt';
import { fail } from '../../result/check';
import type { Assurance, Check } from '../../result/types';
import { checkCredentialStatus, fetchStatusListsAhead } from '../../status';
import type { Session } from '../../core/session';
import { checkValidity } from '../../checks/validity';
import { checkIssuerLinks, keyVouch, withVouchedBy } from '../../checks/vouched-by';
import { credentialInJwt, isVcdm1, issuerIdOf, typesOf, type CredentialKind } from './detect';
import { asArray, isRecord } from '../../util/json';
import { checkEndorsements } from './endorsements';
import { reconcileJwtClaims } from './jwt-claims';
import { checkVcRecipient } from './recipient';
import { checkCredentialSchema, checkShape } from './shape';
import { summarizeVc } from './summary';
import { aboutPart, aboutVc } from '../about';

export type { VcEnvelope, VcVerdict } from './vc-types';
import type { VcEnvelope, VcVerdict } from './vc-types';

export interface VcOptions {
  kind: CredentialKind;
  /** 0 for the credential the user gave; endorsements and a CLR's credentials are one deeper. */
  depth: number;
}

/**
 * One OB 3.0 / CLR 2.0 credential, in the order of the spec's "OpenBadgeCredential Verification"
 * (https://www.imsglobal.org/spec/ob/v3p0/): shape, proof (Data Integrity or VC-JWT), issuer
 * binding, JWT claims, validity window; then, once a proof holds, status, schema, recipient and
 * endorsements. A CLR's nested credentials are handled by the CLR format on top of this.
 */
export async function verifyVc(envelope: VcEnvelope, session: Session, options: VcOptions): Promise<VcVerdict> {
  const checks: Check[] = [];
  let credential: unknown;
  if (envelope.kind === 'jwt') {
    const { credential: carried, vcdm } = credentialInJwt(envelope.claims);
    if (isRecord(carried) && isRecord(envelope.claims)) {
      const reconciled = reconcileJwtClaims(envelope.claims, carried, vcdm);
      credential = reconciled.credential;
      checks.push(...reconciled.checks);
    } else credential = carried;
  } else credential = envelope.credential;
  if (!isRecord(credential))
    return {
      checks: [fail('shape', 'shape.invalid', 'the credential is not a JSON object')],
      assurance: 'none',
      credential: {},
      malformed: true,
    };

  const summary = summarizeVc(credential);
  const about = aboutPart(typesOf(credential).includes('EndorsementCredential') ? undefined : aboutVc(credential));
  const shape = checkShape(credential, options.kind);
  if (shape.some(isMalformedShape))
    return { checks: [...shape, ...checks], assurance: 'none', credential: summary, value: credential, malformed: true, ...about };
  checks.unshift(...shape);

  const issuerId = issuerIdOf(credential);
  fetchStatusListsAhead(credential, session);
  const proof: ProofOutcome =
    envelope.kind === 'jwt'
      ? await verifyJwtSignature(envelope.compact, envelope.header, issuerId, session)
      : await verifyEmbeddedProofs(credential, session);
  checks.push(...proof.checks);
  const binding = proof.key ? checkIssuerBinding(proof.key, issuerId) : undefined;
  if (binding) checks.push(binding);
  checks.push(...checkCredentialSchema(credential));

  const v1 = isVcdm1(credential);
  checks.push(
    checkValidity(
      v1
        ? {
            issued: { value: credential.issuanceDate, pointer: '/issuanceDate' },
            expires: { value: credential.expirationDate, pointer: '/expirationDate' },
          }
        : {
            validFrom: { value: credential.validFrom, pointer: '/validFrom' },
            expires: { value: credential.validUntil, pointer: '/validUntil' },
          },
      session,
    ),
  );

  if (proof.key) {
    checks.push(...(await checkCredentialStatus(credential, session)));
    const subject = asArray(credential.credentialSubject).find(isRecord);
    checks.push(...(await checkVcRecipient(subject, session.env.recipient)));
    if (options.depth === 0)
      checks.push(...(await checkEndorsements(credential, (e) => verifyVc(e, session, { kind: 'ob3', depth: options.depth + 1 }))));
  }
  const assurance: Assurance = proof.key && binding?.code === 'binding.ok' ? 'signed' : 'none';
  const vouchedBy = proof.key ? keyVouch(proof.key) : undefined;
  const issuer = isRecord(credential.issuer) ? credential.issuer : {};
  checks.push(...checkIssuerLinks(vouchedBy, { url: issuer.url, image: issuer.image, pointer: '/issuer' }));
  return { checks, assurance, credential: withVouchedBy(summary, vouchedBy), value: credential, ...about };
}

/** A shape finding that stops verification: the credential is not what it claims to be. */
function isMalformedShape(check: Check): boolean {
  return check.code === 'shape.invalid' || check.code === 'shape.context-invalid';
}
