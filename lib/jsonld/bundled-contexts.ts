import clr201 from './contexts/clr-v2p0-context-2.0.1.json';
import credentialsExamplesV2 from './contexts/credentials-examples-v2.json';
import credentialsV1 from './contexts/credentials-v1.json';
import credentialsV2 from './contexts/credentials-v2.json';
import dataIntegrityV1 from './contexts/data-integrity-v1.json';
import dataIntegrityV2 from './contexts/data-integrity-v2.json';
import dccV1 from './contexts/dcc-v1.json';
import didV1 from './contexts/did-v1.json';
import ed25519v1 from './contexts/ed25519-signature-2020-v1.json';
import jws2020v1 from './contexts/jws-2020-v1.json';
import bitstringStatusV1 from './contexts/bitstring-status-list-v1.json';
import blockcertsV2 from './contexts/blockcerts-v2.json';
import blockcertsV2Alpha from './contexts/blockcerts-v2-alpha.json';
import blockcertsV21 from './contexts/blockcerts-v2.1.json';
import blockcertsV3 from './contexts/blockcerts-v3.json';
import blockcertsV31 from './contexts/blockcerts-v3.1.json';
import blockcertsV32 from './contexts/blockcerts-v3.2.json';
import merkleProof2019 from './contexts/merkle-proof-2019-v1.json';
import openBadgesV2 from './contexts/openbadges-v2.json';
import obBeta from './contexts/ob-v3p0-beta.json';
import ob300 from './contexts/ob-v3p0-context.json';
import ob301 from './contexts/ob-v3p0-context-3.0.1.json';
import ob302 from './contexts/ob-v3p0-context-3.0.2.json';
import ob303 from './contexts/ob-v3p0-context-3.0.3.json';
import obExtensions from './contexts/ob-v3p0-extensions.json';
import secp256k1v1 from './contexts/secp256k1-2019-v1.json';
import statusList2021 from './contexts/status-list-2021-v1.json';

/**
 * Every JSON-LD context the verifier knows, by URL. Nothing else is ever loaded: no context is
 * fetched (docs/SPEC.md §6). Sources and versions: ./contexts/README.md.
 */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['https://www.w3.org/2018/credentials/v1', credentialsV1],
  ['https://www.w3.org/ns/credentials/v2', credentialsV2],
  ['https://www.w3.org/ns/credentials/examples/v2', credentialsExamplesV2],
  ['https://www.w3.org/ns/credentials/status/v1', bitstringStatusV1],
  ['https://w3id.org/vc/status-list/2021/v1', statusList2021],
  ['https://w3id.org/security/data-integrity/v1', dataIntegrityV1],
  ['https://w3id.org/security/data-integrity/v2', dataIntegrityV2],
  ['https://w3id.org/security/suites/ed25519-2020/v1', ed25519v1],
  ['https://w3id.org/security/suites/jws-2020/v1', jws2020v1],
  ['https://w3id.org/security/suites/secp256k1-2019/v1', secp256k1v1],
  ['https://ns.did.ai/suites/secp256k1-2019/v1', secp256k1v1],
  ['https://www.w3.org/ns/did/v1', didV1],
  ['https://w3id.org/dcc/v1', dccV1],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', ob300],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', ob301],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', ob302],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', ob303],
  ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', obExtensions],
  ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', clr201],
  // Open Badges 2.0 and Blockcerts (canonicalized for a Blockcerts certificate's targetHash).
  ['https://w3id.org/openbadges/v2', openBadgesV2],
  ['https://openbadgespec.org/v2/context.json', openBadgesV2],
  ['https://w3id.org/blockcerts/v2', blockcertsV2],
  ['https://w3id.org/blockcerts/schema/2.0/context.json', blockcertsV2],
  ['https://www.blockcerts.org/schema/2.0/context.json', blockcertsV2],
  ['https://w3id.org/blockcerts/v2.1', blockcertsV21],
  ['https://w3id.org/blockcerts/schema/2.1/context.json', blockcertsV21],
  ['https://www.blockcerts.org/schema/2.1/context.json', blockcertsV21],
  ['https://w3id.org/blockcerts/v3', blockcertsV3],
  ['https://w3id.org/blockcerts/schema/3.0/context.json', blockcertsV3],
  ['https://www.blockcerts.org/schema/3.0/context.json', blockcertsV3],
  ['https://w3id.org/blockcerts/v3.1', blockcertsV31],
  ['https://w3id.org/blockcerts/schema/3.1/context.json', blockcertsV31],
  ['https://www.blockcerts.org/schema/3.1/context.json', blockcertsV31],
  ['https://w3id.org/blockcerts/v3.2', blockcertsV32],
  ['https://w3id.org/blockcerts/schema/3.2/context.json', blockcertsV32],
  ['https://www.blockcerts.org/schema/3.2/context.json', blockcertsV32],
  ['https://w3id.org/blockcerts/schema/2.0-alpha/context.json', blockcertsV2Alpha],
  ['https://www.blockcerts.org/schema/2.0-alpha/context.json', blockcertsV2Alpha],
  ['https://w3id.org/security/suites/merkle-2019/v1', merkleProof2019],
  // Pre-release OB 3.0 URLs (JFF plugfests, early pilots) served the beta vocabulary.
  ['https://imsglobal.github.io/openbadges-specification/ob_v3p0.html', obBeta],
  ['https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json', obBeta],
]);
