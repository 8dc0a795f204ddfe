/** The first `url(…)` of an element's computed background, if any. */
export function backgroundImageOf(element: Element): string | undefined {
  const value = getComputedStyle(element).backgroundImage;
  if (!value || value === 'none') return undefined;
  return /url\(\s*(['"]?)(.*?)\1\s*\)/.exec(value)?.[2];
}
