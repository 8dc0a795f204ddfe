import { createFakeHttp, type FakeHttp, type FakeRoute } from './fake-http';

const I = 'tests/fixtures/vectors/blockcerts/issuers';

/**
 * The issuer profiles, revocation and status lists the cert-verifier-js Blockcerts fixtures point at,
 * from the same repository's test fixtures (tests/fixtures/vectors/blockcerts/README.md). Hosts whose
 * files were not published answer 404.
 */
export const BLOCKCERTS_ROUTES: Record<string, FakeRoute> = {
  'https://blockcerts.learningmachine.com/issuer/5a4fe9931f607f0f3452a65e.json': { file: `${I}/issuer-profile-mainnet-example.json` },
  'https://blockcerts.learningmachine.com/issuer/5a4fe9931f607f0f3452a65e/revocation.json': { file: `${I}/v2-revocation-list.json` },
  'https://www.blockcerts.org/samples/2.0/issuer-testnet.json': { file: `${I}/v2-testnet-issuer-profile.json` },
  'https://www.blockcerts.org/samples/2.0/revocation-list-testnet.json': { file: `${I}/v2-testnet-revocation-list.json` },
  'https://www.blockcerts.org/samples/2.0-alpha/issuerTestnet.json': { file: `${I}/issuer-blockcerts-v2a.json` },
  'https://www.blockcerts.org/mockissuer/issuer/issuerTestnet_v1.json': { file: `${I}/issuer-blockcerts-v1.json` },
  'https://www.blockcerts.org/samples/3.0/issuer-blockcerts.json': { file: `${I}/issuer-blockcerts.json` },
  'https://www.blockcerts.org/samples/3.0/revocation-list-blockcerts.json': { file: `${I}/v3-revocation-list.json` },
  'https://www.blockcerts.org/samples/3.0/status-list-2021.json': { file: `${I}/blockcerts-status-list-2021.json` },
  'https://www.blockcerts.org/samples/3.0/status-list-2021-suspension.json': { file: `${I}/blockcerts-status-list-2021-suspension.json` },
};

export function blockcertsHttp(extra: Record<string, FakeRoute> = {}): FakeHttp {
  return createFakeHttp((url) => extra[url] ?? BLOCKCERTS_ROUTES[url] ?? { body: 'Not Found', status: 404, contentType: 'text/plain' });
}
