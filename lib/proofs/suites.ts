import { ecdsaJcs2019 } from './ecdsa-jcs-2019';
import { ed25519Signature2018 } from './ed25519-signature-2018';
import { ecdsaRdfc2019 } from './ecdsa-rdfc-2019';
import { eddsaJcs2022 } from './eddsa-jcs-2022';
import { ed25519Signature2020, eddsa2022, eddsaRdfc2022 } from './eddsa-rdfc-2022';
import { jsonWebSignature2020 } from './json-web-signature-2020';
import { bbs2023 } from './bbs-2023';
import { ecdsaSd2023 } from './ecdsa-sd-2023';
import { ecdsaSecp256k1Signature2019 } from './ecdsa-secp256k1-signature-2019';
import type { Json, ProofSuite } from './types';

/** Every embedded proof type the core verifies. */
export const PROOF_SUITES: readonly ProofSuite[] = [
  eddsaRdfc2022,
  eddsaJcs2022,
  ecdsaRdfc2019,
  ecdsaJcs2019,
  ed25519Signature2020,
  eddsa2022,
  jsonWebSignature2020,
  ed25519Signature2018,
  ecdsaSecp256k1Signature2019,
  ecdsaSd2023,
  bbs2023,
];

export function suiteFor(proof: Json, suites: readonly ProofSuite[] = PROOF_SUITES): ProofSuite | undefined {
  return suites.find((suite) => suite.matches(proof));
}
