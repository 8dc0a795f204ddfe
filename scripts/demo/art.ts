/**
 * Badge artwork for the demo world, as SVG. The same designs are served as SVG images (platform
 * badge classes), pasted around the baked SVG fixtures, and rendered once to PNG by make-assets.ts
 * so that the baked PNG fixtures can be shown with a real-looking image (see png-art.ts).
 */

export interface BadgeArt {
  shape: 'hexagon' | 'circle' | 'shield';
  from: string;
  to: string;
  glyph: string;
  caption: string;
  ribbon?: string;
}

export const ART: Record<string, BadgeArt> = {
  'data-science': { shape: 'hexagon', from: '#3b3fb6', to: '#16a3a8', glyph: 'DS', caption: 'FOUNDATIONS', ribbon: 'EXAMPLE UNIVERSITY' },
  'data-science-signed': {
    shape: 'hexagon',
    from: '#22306e',
    to: '#3f8fd8',
    glyph: 'DS',
    caption: 'FOUNDATIONS',
    ribbon: 'EXAMPLE UNIVERSITY',
  },
  'cloud-practitioner': { shape: 'circle', from: '#f08a24', to: '#d9480f', glyph: 'CP', caption: 'CLOUD', ribbon: 'EXAMPLE ACADEMY' },
  'legacy-web': { shape: 'shield', from: '#4f7a52', to: '#8bb174', glyph: 'WL', caption: 'WEB LITERACY', ribbon: 'OLD BADGES INC.' },
  flaky: { shape: 'circle', from: '#6d3fb6', to: '#b04fd0', glyph: 'FB', caption: 'FLAKY', ribbon: 'FLAKY ISSUER' },
  'cloud-architect': { shape: 'hexagon', from: '#0f2b46', to: '#1f6f8b', glyph: 'CA', caption: 'ASSOCIATE', ribbon: 'CLOUD INSTITUTE' },
  kubernetes: { shape: 'hexagon', from: '#1d4ed8', to: '#60a5fa', glyph: 'K8s', caption: 'DEVELOPER', ribbon: 'CLOUD INSTITUTE' },
  agile: { shape: 'hexagon', from: '#166534', to: '#4ade80', glyph: 'AF', caption: 'FACILITATOR', ribbon: 'CLOUD INSTITUTE' },
  security: { shape: 'shield', from: '#7f1d1d', to: '#ef4444', glyph: 'SF', caption: 'SECURITY', ribbon: 'CLOUD INSTITUTE' },
  'open-source': { shape: 'circle', from: '#0e7490', to: '#22d3ee', glyph: 'OS', caption: 'CONTRIBUTOR', ribbon: 'COMMUNITY COLLEGE' },
  compilers: { shape: 'circle', from: '#9a3412', to: '#fbbf24', glyph: 'CC', caption: 'COMPILERS', ribbon: 'COMMUNITY COLLEGE' },
  'project-management': { shape: 'shield', from: '#334155', to: '#94a3b8', glyph: 'PM', caption: 'ESSENTIALS', ribbon: 'PM SOCIETY' },
};

const FONT = "'Liberation Sans', 'Helvetica Neue', Arial, sans-serif";

function outline(shape: BadgeArt['shape'], inset: number): string {
  const r = 56 - inset;
  if (shape === 'circle') return `<circle cx="60" cy="60" r="${r}"/>`;
  if (shape === 'hexagon') {
    const points = Array.from({ length: 6 }, (_, i) => {
      const a = (Math.PI / 3) * i - Math.PI / 2;
      return `${(60 + r * Math.cos(a)).toFixed(2)},${(60 + r * Math.sin(a)).toFixed(2)}`;
    }).join(' ');
    return `<polygon points="${points}"/>`;
  }
  const t = 4 + inset;
  const w = 52 - inset;
  return `<path d="M60 ${t} L${60 + w} ${t + 14} L${60 + w} ${58} C${60 + w} ${88 - inset / 2} ${84} ${106 - inset} 60 ${116 - inset} C${36} ${106 - inset} ${60 - w} ${88 - inset / 2} ${60 - w} 58 L${60 - w} ${t + 14} Z"/>`;
}

