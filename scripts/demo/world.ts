/**
 * The platforms of the demo world, built in memory: Credly-like, Badgr-like and Accredible-like
 * hosts serving what the real ones serve publicly (docs/SPEC.md §1): Credly's OB 2.0
 * hosted JSON under api.credly.com/v1/obi/v2, Badgr's public assertions (JSON when asked for JSON,
 * an HTML page otherwise), Accredible's credential pages (HTML only), and the embed scripts.
 * Nothing here is signed: platform badges are hosted assertions.
 */
import { createHash } from 'node:crypto';
import { badgeArtSvg } from './art';

export interface Resource {
  status?: number;
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Served instead when the request's Accept header does not ask for JSON (Badgr's public pages). */
  html?: string;
}

const OB2 = 'https://w3id.org/openbadges/v2';
export const ADA_EMAIL = 'ada@example.com';
export const GRACE_EMAIL = 'grace@example.com';

const CREDLY_API = 'https://api.credly.com/v1/obi/v2';
const CREDLY_ISSUER = '5c2b9f4e-7a1d-4c3b-9e8f-1a2b3c4d5e6f';
const BADGR = 'https://api.badgr.io/public';

export interface PlatformBadge {
  platform: 'credly' | 'badgr' | 'accredible';
  /** Credly uuid, Badgr entity id or Accredible credential id. */
  id: string;
  name: string;
  issuer: string;
  earner: string;
  art: string;
  issuedOn: string;
  expires?: string;
  revoked?: string;
  /** What the extension must say. */
  status: 'verified' | 'expired' | 'revoked' | 'unverifiable';
  format: 'ob2-hosted' | 'unknown';
}

export const CREDLY = {
  adaCloudArchitect: {
    platform: 'credly',
    id: '2f6d3c1a-8b4e-4a5f-9c7d-0e1f2a3b4c5d',
    name: 'Cloud Architect – Associate',
    issuer: 'Example Cloud Institute',
    earner: 'Ada Lovelace',
    art: 'cloud-architect',
    issuedOn: '2025-03-14T10:00:00Z',
    expires: '2028-03-14T10:00:00Z',
    status: 'verified',
    format: 'ob2-hosted',
  },
  adaKubernetes: {
    platform: 'credly',
    id: '3a7e4d2b-9c5f-4b60-8d8e-1f2a3b4c5d6e',
    name: 'Kubernetes Application Developer',
    issuer: 'Example Cloud Institute',
    earner: 'Ada Lovelace',
    art: 'kubernetes',
    issuedOn: '2022-02-10T10:00:00Z',
    expires: '2025-02-10T10:00:00Z',
    status: 'expired',
    format: 'ob2-hosted',
  },
  graceAgile: {
    platform: 'credly',
    id: '4b8f5e3c-0d6a-4c71-9e9f-2a3b4c5d6e7f',
    name: 'Agile Team Facilitator',
    issuer: 'Example Cloud Institute',
    earner: 'Grace Hopper',
    art: 'agile',
    issuedOn: '2024-09-02T10:00:00Z',
    status: 'verified',
    format: 'ob2-hosted',
  },
  graceSecurity: {
    platform: 'credly',
    id: '5c906f4d-1e7b-4d82-8fa0-3b4c5d6e7f80',
    name: 'Security Fundamentals',
    issuer: 'Example Cloud Institute',
    earner: 'Grace Hopper',
    art: 'security',
    issuedOn: '2023-05-20T10:00:00Z',
    revoked: 'Exam result withdrawn after audit',
    status: 'revoked',
    format: 'ob2-hosted',
  },
} satisfies Record<string, PlatformBadge>;

export const BADGR_BADGES = {
  adaOpenSource: {
    platform: 'badgr',
    id: 'Qm2xT7vKRc8nB4zW1yHe5D',
    name: 'Open Source Contributor',
    issuer: 'Example Community College',
    earner: 'Ada Lovelace',
    art: 'open-source',
    issuedOn: '2023-11-08T12:00:00Z',
    status: 'verified',
    format: 'ob2-hosted',
  },
  graceCompilers: {
    platform: 'badgr',
    id: 'Rt5yU3wLSd9pC6aX2zJg8E',
    name: 'Compiler Construction',
    issuer: 'Example Community College',
    earner: 'Grace Hopper',
    art: 'compilers',
    issuedOn: '2022-04-19T12:00:00Z',
    status: 'verified',
    format: 'ob2-hosted',
  },
} satisfies Record<string, PlatformBadge>;

