import { compactVerify } from 'jose';
import { error, fail, pass, skip } from '../../result/check';
import type { Check } from '../../result/types';
import { checkRecipient } from '../../checks/recipient';
import type { Session } from '../../core/session';
import { checkValidity } from '../../checks/validity';
import { checkIssuerLinks, originVouch } from '../../checks/vouched-by';
import type { CredentialFormat, DecodedCredential, FormatReport } from '../types';
import { ob2Version, verificationKind } from './detect';
import { asArray, isRecord } from '../../util/json';
import { loadIssuerChain, type IssuerChain } from './issuer-chain';
import { importPemPublicKey, OB2_ALGORITHMS } from './keys';
import { legacyChecks, parseAssertion, recipientOf } from './parse-assertion';
import { checkRevocationList } from './revocation';
import { cryptographicKeySchema } from './schemas';
import { aboutOb2, aboutPart } from '../about';
import { summarizeOb2 } from './summary';

/** Open Badges 2.0 SignedBadge (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html): a JWS whose payload is the Assertion itself. */
export const ob2Signed: CredentialFormat = {
  id: 'ob2-signed',
  accepts: (c) =>
    c.kind === 'jws'
      ? ob2Version(c.claims) !== undefined
      : ob2Version(c.value) !== undefined && isRecord(c.value) && verificationKind(c.value) === 'signed',
  verify: verifySigned,
};

async function verifySigned(credential: DecodedCredential, session: Session): Promise<FormatReport> {
  const claims = credential.kind === 'jws' ? credential.claims : credential.value;
  const version = ob2Version(claims) ?? '2.0';
  const parsed = parseAssertion(claims, version);
  const verdict = (checks: Check[], chain: Partial<IssuerChain> = {}, signed = false): FormatReport => ({
    format: 'ob2-signed',
    checks,
    // The key's owner is the issuer profile (or, for 1.x, the key lives on its origin): that origin vouched.
    credential: summarizeOb2(parsed.upgraded, chain, signed ? originVouch(chain.issuerId) : undefined),
    assurance: signed ? 'signed' : 'none',
    ...aboutPart(aboutOb2(parsed.upgraded, chain.badgeClass)),
  });
  if (credential.kind !== 'jws') {
    return verdict([
      fail('proof', 'proof.missing', 'the assertion declares a signed verification but carries no signature (JWS)', '/verification'),
    ]);
  }
  const alg = credential.header.alg;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none')
    return verdict([fail('proof', 'proof.missing', 'the JWS header names no signature algorithm')]);
  if (!(OB2_ALGORITHMS as readonly string[]).includes(alg)) {
    return verdict([
      error(
        'proof',
        'proof.alg-unsupported',
        `JWS algorithm ${alg} is not supported${alg === 'rs256' ? ' (legacy lower-case RS256)' : ''}`,
      ),
    ]);
  }
  if (!parsed.ok) return verdict([parsed.check]);
  const assertion = parsed.assertion;
  const checks: Check[] = [...legacyChecks(version)];

  const chain = await loadIssuerChain(assertion.badge, session);
  checks.push(chain.check);
  if (!chain.profile) return verdict(checks, chain);

  const keyChecks = await verifyWithIssuerKeys(credential.compact, alg, assertion.verification.creator, chain, session);
  checks.push(...keyChecks);
  const signed = keyChecks.every((c) => c.outcome === 'pass');
  if (!signed) return verdict(checks, chain);
  checks.push(...checkIssuerLinks(originVouch(chain.issuerId), { url: chain.profile.url, image: chain.profile.image }));

  const ids = [assertion.id, typeof assertion.uid === 'string' ? assertion.uid : ''];
  checks.push(await checkRevocationList(chain.profile.revocationList, ids, session));
  checks.push(
    checkValidity(
      { issued: { value: assertion.issuedOn, pointer: '/issuedOn' }, expires: { value: assertion.expires, pointer: '/expires' } },
      session,
    ),
  );
  checks.push(...(await checkRecipient(recipientOf(assertion), session.env.recipient, '/recipient')));
  return verdict(checks, chain, true);
}

