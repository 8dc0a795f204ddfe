import type { VerificationKey } from '../keys/types';
import { fail } from '../result/check';
import type { Check, CredentialSummary, VouchedBy } from '../result/types';

/** The https origin of a URL that served (hosted) a badge or its issuer profile. */
export function originVouch(url: string | undefined): VouchedBy | undefined {
  const parsed = httpUrl(url);
  return parsed ? { kind: 'origin', value: parsed.origin } : undefined;
}

/**
 * Who a key that verified speaks for: its proven controller; otherwise the DID whose document served
 * it, or the origin of the key document. A key carried in the credential or a JWT header speaks for
 * no one.
 */
export function keyVouch(key: VerificationKey): VouchedBy | undefined {
  if (key.controllerProven && key.controller !== undefined) return idVouch(key.controller);
  if (key.source === 'https' || key.source === 'did:web' || key.source === 'did:key' || key.source === 'did:jwk') return idVouch(key.id);
  return undefined;
}

function idVouch(id: string): VouchedBy | undefined {
  if (id.startsWith('did:')) return { kind: 'did', value: id.split(/[#?]/)[0]!.slice(0, 4000) };
  return originVouch(id);
}

/** The summary with who vouched, when anyone did. */
export function withVouchedBy(summary: CredentialSummary, vouchedBy: VouchedBy | undefined): CredentialSummary {
  if (!vouchedBy) return summary;
  return { ...summary, issuer: { ...summary.issuer, vouchedBy } };
}

/**
 * The host a voucher speaks for: an origin's host name, a did:web's domain; other DIDs (did:key,
 * did:jwk) have no site at all.
 */
export function vouchSite(vouchedBy: VouchedBy): string | undefined {
  if (vouchedBy.kind === 'origin') return httpUrl(vouchedBy.value)?.hostname;
  if (!vouchedBy.value.startsWith('did:web:')) return undefined;
  const domain = decodeURIComponent(vouchedBy.value.slice('did:web:'.length).split(':')[0] ?? '');
  return httpUrl(`https://${domain}/`)?.hostname;
}

/**
 * One site: the same host, or one a subdomain of the other (`badges.example.edu` vouching for
 * `example.edu`). Sibling subdomains (`badges.example.edu`, `www.example.edu`) count as different
 * sites: without a public-suffix list they cannot be told apart from neighbours on a shared host
 * (`alice.github.io`, `bob.github.io`), and a needless warning is cheaper than a missed look-alike.
 */
export function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

export interface IssuerLinks {
  url?: unknown;
  image?: unknown;
  /** JSON pointer to the issuer object, when it is inside the credential. */
  pointer?: string;
}

/**
 * Warnings for an issuer `url` or `image` (http(s) only; a `data:` image is on no site) on a site other
 * than the one that vouched: a look-alike naming someone else's website or logo.
 */
export function checkIssuerLinks(vouchedBy: VouchedBy | undefined, links: IssuerLinks): Check[] {
  if (!vouchedBy) return [];
  const site = vouchSite(vouchedBy);
  const checks: Check[] = [];
  const offSite = (value: unknown): string | undefined => {
    const host = httpUrl(typeof value === 'string' ? value : undefined)?.hostname;
    return host !== undefined && (site === undefined || !sameSite(host, site)) ? host : undefined;
  };
  const where = site ?? vouchedBy.value;
  const urlHost = offSite(links.url);
  if (urlHost) {
    checks.push(fail('issuer', 'issuer.url-other-site', `the issuer's url is on ${urlHost}, but ${where} vouched for this badge`, links.pointer !== undefined ? `${links.pointer}/url` : undefined));
  }
  const imageHost = offSite(imageId(links.image));
  if (imageHost) {
    checks.push(fail('issuer', 'issuer.image-other-site', `the issuer's image is on ${imageHost}, but ${where} vouched for this badge`, links.pointer !== undefined ? `${links.pointer}/image` : undefined));
  }
  return checks;
}

function imageId(image: unknown): unknown {
  return typeof image === 'object' && image !== null && 'id' in image ? (image as { id: unknown }).id : image;
}

function httpUrl(value: string | undefined): URL | undefined {
  if (value === undefined || !/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
