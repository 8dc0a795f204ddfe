/**
 * What Badge Lens knows about one page platform, in two parts: how its links and embeds look
 * (`PagePlatform`, data the eager content script carries and reads with the two functions below),
 * and its name and where its data is (`PlatformFacts`, needed only once a badge was found).
 */

/** A credential as a platform shows it: its public page and the id it is known by there. */
export interface PlatformCredential {
  url: string;
  id: string;
}

/**
 * A credential's URL or id, written from a match (`fill`): `{1}`, `{2}`… a group of it, `{href}`,
 * `{origin}`, `{host}` or `{pathname}` of the link; `{lower 1}` and so on lowercase what they stand for.
 */
export type Template = string;

/** One shape of a platform's credential links. */
export interface LinkRule {
  /** Matched against the link's `pathname`; with `query`, against `pathname?value`, the value that query parameter has (a path never holds a bare `?`). */
  path: RegExp;
  query?: string;
  /** The credential's URL; the link itself (`{href}`) when not given. */
  url?: Template;
  /** The credential's id; the match's first group (`{1}`) when not given. */
  id?: Template;
}

/** An element a platform's embed code puts on a page: any element with `attribute`, the credential read from its value. */
export interface PlatformEmbed {
  /** The scanner watches it, so embeds that fill in late are found. */
  attribute: string;
  /** Matched against the attribute's value, trimmed; `url` and `id` are written from its groups. */
  value: RegExp;
  url: Template;
  id: Template;
}

export interface PagePlatform<Id extends string = string> {
  id: Id;
  /**
   * Host names the platform owns: a link there is one of its credentials or nothing. `any`: the
   * platform runs on any host (self-hosted instances) and is recognised by its paths alone.
   */
  hosts: RegExp | 'any';
  /**
   * Lowercase text, one of which is in the text of every link `links` accepts (a host name it owns, or
   * a part of its paths), so the scanner can pass over other links without parsing them.
   */
  hints: readonly string[];
  /** The shapes of its credential links (http(s) links only), tried in order. */
  links: readonly LinkRule[];
  /** Embeds that carry no ordinary link (links and iframes are read through `links`). */
  embeds: readonly PlatformEmbed[];
}

/** A platform's facts beyond detection; its module exports them apart, so bundles that only detect leave them out. */
export interface PlatformFacts {
  /** The platform's name, shown as is in every language. */
  label: string;
  /** Where the platform publishes Open Badges data for a credential; absent when it publishes nothing verifiable. */
  dataUrl?: (credential: PlatformCredential) => string;
  /** A platform whose credentials are only ever pages (no data at all): its result says "link only". */
  linkOnly?: true;
}

/** Keeps the id's literal type, so the registry can derive the `Platform` union from its list. */
export function definePlatform<const Id extends string>(platform: PagePlatform<Id>): PagePlatform<Id> {
  return platform;
}

/** The credential the first of `rules` that matches `url` reads from it. */
export function linkCredential(rules: readonly LinkRule[], url: URL): PlatformCredential | undefined {
  for (const rule of rules) {
    const match = rule.path.exec(rule.query ? `${url.pathname}?${url.searchParams.get(rule.query) ?? ''}` : url.pathname);
    if (match) return { url: fill(rule.url ?? '{href}', match, url), id: fill(rule.id ?? '{1}', match, url) };
  }
  return undefined;
}

/** The credential an embed's attribute value holds. */
export function embedCredential(embed: PlatformEmbed, value: string): PlatformCredential | undefined {
  const match = embed.value.exec(value.trim());
  return match ? { url: fill(embed.url, match), id: fill(embed.id, match) } : undefined;
}

/** `template` written out (`Template`). */
export function fill(template: Template, match: RegExpExecArray, url?: URL): string {
  return template.replace(/\{(lower )?(\w+)\}/g, (_, lower: string | undefined, name: string) => {
    const value = (/^\d$/.test(name) ? match[+name] : url?.[name as 'href']) ?? '';
    return lower ? value.toLowerCase() : value;
  });
}
