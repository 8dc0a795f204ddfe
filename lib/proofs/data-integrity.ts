import { jsonLdTools } from '../jsonld/load';
import { canonicalizationProblem } from './canonicalization-problem';
import { resolveVerificationMethod } from '../keys/resolve';
import type { VerificationKey } from '../keys/types';
import { error, fail, pass } from '../result/check';
import type { Check } from '../result/types';
import type { Session } from '../core/session';
import { PROOF_SUITES, suiteFor } from './suites';
import { isSuiteProblem, type HashTools, type Json, type ProofOutcome, type ProofSuite, type SuiteProblem } from './types';
import { isRecord } from '../util/json';

const MAX_PROOFS = 8;

/**
 * Embedded Data Integrity proofs (`proof`: one object or a set). Any one proof that verifies is
 * enough; the others are reported as warnings. With none verifying, every attempt is reported and
 * the status fold picks the worst.
 */
export async function verifyEmbeddedProofs(
  credential: Json,
  session: Session,
  suites: readonly ProofSuite[] = PROOF_SUITES,
): Promise<ProofOutcome> {
  const raw = credential.proof;
  const proofs = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).slice(0, MAX_PROOFS);
  if (proofs.length === 0) return { checks: [fail('proof', 'proof.missing', 'the credential carries no proof', '/proof')] };
  const { proof: _proof, ...document } = credential;
  const attempts: Attempt[] = [];
  for (const [index, proof] of proofs.entries()) {
    const pointer = Array.isArray(raw) ? `/proof/${index}` : '/proof';
    const attempt = isRecord(proof)
      ? await verifyOne(document, proof, session, pointer, suites)
      : { checks: [fail('proof', 'proof.malformed', 'a proof is not an object', pointer)] };
    if (attempt.key) {
      const others = proofs.flatMap((other, j) => {
        if (j === index) return [];
        const tried = attempts[j];
        const why = tried
          ? `did not verify: ${tried.checks
              .filter((c) => c.outcome !== 'pass')
              .map((c) => c.detail ?? c.code)
              .join('; ')}`
          : 'was not checked';
        return [fail('proof', 'proof.additional-unverified', `another proof (${describe(other)}) ${why}`, `/proof/${j}`)];
      });
      return { checks: [...attempt.checks, ...others], key: attempt.key };
    }
    attempts.push(attempt);
  }
  return { checks: attempts.flatMap((a) => a.checks) };
}

interface Attempt {
  checks: Check[];
  key?: VerificationKey;
}

async function verifyOne(document: Json, proof: Json, session: Session, pointer: string, suites: readonly ProofSuite[]): Promise<Attempt> {
  const suite = suiteFor(proof, suites);
  if (!suite) return { checks: [error('proof', 'proof.unsupported-type', `proof type ${describe(proof)} is not supported`, pointer)] };
  if (proof.proofPurpose !== 'assertionMethod') {
    return {
      checks: [
        fail(
          'proof',
          'proof.purpose-invalid',
          `proofPurpose is ${JSON.stringify(proof.proofPurpose ?? null)}, not assertionMethod`,
          `${pointer}/proofPurpose`,
        ),
      ],
    };
  }
  const valueProperty = suite.valueProperty ?? 'proofValue';
  const signature = suite.decodeProofValue(proof[valueProperty]);
  if (isSuiteProblem(signature)) return { checks: [proofValueProblem(signature, `${pointer}/${valueProperty}`)] };
  if (typeof proof.verificationMethod !== 'string')
    return { checks: [fail('proof', 'proof.malformed', 'the proof names no verificationMethod', `${pointer}/verificationMethod`)] };
  const problem = suite.problem?.(document, proof);
  if (problem) return { checks: [fail('proof', 'proof.malformed', problem, pointer)] };

  const resolved = await resolveVerificationMethod(proof.verificationMethod, session);
  if (!resolved.ok) return { checks: [resolved.check] };
  const key = resolved.key;
  const found = pass('key', 'key.found', `${key.id} (${key.source})`);
  const verifier = await suite.createVerifier(key);
  if (isSuiteProblem(verifier)) return { checks: [found, keyProblem(verifier)] };

  let data: Uint8Array;
  try {
    data = await suite.hashData(document, proof, hashTools(session), verifier);
  } catch (e) {
    return {
      checks: [found, canonicalizationProblem(e, { pointer, safeModeLead: "a term or type is not defined by the credential's contexts" })],
    };
  }
  if (!(await verifier.verify(data, signature)))
    return {
      checks: [found, fail('proof', 'proof.signature-invalid', `the ${suite.name} signature does not verify with ${key.id}`, pointer)],
    };
  const legacy = suite.legacyNote ? [fail('proof', 'proof.legacy-suite', suite.legacyNote, pointer)] : [];
  const notes = suite.notes?.(document, proof) ?? [];
  return { checks: [found, pass('proof', 'proof.ok', `${suite.name} signature by ${key.id}`), ...notes, ...legacy], key };
}

function keyProblem({ problem, unsupported, code }: SuiteProblem): Check {
  if (unsupported) return error('key', 'key.unsupported', problem);
  return fail('key', code === 'key.suite-mismatch' ? code : 'key.malformed', problem);
}

function proofValueProblem({ problem, unsupported, code }: SuiteProblem, pointer: string): Check {
  if (code) return error('proof', code, problem, pointer);
  return unsupported ? error('proof', 'proof.unsupported-type', problem, pointer) : fail('proof', 'proof.malformed', problem, pointer);
}

function hashTools({ env }: Session): HashTools {
  const tools = env.jsonld ?? jsonLdTools;
  return {
    canonize: (document, options) => tools.canonize(document, options),
    canonizeWithLabels: (document, options) => tools.canonizeWithLabels(document, options),
    ...(env.signal ? { signal: env.signal } : {}),
  };
}

function describe(proof: unknown): string {
  if (!isRecord(proof)) return 'not an object';
  const type = typeof proof.type === 'string' ? proof.type : JSON.stringify(proof.type ?? null);
  return typeof proof.cryptosuite === 'string' ? `${type}/${proof.cryptosuite}` : type;
}