/** The inner elements of a 120×120 badge (no <svg> wrapper), ids prefixed so several can share a page. */
export function badgeArtElements(name: string, idPrefix = name): string {
  const art = ART[name];
  if (!art) throw new Error(`no badge art named ${name}`);
  const g = `${idPrefix}-g`;
  const glyphSize = art.glyph.length > 2 ? 30 : 36;
  const ribbon = art.ribbon
    ? `<path d="M8 78 L112 78 L106 90 L112 102 L8 102 L14 90 Z" fill="#ffffff" fill-opacity="0.92"/>
  <text x="60" y="94" font-family="${FONT}" font-size="${art.ribbon.length > 16 ? 7.2 : 8.5}" font-weight="700" letter-spacing="0.6" text-anchor="middle" fill="${art.from}">${art.ribbon}</text>`
    : '';
  return `<defs><linearGradient id="${g}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${art.from}"/><stop offset="1" stop-color="${art.to}"/></linearGradient></defs>
  <g fill="url(#${g})">${outline(art.shape, 0)}</g>
  <g fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="2">${outline(art.shape, 6)}</g>
  <text x="60" y="${art.ribbon ? 56 : 66}" font-family="${FONT}" font-size="${glyphSize}" font-weight="700" text-anchor="middle" fill="#ffffff">${art.glyph}</text>
  <text x="60" y="${art.ribbon ? 70 : 82}" font-family="${FONT}" font-size="8" font-weight="700" letter-spacing="1.2" text-anchor="middle" fill="#ffffff" fill-opacity="0.9">${art.caption}</text>
  ${ribbon}`;
}

/** A complete SVG document of a badge design. */
export function badgeArtSvg(name: string, size = 120): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 120 120">
  ${badgeArtElements(name)}
</svg>
`;
}

/** A baked SVG fixture with its placeholder circle replaced by a badge design; the badge element is kept byte for byte. */
export function dressSvgFixture(fixture: string, name: string): string {
  const start = fixture.indexOf('<svg');
  const open = fixture.indexOf('>', start);
  const close = fixture.lastIndexOf('</svg>');
  if (start < 0 || open < 0 || close < 0) return fixture;
  const badgeElement = /<(openbadges:assertion|openbadges:credential|clr:credential)\b[\s\S]*?(?:<\/\1>|\/>)/.exec(fixture)?.[0];
  if (!badgeElement) return fixture;
  const tag = fixture
    .slice(start, open + 1)
    .replace(/width="\d+"/, 'width="120"')
    .replace(/height="\d+"/, 'height="120"');
  return `${fixture.slice(0, start)}${tag}
  ${badgeElement}
  ${badgeArtElements(name, `${name}-${Math.abs(hash(fixture)).toString(36)}`)}
</svg>
`;
}

/** A head-and-shoulders portrait placeholder (a "photo"), 400×400. */
export function portraitSvg(from: string, to: string, skin: string, hair: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="400" height="400" fill="url(#bg)"/>
  <path d="M70 400 C80 300 140 262 200 262 C260 262 320 300 330 400 Z" fill="#1f2937" fill-opacity="0.85"/>
  <rect x="176" y="220" width="48" height="56" rx="18" fill="${skin}"/>
  <ellipse cx="200" cy="170" rx="70" ry="84" fill="${hair}"/>
  <ellipse cx="200" cy="182" rx="56" ry="68" fill="${skin}"/>
  <path d="M140 160 C150 100 250 96 262 160 C240 130 170 124 140 160 Z" fill="${hair}"/>
</svg>
`;
}

/** A chart-like project screenshot: a PNG on the CV that is not a badge. */
export function projectSvg(): string {
  const bars = [62, 88, 74, 120, 104, 146, 132, 170]
    .map(
      (h, i) =>
        `<rect x="${58 + i * 48}" y="${228 - h}" width="30" height="${h}" rx="4" fill="#6366f1" fill-opacity="${0.45 + i * 0.06}"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="270" viewBox="0 0 480 270">
  <rect width="480" height="270" rx="10" fill="#f8fafc"/>
  <rect x="0.5" y="0.5" width="479" height="269" rx="10" fill="none" stroke="#e2e8f0"/>
  <text x="24" y="34" font-family="${FONT}" font-size="15" font-weight="700" fill="#0f172a">Analytical Engine — simulated runs per week</text>
  <line x1="40" y1="228" x2="456" y2="228" stroke="#cbd5e1"/>
  ${bars}
  <polyline points="73,150 121,132 169,140 217,104 265,112 313,80 361,88 409,58" fill="none" stroke="#f59e0b" stroke-width="3"/>
</svg>
`;
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