/**
 * The signing key must be one the issuer's hosted profile lists (`verification.creator` if given),
 * and the key document must name that issuer as its owner. 1.x badges point at a bare PEM instead,
 * which is bound to the issuer only by living on the issuer's origin.
 */
async function verifyWithIssuerKeys(
  compact: string,
  alg: string,
  creator: string | undefined,
  chain: IssuerChain,
  session: Session,
): Promise<Check[]> {
  const profile = chain.profile!;
  const profileUrl = chain.issuerId ?? profile.id ?? 'the issuer profile';
  const listed = asArray(profile.publicKey)
    .map((k) => (typeof k === 'string' ? k : typeof k.id === 'string' ? k.id : ''))
    .filter(Boolean);
  if (!chain.profileHosted) return [fail('key', 'key.none-listed', 'the issuer has no hosted profile to list its keys')];
  const legacyPem = listed.length === 0 && creator !== undefined && sameOrigin(creator, profileUrl);
  if (creator !== undefined && !listed.includes(creator) && !legacyPem) {
    return [fail('key', 'key.not-listed', `the key ${creator} is not listed in the issuer profile ${profileUrl}`, '/verification/creator')];
  }
  const candidates = creator !== undefined ? [creator] : listed;
  if (candidates.length === 0) return [fail('key', 'key.none-listed', `the issuer profile ${profileUrl} lists no public key`)];

  const problems: Check[] = [];
  for (const keyUrl of candidates) {
    const fetched = await session.getText(keyUrl, 'key');
    if (!fetched.ok) {
      problems.push(error('key', fetched.code, `key ${keyUrl}: ${fetched.detail}`));
      continue;
    }
    const key = readKeyDocument(fetched.value);
    if (!key) {
      problems.push(fail('key', 'key.malformed', `${keyUrl} is neither a CryptographicKey nor a PEM public key`));
      continue;
    }
    if (!legacyPem) {
      const owners = [chain.issuerId, profile.id].filter(Boolean);
      if (key.owner === undefined || !owners.includes(key.owner)) {
        problems.push(
          fail('key', 'key.owner-mismatch', `the key ${keyUrl} names ${key.owner ?? 'no owner'}, not the issuer ${profileUrl}`),
        );
        continue;
      }
    }
    const publicKey = await importPemPublicKey(key.pem, alg);
    if (!publicKey) {
      problems.push(fail('key', 'key.malformed', `the key ${keyUrl} could not be read as a ${alg} public key`));
      continue;
    }
    try {
      await compactVerify(compact, publicKey, { algorithms: [alg] });
      return [
        pass('key', 'key.ok', legacyPem ? `${keyUrl}, on the issuer's origin` : `${keyUrl}, owned by ${key.owner}`),
        pass('proof', 'proof.ok', `${alg} signature by ${keyUrl}`),
      ];
    } catch {
      problems.push(fail('proof', 'proof.signature-invalid', `the ${alg} signature does not verify with ${keyUrl}`));
    }
  }
  if (problems.some((p) => p.outcome === 'error')) {
    return [...problems.filter((p) => p.outcome === 'error'), skip('proof', 'proof.not-checked', 'no usable key could be fetched')];
  }
  if (problems.every((p) => p.id === 'proof')) return [pass('key', 'key.ok', candidates.join(', ')), ...problems];
  return problems;
}

function readKeyDocument(text: string): { pem: string; owner?: string } | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) return { pem: trimmed };
  try {
    const parsed = cryptographicKeySchema.safeParse(JSON.parse(trimmed));
    if (parsed.success) return { pem: parsed.data.publicKeyPem, ...(parsed.data.owner ? { owner: parsed.data.owner } : {}) };
  } catch {
    /* not JSON */
  }
  return undefined;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