export const ACCREDIBLE = {
  adaProjectManagement: {
    platform: 'accredible',
    id: '7d2e9c41-5b3a-4f68-a1c0-9e8d7f6b5a43',
    name: 'Project Management Essentials',
    issuer: 'Example PM Society',
    earner: 'Ada Lovelace',
    art: 'project-management',
    issuedOn: '2024-01-22T09:00:00Z',
    status: 'unverifiable',
    format: 'unknown',
  },
} satisfies Record<string, PlatformBadge>;

const BADGE_CLASS_IDS: Record<string, string> = {
  'cloud-architect': '8e4f2a1b-3c5d-4e6f-9a0b-1c2d3e4f5a6b',
  kubernetes: '9f5a3b2c-4d6e-4f70-8b1c-2d3e4f5a6b7c',
  agile: 'a06b4c3d-5e7f-4081-9c2d-3e4f5a6b7c8d',
  security: 'b17c5d4e-6f80-4192-8d3e-4f5a6b7c8d9e',
  'open-source': 'Hn7tY2kPQa5sV1xM9cLd3B',
  compilers: 'Jp4wR8nTUb6zK2yL5dMf7C',
};
const BADGR_ISSUER = 'Xk3mQ9pLTy2vN8wR4bZc1A';

const DESCRIPTIONS: Record<string, string> = {
  'cloud-architect': 'Earners can design resilient, cost-aware architectures on public cloud platforms.',
  kubernetes: 'Earners can build, configure and expose cloud-native applications on Kubernetes.',
  agile: 'Earners can facilitate agile ceremonies and coach teams through their first quarters.',
  security: 'Earners understand core security principles, identity and threat modelling.',
  'open-source': 'Awarded for five or more merged contributions to public open-source projects.',
  compilers: 'Awarded for building a working compiler for a small language, from parser to code generation.',
};

export const credlyBadgeUrl = (id: string) => `https://www.credly.com/badges/${id}`;
export const credlyApiUrl = (id: string) => `${CREDLY_API}/badge_assertions/${id}`;
export const badgrAssertionUrl = (id: string) => `${BADGR}/assertions/${id}`;
export const accredibleUrl = (id: string) => `https://www.credential.net/${id}`;
export const credlyImageUrl = (art: string) => `https://images.credly.com/size/340x340/images/${BADGE_CLASS_IDS[art] ?? art}/image.svg`;
export const badgrImageUrl = (id: string) => `${BADGR}/assertions/${id}/image`;
export const accredibleImageUrl = (art: string) => `https://api.accredible.com/v1/frontend/credential_website_embed_image/badge/${art}`;

