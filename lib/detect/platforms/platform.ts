/**
 * What Badge Lens knows about one page platform, in two parts: how its links and embeds look
 * (`PagePlatform`, which the eager content script carries), and its name and where its data is
 * (`PlatformFacts`, needed only once a badge was found).
 */

/** A credential as a platform shows it: its public page and the id it is known by there. */
export interface PlatformCredential {
  url: string;
  id: string;
}

/** An element a platform's embed code puts on a page, and how to read the credential from it. */
export interface PlatformEmbed {
  /** Matches the element the verdict is drawn beside. */
  selector: string;
  /** The attribute holding the credential; the scanner watches it, so embeds that fill in late are found. */
  attribute: string;
  toCredential(value: string, baseUrl: string): PlatformCredential | undefined;
}

export interface PagePlatform<Id extends string = string> {
  id: Id;
  /**
   * Host names the platform owns: a link there is one of its credentials or nothing. `any`: the
   * platform runs on any host (self-hosted instances) and is recognised by its paths alone.
   */
  hosts: RegExp | 'any';
  /**
   * Found in the text of every link `fromLink` accepts (a host name it owns, or a part of its paths),
   * so the scanner can pass over other links without parsing them; it may match more.
   */
  linkHint: RegExp;
  /** The credential an http(s) link points at, or undefined for the platform's other pages. */
  fromLink(url: URL): PlatformCredential | undefined;
  /** Embeds that carry no ordinary link (links and iframes are read through `fromLink`). */
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

/** `value` as an absolute http(s) URL, resolved against the page. */
export function httpUrl(value: string, baseUrl: string): URL | undefined {
  try {
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
