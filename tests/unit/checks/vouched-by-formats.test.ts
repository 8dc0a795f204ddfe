import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VerificationResult } from '../../../lib/result/types';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

async function verify(file: string): Promise<VerificationResult> {
  const [result] = await verifyBytes(readFileSync(`${GENERATED}/badges/${file}`), file, testEnv(generatedSiteHttp()));
  return result!;
}

const warnings = (r: VerificationResult) =>
  r.checks.filter((c) => c.code === 'issuer.url-other-site' || c.code === 'issuer.image-other-site').map((c) => c.code);
const UNI = { kind: 'origin', value: 'https://badges.example-university.org' };
const DID_WEB = { kind: 'did', value: 'did:web:credentials.example-university.org' };
const DID_KEY = { kind: 'did', value: 'did:key:z6MksiiwEYpRFemwj72YAh8cwTGUtH5Zr8pikMHwvek3FCU3' };

describe('the summary says who vouched, and every name is self-declared', () => {
  it.each([
    // OB 2.0 hosted: the hosted profile's origin, when that profile allows where the badge lives.
    ['hosted-valid.png', UNI],
    ['hosted-allowed-origin.png', { kind: 'origin', value: 'https://learn.example-academy.net' }],
    // ...and only the host that served it when the issuer's profile does not allow that host.
    ['hosted-wrong-origin.png', { kind: 'origin', value: 'https://badge-mirror.example.net' }],
    // OB 2.0 signed: the origin of the issuer profile that owns the key (1.x: the key on its origin).
    ['signed-valid.png', UNI],
    ['signed-v1.png', { kind: 'origin', value: 'https://www.old-badges.example.com' }],
    // OB 3.0 / CLR: the key's controller, a DID or the https controller document's origin.
    ['ob3-rdfc-did-web.json', DID_WEB],
    ['ob3-rdfc-did-key.json', DID_KEY],
    ['ob3-rdfc-https-controller.json', { kind: 'origin', value: 'https://credentials.example-university.org' }],
    ['ob3-jwt-es256-https-jwk.jwt', { kind: 'origin', value: 'https://credentials.example-university.org' }],
    ['ob3-jwt-rs256-did-web.jwt', DID_WEB],
    ['clr-valid.json', DID_WEB],
    // A did:key that signed for an https issuer: the did:key vouched, not the issuer it names.
    ['ob3-unbound-did-key.json', DID_KEY],
    ['ob3-key-of-another-issuer.json', { kind: 'did', value: 'did:web:badges.impostor-university.net' }],
  ])('%s → %j', async (file, vouchedBy) => {
    const result = await verify(file);
    expect(result.credential.issuer?.vouchedBy).toEqual(vouchedBy);
    expect(result.credential.issuer?.nameTrust).toBe('self-declared');
  });

  it.each(['signed-tampered.png', 'ob3-tampered-name.json', 'ob3-jwt-header-jwk.jwt', 'hosted-timeout.png', 'hosted-id-mismatch.png'])(
    'nobody vouched for %s (no signature by a known key, nothing hosted)',
    async (file) => {
      expect((await verify(file)).credential.issuer?.vouchedBy).toBeUndefined();
    },
  );

  it("a CLR's nested credentials say who vouched for each", async () => {
    const result = await verify('clr-valid.json');
    expect(result.nested?.map((n) => n.credential.issuer?.vouchedBy)).toEqual([DID_KEY, DID_WEB]);
  });

  it('the look-alike: verified and hosted, but the name is its own word, harvard-edu.example.org vouched, and its url and logo are flagged', async () => {
    const result = await verify('hosted-lookalike-issuer.png');
    expect([result.status, result.assurance]).toEqual(['verified', 'hosted']);
    expect(result.credential.issuer).toMatchObject({
      name: 'Harvard University',
      url: 'https://harvard.edu',
      nameTrust: 'self-declared',
      vouchedBy: { kind: 'origin', value: 'https://harvard-edu.example.org' },
    });
    expect(warnings(result)).toEqual(['issuer.url-other-site', 'issuer.image-other-site']);
    expect(result.checks.filter((c) => c.code === 'issuer.url-other-site').map((c) => c.outcome)).toEqual(['fail']);
  });

  it("an endorsement's check names the endorser with who vouched for it", async () => {
    const endorsement = (await verify('ob3-endorsed.json')).checks.find((c) => c.code === 'endorsement.ok')!;
    expect(endorsement.detail).toMatch(/Data Science Guild \(self-declared; vouched for by (did:|https:\/\/)/);
  });

  it('an issuer whose url and logo are on the site that vouched gets no warning', async () => {
    for (const file of ['hosted-valid.png', 'signed-valid.png', 'ob3-rdfc-did-web.json', 'ob3-rdfc-https-controller.json']) {
      expect(warnings(await verify(file))).toEqual([]);
    }
  });

  it('a did:key issuer naming a website: the website is flagged (a did:key is on no site)', async () => {
    expect(warnings(await verify('ob3-rdfc-did-key.json'))).toEqual(['issuer.url-other-site']);
  });
});