const hashed = (email: string, salt: string) => ({
  type: 'email',
  hashed: true,
  salt,
  identity: `sha256$${createHash('sha256')
    .update(email + salt)
    .digest('hex')}`,
});
const json = (value: unknown): Resource => ({ contentType: 'application/json; charset=utf-8', body: JSON.stringify(value, null, 2) });
const html = (body: string): Resource => ({ contentType: 'text/html; charset=utf-8', body, headers: { 'cache-control': 'no-cache' } });
const svg = (body: string): Resource => ({ contentType: 'image/svg+xml', body, headers: { 'cache-control': 'max-age=3600' } });
const emailOf = (b: PlatformBadge) => (b.earner.startsWith('Ada') ? ADA_EMAIL : GRACE_EMAIL);
const month = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function platformPage(title: string, brand: string, accent: string, main: string, meta = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>${meta}
<style>
  body { margin: 0; font-family: system-ui, 'Liberation Sans', Arial, sans-serif; background: #f4f5f7; color: #1f2937; }
  header { background: #fff; border-bottom: 1px solid #e5e7eb; padding: 14px 32px; font-weight: 700; color: ${accent}; letter-spacing: .2px; }
  header small { color: #9ca3af; font-weight: 400; margin-left: 8px; }
  main { max-width: 760px; margin: 32px auto; background: #fff; border: 1px solid #e5e7eb; border-radius: 12px; padding: 32px; display: flex; gap: 32px; }
  main img { width: 180px; height: 180px; }
  h1 { font-size: 24px; margin: 0 0 8px; } p { margin: 6px 0; color: #4b5563; } .pill { display: inline-block; margin-top: 14px; padding: 6px 12px; border-radius: 999px; background: ${accent}; color: #fff; font-size: 13px; }
</style></head>
<body><header>${brand}<small>demo platform</small></header>
<main>${main}</main></body></html>
`;
}

function badgePage(b: PlatformBadge, brand: string, accent: string, image: string): string {
  const main = `<img src="${image}" alt="${escapeHtml(b.name)} badge">
<div><h1>${escapeHtml(b.name)}</h1><p>Issued by <strong>${escapeHtml(b.issuer)}</strong> to <strong>${escapeHtml(b.earner)}</strong></p>
<p>Issued ${month(b.issuedOn)}${b.expires ? ` · Expires ${month(b.expires)}` : ''}</p>
<p>${escapeHtml(DESCRIPTIONS[b.art] ?? '')}</p><span class="pill">View credential details</span></div>`;
  const meta = `<meta property="og:title" content="${escapeHtml(`${b.name} was issued by ${b.issuer} to ${b.earner}.`)}">`;
  return platformPage(`${b.name} - ${brand}`, brand, accent, main, meta);
}

/** Every platform resource of the demo world, by URL without query. */
export function platformResources(): Map<string, Resource> {
  const site = new Map<string, Resource>();

  // Credly: OB 2.0 hosted JSON on api.credly.com, badge pages and embeds on www.credly.com.
  const issuerId = `${CREDLY_API}/issuers/${CREDLY_ISSUER}`;
  site.set(
    issuerId,
    json({
      '@context': OB2,
      type: 'Issuer',
      id: issuerId,
      name: 'Example Cloud Institute',
      url: 'https://www.example-cloud.org',
      email: 'credentials@example-cloud.org',
      description: 'Vendor-neutral cloud training and certification.',
    }),
  );
  for (const b of Object.values(CREDLY) as PlatformBadge[]) {
    const classId = `${issuerId}/badge_classes/${BADGE_CLASS_IDS[b.art]}`;
    site.set(
      classId,
      json({
        '@context': OB2,
        type: 'BadgeClass',
        id: classId,
        name: b.name,
        description: DESCRIPTIONS[b.art],
        image: credlyImageUrl(b.art),
        criteria: { id: `https://www.credly.com/org/example-cloud-institute/badge/${b.art}`, narrative: 'Pass the proctored exam.' },
        issuer: issuerId,
        tags: ['cloud'],
      }),
    );
    site.set(credlyImageUrl(b.art), svg(badgeArtSvg(b.art, 340)));
    const assertionId = credlyApiUrl(b.id);
    site.set(
      assertionId,
      json({
        '@context': OB2,
        type: 'Assertion',
        id: assertionId,
        badge: classId,
        image: credlyImageUrl(b.art),
        recipient: hashed(emailOf(b), `credly-${b.id.slice(0, 8)}`),
        issuedOn: b.issuedOn,
        ...(b.expires ? { expires: b.expires } : {}),
        evidence: [{ id: credlyBadgeUrl(b.id), narrative: 'Exam passed.' }],
        verification: { type: 'HostedBadge' },
        ...(b.revoked ? { revoked: true, revocationReason: b.revoked } : { revoked: false }),
      }),
    );
    const page = html(badgePage(b, 'Credly-like', '#ff6b00', credlyImageUrl(b.art)));
    for (const suffix of ['', '/', '/public_url', '/linked_in_profile']) site.set(`${credlyBadgeUrl(b.id)}${suffix}`, page);
    site.set(
      `https://www.credly.com/embedded_badge/${b.id}`,
      html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(b.name)}</title>
<style>body{margin:0;font-family:system-ui,'Liberation Sans',Arial,sans-serif;text-align:center;background:#fff;color:#1f2937}img{width:110px;height:110px;margin:14px auto 6px;display:block}
p{margin:2px 10px;font-size:12px}.n{font-weight:700;font-size:13px}.i{color:#6b7280}.v{margin-top:10px;color:#b34700;font-size:11px;font-weight:700}</style></head>
<body><img src="${credlyImageUrl(b.art)}" alt=""><p class="n">${escapeHtml(b.name)}</p><p class="i">${escapeHtml(b.issuer)}</p><p class="v">VERIFIED ON CREDLY-LIKE</p></body></html>`),
    );
  }
  site.set('https://cdn.credly.com/assets/utilities/embed.js', {
    contentType: 'text/javascript; charset=utf-8',
    // Like Credly's embed.js: every div[data-share-badge-id] is replaced by a cross-origin iframe.
    body: `(function () {
  document.querySelectorAll('div[data-share-badge-id]').forEach(function (div) {
    var id = div.getAttribute('data-share-badge-id');
    var host = div.getAttribute('data-share-badge-host') || 'https://www.credly.com';
    var frame = document.createElement('iframe');
    frame.name = 'acclaim-badge';
    frame.id = 'embedded-badge-' + id;
    frame.src = host + '/embedded_badge/' + id;
    frame.title = 'View my verified achievement on Credly.';
    frame.width = div.getAttribute('data-iframe-width') || '150';
    frame.height = div.getAttribute('data-iframe-height') || '270';
    frame.setAttribute('frameborder', '0');
    frame.setAttribute('scrolling', 'no');
    frame.style.border = '0';
    div.parentNode.replaceChild(frame, div);
  });
})();
`,
  });

  // Badgr: public assertions answer JSON to JSON requests and a page to browsers.
  const badgrIssuer = `${BADGR}/issuers/${BADGR_ISSUER}`;
  site.set(
    badgrIssuer,
    json({
      '@context': OB2,
      type: 'Issuer',
      id: badgrIssuer,
      name: 'Example Community College',
      url: 'https://www.example-college.org',
      email: 'badges@example-college.org',
    }),
  );
  for (const b of Object.values(BADGR_BADGES) as PlatformBadge[]) {
    const classId = `${BADGR}/badges/${BADGE_CLASS_IDS[b.art]}`;
    site.set(
      classId,
      json({
        '@context': OB2,
        type: 'BadgeClass',
        id: classId,
        name: b.name,
        description: DESCRIPTIONS[b.art],
        image: `${classId}/image`,
        criteria: { narrative: 'See the course page.' },
        issuer: badgrIssuer,
      }),
    );
    site.set(`${classId}/image`, svg(badgeArtSvg(b.art, 300)));
    site.set(badgrImageUrl(b.id), svg(badgeArtSvg(b.art, 300)));
    const assertionId = badgrAssertionUrl(b.id);
    const assertion = json({
      '@context': OB2,
      type: 'Assertion',
      id: assertionId,
      badge: classId,
      image: badgrImageUrl(b.id),
      recipient: hashed(emailOf(b), `badgr-${b.id.slice(0, 6)}`),
      issuedOn: b.issuedOn,
      verification: { type: 'HostedBadge' },
      revoked: false,
    });
    site.set(assertionId, { ...assertion, html: badgePage(b, 'Badgr-like', '#0b7285', badgrImageUrl(b.id)) });
    site.set(`${assertionId}.json`, assertion);
  }
  site.set('https://badgr.com/assets/widgets.bundle.js', {
    contentType: 'text/javascript; charset=utf-8',
    body: '/* Badgr-like widgets: the blockquote is shown as it is. */\n',
  });
  site.set(
    'https://badgecheck.io/',
    html(
      platformPage(
        'Badge check',
        'Badgecheck-like',
        '#374151',
        '<div><h1>Badge check</h1><p>Paste a badge URL to check it (demo page).</p></div>',
      ),
    ),
  );

  // Accredible: credential pages only; nothing verifiable is published.
  for (const b of Object.values(ACCREDIBLE) as PlatformBadge[]) {
    site.set(accredibleUrl(b.id), html(badgePage(b, 'Accredible-like', '#4338ca', accredibleImageUrl(b.art))));
    site.set(accredibleImageUrl(b.art), svg(badgeArtSvg(b.art, 300)));
  }
  return site;
}
