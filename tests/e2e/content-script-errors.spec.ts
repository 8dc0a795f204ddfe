import type { Page } from '@playwright/test';
import { TEST_HOST, expect, test, waitForCount } from './fixtures';

/**
 * Uncaught exceptions in any of the page's worlds (the content script's isolated world included), and
 * which parts of the content script that world holds: the finder and the view leave their globals there.
 */
async function watch(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const errors: string[] = [];
  let isolated: number | undefined;
  cdp.on('Runtime.exceptionThrown', (event) => errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text));
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    // The extension's world, not Playwright's own isolated one.
    if ((context.auxData as { type?: string } | undefined)?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
      isolated = context.id;
    }
  });
  await cdp.send('Runtime.enable');
  const parts = async () => {
    if (isolated === undefined) return 'no content script world';
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: isolated,
      expression: `['__badgeLensFinder', '__badgeLensContentView'].filter((name) => name in globalThis).join(' ')`,
    });
    return result.value as string;
  };
  return { errors, parts };
}

test('a page without badges runs the eager script alone, a page with badges all three parts, and neither throws', async ({ page }) => {
  const watched = await watch(page);
  await page.goto(`${TEST_HOST}/plain.html`);
  await page.waitForTimeout(1500);
  // The eager script ran there (its world exists) and loaded nothing more.
  expect(await watched.parts()).toBe('');
  await page.goto('https://cv.example.net/');
  await waitForCount(page, '[data-badge-lens-status]', 1);
  expect(await watched.parts()).toBe('__badgeLensFinder __badgeLensContentView');
  expect(watched.errors).toEqual([]);
});
