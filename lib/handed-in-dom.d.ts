/**
 * The DOM that `lib/detect` is handed (the live page in the content script, linkedom in the CLI), as
 * types only. `lib/tsconfig.json` typechecks lib/ without the DOM library, so `document`, `window` and
 * the other page globals are errors there; these interfaces name just the members lib/ reads.
 * The root tsconfig excludes this file: there the DOM library's own `Element` and `ParentNode` apply.
 */

interface ParentNode {
  querySelectorAll(selectors: string): Iterable<Element>;
}

interface Element extends ParentNode {
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  /** Absolute in a browser (honouring `<base href>`); linkedom gives null without a `<base>`, else its raw `href`. */
  readonly baseURI: string | null;
  readonly localName: string;
  readonly outerHTML: string;
  readonly parentElement: Element | null;
  readonly textContent: string | null;
  getAttribute(qualifiedName: string): string | null;
  hasAttribute(qualifiedName: string): boolean;
  matches(selectors: string): boolean;
  getElementsByTagNameNS(namespace: string | null, localName: string): ArrayLike<Element>;
  closest(selectors: string): Element | null;
}
