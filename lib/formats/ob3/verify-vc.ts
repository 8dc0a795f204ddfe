import { checkIssuerBinding } from '../../keys/binding';
import { verifyEmbeddedProofs } from '../../proofs/data-integrity';
import type { ProofOutcome } from '../../proofs/types';
import { verifyJwtSignature } from '../../proofs/vc-jwt';
import { fail } from '../../result/check';
import type { Assurance, Check, CredentialSummary } from '../../result/types';
import { checkCredentialStatus } from '../../status';
import type { Session } from '../../core/session';
import { checkValidity } from '../../checks/validity';
import { asArray, credentialInJwt, isRecord, isVcdm1, issuerIdOf, type CredentialKind, type Json } from './detect';
import { checkEndorsements } from './endorsements';
import { reconcileJwtClaims } from './jwt-claims';
import { checkVcRecipient } from './recipient';
import { checkCredentialSchema, checkShape } from './shape';
import { summarizeVc } from './summary';

export type VcEnvelope =
  | { kind: 'di'; credential: unknown }
  | { kind: 'jwt'; compact: string; header: Record<string, unknown>; claims: unknown };

export interface VcVerdict {
  checks: Check[];
  assurance: Assurance;
  credential: CredentialSummary;
  /** The credential JSON (for a VC-JWT, with claims filled in), when it is an object. */
  value?: Json;
  /** Its shape is broken (not an object, a required field or the context wrong): nothing else was checked. */
  malformed?: boolean;
}

export interface VcOptions {
  kind: CredentialKind;
  /** 0 for the credential the user gave; endorsements and a CLR's credentials are one deeper. */
  depth: number;
}

/**
 * One OB 3.0 / CLR 2.0 credential (reference §3.2): shape, proof (Data Integrity or VC-JWT), issuer
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
  if (!isRecord(credential)) return { checks: [fail('shape', 'shape.invalid', 'the credential is not a JSON object')], assurance: 'none', credential: {}, malformed: true };

  const summary = summarizeVc(credential);
  const shape = checkShape(credential, options.kind);
  if (shape.some(isMalformedShape)) return { checks: [...shape, ...checks], assurance: 'none', credential: summary, value: credential, malformed: true };
  checks.unshift(...shape);

  const issuerId = issuerIdOf(credential);
  const proof: ProofOutcome =
    envelope.kind === 'jwt' ? await verifyJwtSignature(envelope.compact, envelope.header, issuerId, session) : await verifyEmbeddedProofs(credential, session);
  checks.push(...proof.checks);
  const binding = proof.key ? checkIssuerBinding(proof.key, issuerId) : undefined;
  if (binding) checks.push(binding);
  checks.push(...checkCredentialSchema(credential));

  const v1 = isVcdm1(credential);
  checks.push(
    checkValidity(
      v1
        ? { issued: { value: credential.issuanceDate, pointer: '/issuanceDate' }, expires: { value: credential.expirationDate, pointer: '/expirationDate' } }
        : { validFrom: { value: credential.validFrom, pointer: '/validFrom' }, expires: { value: credential.validUntil, pointer: '/validUntil' } },
      session,
    ),
  );

  if (proof.key) {
    checks.push(...(await checkCredentialStatus(credential, session)));
    const subject = asArray(credential.credentialSubject).find(isRecord);
    checks.push(...(await checkVcRecipient(subject, session.env.recipient)));
    if (options.depth === 0) checks.push(...(await checkEndorsements(credential, (e) => verifyVc(e, session, { kind: 'ob3', depth: options.depth + 1 }))));
  }
  const assurance: Assurance = proof.key && binding?.code === 'binding.ok' ? 'signed' : 'none';
  return { checks, assurance, credential: summary, value: credential };
}

/** A shape finding that stops verification: the credential is not what it claims to be. */
function isMalformedShape(check: Check): boolean {
  return check.code === 'shape.invalid' || check.code === 'shape.context-invalid';
}
