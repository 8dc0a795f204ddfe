/**
 * Accessibility helpers for the browser tests: axe in light and dark, the element that has focus
 * (through open shadow roots), whether its focus is visible, and the page's tab order.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const COLOR_SCHEMES = ['light', 'dark'] as const;
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  id: string;
  impact: string;
  targets: string[];
  summary: string;
}

export interface AxeRun {
  /** Serious and critical violations: each one fails the test. */
  blocking: AxeFinding[];
  /** Every node axe looked at (passes, violations, incomplete), as its target path. */
  inspected: string[];
}

/** Runs axe's WCAG 2.x A and AA rules (contrast included) in the page's current colour scheme. */
export async function runAxe(page: Page): Promise<AxeRun> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
      summary: v.nodes[0]?.failureSummary ?? v.help,
    }));
  const inspected = [...results.passes, ...results.violations, ...results.incomplete].flatMap((rule) =>
    rule.nodes.map((n) => JSON.stringify(n.target)),
  );
  return { blocking, inspected };
}

export interface Focused {
  /** Tag names from the document down to the focused element, through shadow hosts. */
  path: string[];
  tag: string;
  role: string | null;
  label: string;
  /** `data-badge-lens-ref` of the shadow host the element sits in, if any. */
  hostRef: string | null;
  /** A focus outline is drawn around it (box shadows do not count: cards and chips always have one). */
  visible: boolean;
  /** Its position among the document's elements (shadow content after its host), for order checks. */
  order: number;
}

/** The element with focus, looking inside open shadow roots. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let active = document.activeElement;
    const path: string[] = [];
    let hostRef: string | null = null;
    while (active?.shadowRoot?.activeElement) {
      path.push(active.localName);
      hostRef = active.getAttribute('data-badge-lens-ref');
      active = active.shadowRoot.activeElement;
    }
    if (!active || active === document.body) return null;
    path.push(active.localName);
    const style = getComputedStyle(active);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1;
    const host = (active.getRootNode() as ShadowRoot).host ?? active;
    const order = [...document.querySelectorAll('*')].indexOf(host);
    const label = (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 80);
    return { path, tag: active.localName, role: active.getAttribute('role'), label, hostRef, visible: outline, order };
  });
}

/** The light-DOM elements a user can Tab to, in document order (a descriptor comparable with `focused`). */
export function tabbables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]'))
      .map((el) => `${el.localName}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80)}`);
  });
}

/** Presses Tab from the top of the page until focus comes back round (or `max` presses), noting each stop. */
export async function tabThrough(page: Page, max = 80): Promise<Focused[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now) break;
    const first = stops[0];
    if (first && first.order === now.order && first.label === now.label && first.tag === now.tag) break;
    stops.push(now);
  }
  return stops;
}
