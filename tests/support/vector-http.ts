import { createFakeHttp, type FakeHttp, type FakeRoute } from './fake-http';

const V = 'tests/fixtures/vectors';

/**
 * The network the public OB 3.0 / CLR / DCC vectors point at, served from copied and hand-written
 * files (tests/fixtures/vectors/served/README.md). Issuer ids the 1EdTech vectors use only as names
 * (example.com, example.edu, 1edtech.edu, state.gov) answer 404: their fragment keys stay unconfirmed.
 */
export const VECTOR_ROUTES: Record<string, FakeRoute> = {
  'https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist':
    {
      file: `${V}/ob3/1edtech-val_bsl_testlist.json`,
    },
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj': {
    file: `${V}/dcc/verifier-core_status_e5WK8CbZ1GjycuPombrj.json`,
  },
  'https://dc.1edtech.org/wellspring2022/wellspring-portal/api/revocations/da1e96e9-afcc-4eed-b9a2-2ddf7353214c': {
    file: `${V}/served/dc.1edtech.org_revocations_da1e96e9.json`,
  },
  'https://dc.1edtech.org/wellspring2022/wellspring-portal/org/da1e96e9-afcc-4eed-b9a2-2ddf7353214c/did.json': {
    file: `${V}/served/dc.1edtech.org_wellspring_org_da1e96e9.did.json`,
  },
  'https://digitalcredentials.github.io/dcc-did-web/multikey/did.json': {
    file: `${V}/served/digitalcredentials.github.io_dcc-did-web_multikey.did.json`,
  },
};

const NAME_ONLY_HOSTS = ['example.com', 'example.edu', '1edtech.edu', 'state.gov'];

export function vectorHttp(extra: Record<string, FakeRoute> = {}): FakeHttp {
  return createFakeHttp((url) => {
    const route = extra[url] ?? VECTOR_ROUTES[url];
    if (route) return route;
    const host = new URL(url).host;
    if (NAME_ONLY_HOSTS.includes(host)) return { body: 'Not Found', status: 404, contentType: 'text/plain' };
    return undefined;
  });
}
