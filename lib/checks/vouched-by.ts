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

/** Who vouched, short for display: an origin's host, a did:web as is, a long DID cut in the middle. */
export function vouchedByShort(vouchedBy: VouchedBy): string {
  if (vouchedBy.kind === 'origin') return httpUrl(vouchedBy.value)?.host || vouchedBy.value;
  const max = vouchedBy.value.startsWith('did:web:') ? 64 : 28;
  return vouchedBy.value.length <= max ? vouchedBy.value : `${vouchedBy.value.slice(0, max - 8)}…${vouchedBy.value.slice(-6)}`;
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
 * One site: the same registrable domain, so `credentials.example.edu` vouching for `www.example.edu`
 * passes and `harvard-edu.example.org` naming `harvard.edu` warns. Badge Lens holds no public-suffix
 * list, so the registrable domain is approximated (`siteOf`): a known shared-hosting suffix or a
 * ccTLD's common second level (`co.uk`, `edu.au`) plus one label, otherwise the last two labels.
 * Neighbours on a shared host the list lacks would count as one site.
 */
export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}

const SHARED_HOSTS = new Set([
  'github.io',
  'gitlab.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'web.app',
  'firebaseapp.com',
  'herokuapp.com',
  'appspot.com',
  'blogspot.com',
  'azurewebsites.net',
  'cloudfront.net',
  's3.amazonaws.com',
  'wordpress.com',
  'wixsite.com',
  'notion.site',
]);
const SECOND_LEVELS = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org', 'ne', 'or', 'go', 'gob', 'mil', 'nic', 'sch', 'ltd', 'plc']);

export function siteOf(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(name) || name.includes(':') || name.startsWith('[')) return name;
  const labels = name.split('.');
  const suffixOf = (n: number) => labels.slice(-n).join('.');
  const keep = SHARED_HOSTS.has(suffixOf(3))
    ? 4
    : SHARED_HOSTS.has(suffixOf(2))
      ? 3
      : labels.at(-1)!.length === 2 && SECOND_LEVELS.has(labels.at(-2) ?? '')
        ? 3
        : 2;
  return suffixOf(keep);
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
    checks.push(
      fail(
        'issuer',
        'issuer.url-other-site',
        `the issuer's url is on ${urlHost}, but ${where} vouched for this badge`,
        links.pointer !== undefined ? `${links.pointer}/url` : undefined,
      ),
    );
  }
  const imageHost = offSite(imageId(links.image));
  if (imageHost) {
    checks.push(
      fail(
        'issuer',
        'issuer.image-other-site',
        `the issuer's image is on ${imageHost}, but ${where} vouched for this badge`,
        links.pointer !== undefined ? `${links.pointer}/image` : undefined,
      ),
    );
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
