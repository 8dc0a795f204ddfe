/** Separators page titles put between a name and the rest ("Ada Lovelace — CV", "Ada Lovelace | LinkedIn"). */
const TITLE_TAIL = /\s+[—–|·•:-]\s+.*$/u;
const MAX_NAME = 200;

/**
 * Whose profile or CV the page is, as the page itself says (docs/SPEC.md §8): a schema.org `Person`
 * (JSON-LD or microdata), LinkedIn's profile heading, `og:title` of a profile, else the page's `h1`.
 */
export function pagePersonName(root: ParentNode): string | undefined {
  for (const read of [jsonLdPerson, microdataPerson, linkedInName, profileOgTitle, firstHeading]) {
    const name = clean(read(root));
    if (name) return name;
  }
  return undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text && text.length <= MAX_NAME ? text : undefined;
}

function jsonLdPerson(root: ParentNode): string | undefined {
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const name = personIn(JSON.parse(script.textContent ?? ''), 0);
      if (name) return name;
    } catch {
      // not JSON: some other script
    }
  }
  return undefined;
}

function personIn(value: unknown, depth: number): string | undefined {
  if (depth > 3 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => personIn(v, depth + 1)).find(Boolean);
  const node = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(node['@type']);
  if (types.includes('Person') && typeof node.name === 'string') return node.name;
  return personIn(node['@graph'] ?? node.mainEntity, depth + 1);
}

function microdataPerson(root: ParentNode): string | undefined {
  for (const el of root.querySelectorAll('[itemtype$="schema.org/Person"] [itemprop="name"]'))
    return el.getAttribute('content') ?? el.textContent ?? undefined;
  return undefined;
}

function linkedInName(root: ParentNode): string | undefined {
  for (const el of root.querySelectorAll('.pv-top-card h1, .text-heading-xlarge, [data-profile-name]')) return el.textContent ?? undefined;
  return undefined;
}

function profileOgTitle(root: ParentNode): string | undefined {
  let profile = false;
  for (const el of root.querySelectorAll('meta[property="og:type"]')) profile = el.getAttribute('content') === 'profile';
  if (!profile) return undefined;
  for (const el of root.querySelectorAll('meta[property="og:title"]')) return el.getAttribute('content')?.replace(TITLE_TAIL, '');
  return undefined;
}

/** A CV's `h1`, when it reads like a name (two to five capitalised words, no digits), not a page title. */
function firstHeading(root: ParentNode): string | undefined {
  for (const el of root.querySelectorAll('h1')) {
    const text = clean(el.textContent);
    return text && looksLikeName(text) ? text : undefined;
  }
  return undefined;
}

export function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w));
}
